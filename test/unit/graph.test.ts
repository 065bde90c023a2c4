import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { buildGraph, type GraphInput } from '../../src/lib/graph/assurance-graph.ts';
import { perGraph } from '../../src/lib/graph/memo.ts';
import { minimalContent } from '../fixtures/content-sets.ts';

/** The minimal fixture as the graph receives it from the content collections. */
function minimalInput(): GraphInput {
  const { site, entries } = checkContent(minimalContent);
  const input: Record<string, unknown[]> = {
    frameworks: [],
    artefacts: [],
    controls: [],
    services: [],
    scenarios: [],
    updates: [],
    docs: [],
    subprocessors: [],
    faq: [],
  };
  for (const entry of entries) input[entry.collection]!.push({ id: entry.id, data: entry.data });
  return { site: site!, ...input } as unknown as GraphInput;
}

describe('buildGraph', () => {
  const graph = buildGraph(minimalInput(), '2026-11-29');

  test('links a framework to the controls mapped to it and the artefacts naming it', () => {
    expect(graph.controlsByFramework.get('soc-2')).toEqual(['mfa']);
    expect(graph.artefactsByFramework.get('soc-2')).toEqual(['soc-2-report']);
  });

  test('links an artefact back to the controls and frameworks relying on it', () => {
    expect(graph.controlsByArtefact.get('soc-2-report')).toEqual(['mfa']);
    expect(graph.frameworksByArtefact.get('soc-2-report')).toEqual(['soc-2']);
    expect(graph.scenariosByArtefact.get('soc-2-report')).toEqual(['due-diligence']);
  });

  test('lists each requirement with its controls, leaving gaps empty', () => {
    expect(
      graph.requirementCoverage.get('soc-2')!.map(({ requirement, controls }) => [requirement.id, controls]),
    ).toEqual([
      ['cc6.1', ['mfa']],
      ['cc7.2', []],
    ]);
  });

  test('finds scenarios and updates by id, and names an unknown id', () => {
    expect(graph.scenario('due-diligence').id).toBe('due-diligence');
    expect(graph.update('2026-02-01-soc-2-report').data.title).toBe(graph.updates[0]!.data.title);
    expect(() => graph.scenario('missing')).toThrow(
      'There is no scenario `missing`; the content check should have reported this reference.',
    );
  });

  test('computes freshness for the build date', () => {
    expect(graph.artefact('soc-2-report').freshness).toBe('bridge-needed');
    expect(buildGraph(minimalInput(), '2026-03-31').artefact('soc-2-report').freshness).toBe('current');
  });

  test('derives what an artefact replaces from its successor link', () => {
    const input = minimalInput();
    const old = { ...input.artefacts[0]!, id: 'old-report' };
    old.data = { ...old.data, status: 'superseded', supersededBy: { collection: 'artefacts', id: 'soc-2-report' } };
    const withOld = buildGraph({ ...input, artefacts: [...input.artefacts, old] }, '2026-11-29');
    expect(withOld.artefact('soc-2-report').replaces).toEqual(['old-report']);
    expect(withOld.artefact('old-report').freshness).toBe('superseded');
  });
});

describe('perGraph', () => {
  test('works a value out once per graph and key, undefined too, and apart for each graph', () => {
    const first = buildGraph(minimalInput(), '2026-11-29');
    const second = buildGraph(minimalInput(), '2026-11-30');
    const asked: string[] = [];
    const lookUp = perGraph((graph, key: string) => {
      asked.push(`${graph.today} ${key}`);
      return key === 'none' ? undefined : `${key} on ${graph.today}`;
    });
    expect(lookUp(first, 'a')).toBe('a on 2026-11-29');
    expect(lookUp(first, 'a')).toBe('a on 2026-11-29');
    expect(lookUp(second, 'a')).toBe('a on 2026-11-30');
    expect(lookUp(first, 'none')).toBeUndefined();
    expect(lookUp(first, 'none')).toBeUndefined();
    expect(lookUp(first, 'a')).toBe('a on 2026-11-29');
    expect(lookUp(second, 'a')).toBe('a on 2026-11-30');
    expect(asked).toEqual(['2026-11-29 a', '2026-11-30 a', '2026-11-29 none']);
  });
});
