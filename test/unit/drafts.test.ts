import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { buildGraphFromCheck } from '../../src/lib/content/checked-graph.ts';
import { formatDraftsReport, isDraft } from '../../src/lib/drafts/drafts.ts';
import { buildGraph, type GraphInput } from '../../src/lib/graph/assurance-graph.ts';
import { entryPages } from '../../src/lib/pages/entry-pages.ts';
import { readSchemaDocs } from '../../src/lib/writers/field-docs.ts';
import { collectionNames } from '../../src/schemas/shared.ts';
import { draftsContent } from '../fixtures/content-sets.ts';

const today = '2026-11-29';

function checkedDrafts() {
  const content = draftsContent();
  const checked = buildGraphFromCheck(checkContent(content, join(content, '..')), today);
  if (!checked) throw new Error('The drafts fixture should pass the content check.');
  return checked;
}

describe('drafts', () => {
  test('are entries whose data says `draft: true`, and nothing else', () => {
    expect(isDraft({ draft: true })).toBe(true);
    expect(isDraft({ draft: false })).toBe(false);
    expect(isDraft({ draft: 'true' })).toBe(false);
    expect(isDraft(undefined)).toBe(false);
  });

  test('are in no collection, relation or coverage of the graph a build gets', () => {
    const { graph } = checkedDrafts();
    for (const collection of collectionNames) {
      expect(graph[collection].map(({ id }) => id).filter((id) => id.includes('zqdraft'))).toEqual([]);
    }
    expect(
      JSON.stringify([...graph.controlsByFramework, ...graph.controlsByArtefact, ...graph.updatesByEntry]),
    ).not.toContain('zqdraft');
    expect(
      graph.requirementCoverage.get('soc-2')!.map(({ requirement, controls }) => [requirement.id, controls]),
    ).toEqual([
      ['cc6.1', ['mfa']],
      ['cc7.2', []],
    ]);
  });

  test('are listed in the build summary with their files, by collection and then id', () => {
    const { drafts, files } = checkedDrafts();
    expect(formatDraftsReport(drafts, files)).toEqual([
      'Left out 9 drafts, shown only by `npm run dev`; remove `draft: true` to publish one:',
      '  content/frameworks/zqdraft-framework.md',
      '  content/artefacts/zqdraft-artefact.md',
      '  content/controls/zqdraft-control.md',
      '  content/services/zqdraft-service.md',
      '  content/scenarios/zqdraft-scenario.md',
      '  content/updates/2026-03-01-zqdraft-update.md',
      '  content/docs/zqdraft-doc.md',
      '  content/subprocessors/zqdraft-subprocessor.md',
      '  content/faq/zqdraft-faq.md',
    ]);
    expect(formatDraftsReport([], files)).toEqual([]);
    expect(formatDraftsReport([{ collection: 'docs', id: 'a' }], new Map([['docs/a', 'content/docs/a.md']]))).toEqual([
      'Left out 1 draft, shown only by `npm run dev`; remove `draft: true` to publish one:',
      '  content/docs/a.md',
    ]);
  });

  test('are documented once, and every entry schema takes the field with that doc comment', () => {
    const docs = readSchemaDocs();
    const withDraft = docs.filter((object) => object.has('draft'));
    expect(withDraft).toHaveLength(collectionNames.length);
    for (const object of withDraft) expect(object.get('draft')).toMatch(/^`true` while the entry is being written/);
  });

  test('are marked on their pages in the graph `npm run dev` keeps them in, and published entries are not', () => {
    const content = draftsContent();
    const result = checkContent(content, join(content, '..'));
    const input = Object.fromEntries(collectionNames.map((collection) => [collection, [] as unknown[]]));
    // The pages read a published file from the content folder they were loaded for, the sample's: drop the file.
    for (const { collection, id, data } of result.entries)
      input[collection]!.push({ id, data: { ...data, file: undefined } });
    const graph = buildGraph({ site: result.site!, ...(input as Omit<GraphInput, 'site'>) }, today);
    for (const { collection, id } of result.entries) {
      expect(entryPages[collection](graph, id).meta.draft, `${collection}/${id}`).toBe(id.includes('zqdraft'));
    }
  });
});
