/**
 * The JSON Schema of `/catalog.json`, published at `/schemas/catalog.schema.json`.
 * It documents every field of the export, and lists no other: a field the export
 * writes and the schema does not name fails validation, so the two cannot drift apart.
 */
import { docSections } from '../../schemas/docs.ts';
import { faqCategories } from '../../schemas/faq.ts';
import { transferMechanisms } from '../../schemas/subprocessors.ts';
import { subprocessorStandingTones } from '../subprocessors/standing.ts';
import { audiences } from '../../schemas/scenarios.ts';
import { updateKinds } from '../../schemas/updates.ts';
import { catalogVersion } from './catalog.ts';
import { artefactSchema, controlSchema, frameworkSchema } from './catalog-schema-chain.ts';
import {
  boolean,
  date,
  id,
  ids,
  keyed,
  list,
  object,
  oneOf,
  text,
  texts,
  uri,
  type JsonSchema,
} from './schema-builders.ts';

const page = uri("The address of the entry's page on the site.");
const aliases = texts('Other names people search for.');

const provider = object(
  'A cloud provider the organisation relies on, from `site.yaml`.',
  { id: id('providers', 'Its id, used by `publisher` and `operator`.'), name: text('Its name.') },
  { portal: uri('Its document portal.'), portalAccess: text('How to get its gated documents from its portal.') },
);

const service = object(
  "A service in scope: a provider's cloud service or the organisation's own product.",
  {
    id: id('services', 'Its id.'),
    url: page,
    title: text('Its name.'),
    aliases,
    operator: text("Who runs it: `organisation`, or a provider's id."),
    operatorName: text("The operator's name."),
    summary: text('What it does.'),
    dataLocations: list(
      object(
        'Where it stores customer data in one geography.',
        { geography: text('The geography.'), regions: texts('Regions or countries within it.') },
        { note: text('A residency commitment or its condition.') },
      ),
      'Where it stores customer data.',
    ),
    controls: ids('controls', 'The controls that apply to it.'),
    artefacts: ids('artefacts', 'The artefacts with it in scope.'),
  },
  {
    website: uri('Its own page.'),
    sla: uri('Its service-level agreement.'),
    status: uri('Its own status page, with its live availability and current incidents.'),
  },
);

const scenario = object('A situation and the evidence pack that answers it.', {
  id: id('scenarios', 'Its id.'),
  url: page,
  title: text('The situation.'),
  question: text("The question that starts it, in the asker's words."),
  audience: list(oneOf(audiences, 'An audience.'), 'Who it is for.'),
  summary: text('When to use it.'),
  steps: texts('The steps to follow, in order.'),
  frameworks: ids('frameworks', 'The frameworks it is about.'),
  artefacts: ids('artefacts', 'The artefacts to gather.'),
  docs: ids('docs', 'The documents to read or hand over.'),
  order: { type: 'integer', description: 'Its position in lists, lowest first.' },
  evidencePack: object('Its evidence pack as files.', {
    json: uri('The evidence pack as JSON.'),
    csv: uri('The evidence pack as CSV.'),
  }),
});

const update = object(
  'A dated notice; an incident is one of kind `incident`.',
  {
    id: id('updates', 'Its id.'),
    url: page,
    title: text('Its headline.'),
    date: date('The day it was announced.'),
    kind: oneOf(updateKinds, 'What it announces.'),
    summary: text('What changed.'),
    frameworks: ids('frameworks', 'The frameworks it affects.'),
    artefacts: ids('artefacts', 'The artefacts it affects.'),
    controls: ids('controls', 'The controls it affects.'),
    services: ids('services', 'The services it affects.'),
    docs: ids('docs', 'The documents it affects.'),
  },
  {
    impact: text('For an incident: what customers saw or could not do, and for how long.'),
    resolution: text('For an incident: what was done to restore service and to prevent a repeat.'),
    resolved: date('For an incident: the day service was fully restored; absent while it is open.'),
  },
);

