import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { createArtefactSchema } from './schemas/artefacts.ts';
import { createControlSchema } from './schemas/controls.ts';
import { createDocSchema } from './schemas/docs.ts';
import { createFaqSchema } from './schemas/faq.ts';
import { FrameworkSchema } from './schemas/frameworks.ts';
import { createScenarioSchema } from './schemas/scenarios.ts';
import { ServiceSchema } from './schemas/services.ts';
import type { CollectionName, ReferenceFactory } from './schemas/shared.ts';
import { SiteSchema } from './schemas/site.ts';
import { createSubprocessorSchema } from './schemas/subprocessors.ts';
import { createUpdateSchema } from './schemas/updates.ts';
import { checkedLoader } from './lib/content/background-check.ts';
import { collectionLoader, entryFilePatterns } from './lib/content/entry-files.ts';
import { collectionDir, siteFile } from './lib/content/paths.ts';
import { siteLoader } from './lib/content/site-loader.ts';

// Astro's `reference()` is typed against generated collection types; the schemas
// only rely on its runtime shape, `{ collection, id }`.
const ref = reference as unknown as ReferenceFactory;
// Pages show an entry's rendered body, never its Markdown source, so the source is not kept:
// it would double what the build carries of every entry. A collection the content folder may leave
// out (`optionalCollections`) and does builds as an empty one, without a warning.
const entries = (collection: CollectionName) =>
  collectionLoader(collection, () =>
    checkedLoader(glob({ pattern: entryFilePatterns(collection), base: collectionDir(collection), retainBody: false })),
  );

export const collections = {
  site: defineCollection({ loader: checkedLoader(siteLoader(siteFile)), schema: SiteSchema }),
  frameworks: defineCollection({ loader: entries('frameworks'), schema: FrameworkSchema }),
  artefacts: defineCollection({ loader: entries('artefacts'), schema: createArtefactSchema(ref) }),
  controls: defineCollection({ loader: entries('controls'), schema: createControlSchema(ref) }),
  services: defineCollection({ loader: entries('services'), schema: ServiceSchema }),
  scenarios: defineCollection({ loader: entries('scenarios'), schema: createScenarioSchema(ref) }),
  updates: defineCollection({ loader: entries('updates'), schema: createUpdateSchema(ref) }),
  docs: defineCollection({ loader: entries('docs'), schema: createDocSchema(ref) }),
  subprocessors: defineCollection({ loader: entries('subprocessors'), schema: createSubprocessorSchema(ref) }),
  faq: defineCollection({ loader: entries('faq'), schema: createFaqSchema(ref) }),
};