const doc = object(
  'An operational document.',
  {
    id: id('docs', 'Its id.'),
    url: page,
    title: text('Its title.'),
    description: text('One sentence on what it says.'),
    section: oneOf(docSections, 'The group it is listed under.'),
    order: { type: 'integer', description: 'Its position within its group, lowest first.' },
    services: ids('services', 'The services it is about.'),
    frameworks: ids('frameworks', 'The frameworks it is about.'),
    reviewed: boolean('Whether it is reviewed, as one naming an owner or a review date is.'),
    scenarios: ids('scenarios', 'The scenarios that hand it over.'),
  },
  {
    owner: text('The team that answers for what it promises.'),
    lastReviewed: date('The day its commitments were last confirmed.'),
    reviewDue: date('The day its next review is due.'),
    reviewOverdue: boolean('Whether its review is overdue on `asOf`.'),
  },
);

const internalNote = text('A note for the internal build only; never in the public export.');

const subprocessor = object(
  "A subprocessor: a company that processes customer data on the organisation's behalf, past ones included.",
  {
    id: id('subprocessors', 'Its id.'),
    url: page,
    name: text('The name it trades under.'),
    aliases,
    legalEntity: text('The company the contract is with.'),
    purpose: text('What it does for the organisation.'),
    dataCategories: texts('The categories of customer data it processes.'),
    locations: texts('The countries or regions where it processes the data.'),
    transferMechanisms: list(
      oneOf(transferMechanisms, 'A mechanism.'),
      'The transfer mechanisms the contract relies on.',
    ),
    services: ids('services', 'The services through which it receives customer data.'),
    since: date('The day it started processing customer data.'),
    standing: oneOf(
      Object.keys(subprocessorStandingTones),
      'Where it stands on `asOf`: before `since`, from it, or removed.',
    ),
  },
  { website: uri('Its own website.'), until: date('The day it stopped, once removed.'), internalNote },
);

const faq = object(
  'A question of the security FAQ; its answer is on its page.',
  {
    id: id('faq', 'Its id.'),
    url: page,
    question: text("The question, as a customer's reviewer asks it."),
    category: oneOf(faqCategories, 'The group it is listed under.'),
    order: { type: 'integer', description: 'Its position within its group, lowest first.' },
    frameworks: ids('frameworks', 'The frameworks that back the answer.'),
    controls: ids('controls', 'The controls that back the answer.'),
    artefacts: ids('artefacts', 'The artefacts that back the answer.'),
    docs: ids('docs', 'The documents that back the answer.'),
  },
  { internalNote },
);

const site = object('The organisation and its trust center.', {
  name: text("The organisation's name."),
  title: text("The site's title."),
  description: text('One sentence on the trust center.'),
  url: uri('The address the site is published at.'),
  lang: text('The language of the content, as a BCP 47 tag.'),
  contacts: object(
    'Where to send requests.',
    { nda: text('Address for NDA requests.'), security: text('Address for security reports.') },
    { privacy: text('Address for privacy requests.') },
  ),
});

/** The JSON Schema of the catalog export, with `schemaUrl` as its `$id`. */
export function getCatalogSchema(schemaUrl: string): JsonSchema {
  const catalog = object(
    `Every entry of the trust center, with its links and its states on \`asOf\`. Format version ${catalogVersion}.`,
    {
      $schema: uri("This schema's address."),
      version: { const: catalogVersion, description: 'The format version; it changes when a field changes meaning.' },
      asOf: date('The build date every state is computed for.'),
      audience: oneOf(['public', 'internal'], 'Which build wrote it; only `internal` holds internal notes.'),
      site,
      providers: keyed(provider, 'Cloud providers by id.'),
      frameworks: keyed(frameworkSchema, 'Frameworks by id.'),
      artefacts: keyed(artefactSchema, 'Artefacts by id.'),
      controls: keyed(controlSchema, 'Controls by id.'),
      services: keyed(service, 'Services by id.'),
      scenarios: keyed(scenario, 'Scenarios by id.'),
      updates: keyed(update, 'Updates by id.'),
      docs: keyed(doc, 'Documents by id.'),
      subprocessors: keyed(subprocessor, 'Subprocessors by id, past ones included.'),
      faq: keyed(faq, 'Security FAQ questions by id.'),
    },
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: schemaUrl,
    title: 'Trust center catalog',
    ...catalog,
  };
}

/** The schema as JSON text, as `/schemas/catalog.schema.json` serves it. */
export function formatCatalogSchema(schemaUrl: string): string {
  return `${JSON.stringify(getCatalogSchema(schemaUrl), null, 2)}\n`;
}
