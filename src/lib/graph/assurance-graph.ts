import type { Artefact } from '../../schemas/artefacts.ts';
import type { Control } from '../../schemas/controls.ts';
import type { Doc } from '../../schemas/docs.ts';
import type { FaqEntry } from '../../schemas/faq.ts';
import type { Framework, Requirement } from '../../schemas/frameworks.ts';
import type { Scenario } from '../../schemas/scenarios.ts';
import type { Service } from '../../schemas/services.ts';
import type { Site } from '../../schemas/site.ts';
import type { Subprocessor } from '../../schemas/subprocessors.ts';
import type { Update } from '../../schemas/updates.ts';
import { sortFaq } from '../faq/questions.ts';
import { sortSubprocessors } from '../subprocessors/standing.ts';
import { getFreshness, type Freshness } from './freshness.ts';
import { getReportWindows, isEditionOverdue, type ReportWindow } from './report-window.ts';

/** One entry as the graph receives it: its id and validated data. */
export interface Item<Data> {
  id: string;
  data: Data;
}

/** Everything the graph is built from, as loaded from the content collections. */
export interface GraphInput {
  site: Site;
  frameworks: Item<Framework>[];
  artefacts: Item<Artefact>[];
  controls: Item<Control>[];
  services: Item<Service>[];
  scenarios: Item<Scenario>[];
  updates: Item<Update>[];
  docs: Item<Doc>[];
  subprocessors: Item<Subprocessor>[];
  faq: Item<FaqEntry>[];
}

export interface ArtefactNode extends Item<Artefact> {
  freshness: Freshness;
  /** The artefacts this one replaces, from their `supersededBy` or its own `supersedes`. */
  replaces: string[];
  /** For an audit report without `validUntil`: its window of reliance on the build date. */
  window?: ReportWindow | undefined;
  /** Whether its `nextExpected` date has passed with no newer edition replacing it. */
  editionOverdue: boolean;
}

/** A framework requirement with the controls mapped to it. */
export interface RequirementCoverage {
  requirement: Requirement;
  controls: string[];
}

/**
 * The assurance graph: every entry, and the links between them in both
 * directions, computed once per build. Lists are sorted so output is stable.
 */
export interface AssuranceGraph {
  site: Site;
  /** The build date every freshness state is computed for. */
  today: string;
  frameworks: Item<Framework>[];
  artefacts: ArtefactNode[];
  controls: Item<Control>[];
  services: Item<Service>[];
  scenarios: Item<Scenario>[];
  updates: Item<Update>[];
  docs: Item<Doc>[];
  subprocessors: Item<Subprocessor>[];
  faq: Item<FaqEntry>[];
  framework: (id: string) => Item<Framework>;
  artefact: (id: string) => ArtefactNode;
  control: (id: string) => Item<Control>;
  service: (id: string) => Item<Service>;
  scenario: (id: string) => Item<Scenario>;
  update: (id: string) => Item<Update>;
  doc: (id: string) => Item<Doc>;
  /** Controls mapped to a framework. */
  controlsByFramework: Map<string, string[]>;
  /** Artefacts that name a framework; evidence of its controls is reached through the controls. */
  artefactsByFramework: Map<string, string[]>;
  /** Controls an artefact is evidence for. */
  controlsByArtefact: Map<string, string[]>;
  /** Frameworks an artefact names. */
  frameworksByArtefact: Map<string, string[]>;
  /** Scenarios whose evidence pack includes an artefact. */
  scenariosByArtefact: Map<string, string[]>;
  /** Controls and artefacts that apply to a service. */
  controlsByService: Map<string, string[]>;
  artefactsByService: Map<string, string[]>;
  /** Updates that mention an entry, keyed `collection/id`. */
  updatesByEntry: Map<string, string[]>;
  /** A framework's requirements with the controls mapped to each. */
  requirementCoverage: Map<string, RequirementCoverage[]>;
}

const byTitle = <T extends Item<{ title: string }>>(a: T, b: T) =>
  a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id);

/** Builds the assurance graph from validated entries, for one build date. */
export function buildGraph(input: GraphInput, today: string): AssuranceGraph {
  const horizon = input.site.reviewHorizonDays;
  const frameworks = [...input.frameworks].sort(byTitle);
  const controls = [...input.controls].sort(byTitle);
  const services = [...input.services].sort(byTitle);
  const docs = [...input.docs].sort((a, b) => a.data.order - b.data.order || byTitle(a, b));
  const scenarios = [...input.scenarios].sort((a, b) => a.data.order - b.data.order || byTitle(a, b));
  const updates = [...input.updates].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));

  const replaces = new Multimap();
  for (const { id, data } of input.artefacts) {
    if (data.supersededBy) replaces.add(data.supersededBy.id, id);
    if (data.supersedes) replaces.add(id, data.supersedes.id);
  }
  const windows = getReportWindows(input.artefacts, input.site, today);
  const replaced = new Set(input.artefacts.flatMap(({ id }) => replaces.get(id)));
  const artefacts: ArtefactNode[] = [...input.artefacts].sort(byTitle).map((item) => ({
    ...item,
    freshness: getFreshness(item.data, today, horizon, windows.get(item.id)),
    replaces: replaces.get(item.id),
    window: windows.get(item.id),
    editionOverdue: isEditionOverdue(item.data, replaced.has(item.id), today),
  }));

  const controlsByFramework = new Multimap();
  const artefactsByFramework = new Multimap();
  const controlsByArtefact = new Multimap();
  const frameworksByArtefact = new Multimap();
  const controlsByService = new Multimap();
  const artefactsByService = new Multimap();
  const scenariosByArtefact = new Multimap();
  const updatesByEntry = new Multimap();

  for (const { id, data } of artefacts) {
    for (const framework of data.frameworks) {
      artefactsByFramework.add(framework.id, id);
      frameworksByArtefact.add(id, framework.id);
    }
    for (const service of data.services) artefactsByService.add(service.id, id);
  }
  for (const { id, data } of controls) {
    for (const service of data.services) controlsByService.add(service.id, id);
    for (const artefact of data.evidence) controlsByArtefact.add(artefact.id, id);
    for (const mapping of data.mappings) controlsByFramework.add(mapping.framework.id, id);
  }
  for (const { id, data } of scenarios) {
    for (const artefact of data.artefacts) scenariosByArtefact.add(artefact.id, id);
  }
  for (const { id, data } of updates) {
    const mentioned = [...data.frameworks, ...data.artefacts, ...data.controls, ...data.services, ...data.docs];
    for (const reference of mentioned) updatesByEntry.add(`${reference.collection}/${reference.id}`, id);
  }

  // Controls mapped to each requirement, keyed `framework requirement`, in title order.
  const controlsByRequirement = new Multimap();
  for (const { id, data } of controls) {
    for (const mapping of data.mappings) {
      for (const requirement of mapping.requirements)
        controlsByRequirement.add(`${mapping.framework.id} ${requirement}`, id);
    }
  }
  const requirementCoverage = new Map<string, RequirementCoverage[]>();
  for (const { id, data } of frameworks) {
    requirementCoverage.set(
      id,
      data.requirements.map((requirement) => ({
        requirement,
        controls: controlsByRequirement.get(`${id} ${requirement.id}`),
      })),
    );
  }

  return {
    site: input.site,
    today,
    frameworks,
    artefacts,
    controls,
    services,
    scenarios,
    updates,
    docs,
    subprocessors: sortSubprocessors(input.subprocessors),
    faq: sortFaq(input.faq),
    framework: finder('framework', frameworks),
    artefact: finder('artefact', artefacts),
    control: finder('control', controls),
    service: finder('service', services),
    scenario: finder('scenario', scenarios),
    update: finder('update', updates),
    doc: finder('document', docs),
    controlsByFramework: controlsByFramework.sorted(titleOrder(controls)),
    artefactsByFramework: artefactsByFramework.sorted(titleOrder(artefacts)),
    controlsByArtefact: controlsByArtefact.sorted(titleOrder(controls)),
    frameworksByArtefact: frameworksByArtefact.sorted(titleOrder(frameworks)),
    scenariosByArtefact: scenariosByArtefact.sorted(titleOrder(scenarios)),
    controlsByService: controlsByService.sorted(titleOrder(controls)),
    artefactsByService: artefactsByService.sorted(titleOrder(artefacts)),
    updatesByEntry: updatesByEntry.sorted(titleOrder(updates)),
    requirementCoverage,
  };
}

/** The display name of a framework: its short name, or its title. */
export function getFrameworkName(framework: Item<Framework>): string {
  return framework.data.shortName ?? framework.data.title;
}

/** Every name a framework goes by, once each: its title, its short name and its aliases. */
export function getFrameworkNames(framework: Item<Framework>): string[] {
  const { title, shortName, aliases } = framework.data;
  return [...new Set([title, ...(shortName ? [shortName] : []), ...aliases])];
}

function finder<T extends Item<unknown>>(kind: string, items: readonly T[]): (id: string) => T {
  const index = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const item = index.get(id);
    if (!item) throw new Error(`There is no ${kind} \`${id}\`; the content check should have reported this reference.`);
    return item;
  };
}

/** Position of each id in a list already sorted for display. */
function titleOrder(items: readonly Item<unknown>[]): Map<string, number> {
  return new Map(items.map((item, index) => [item.id, index]));
}

/** A map from a key to a list of unique ids. */
class Multimap {
  #map = new Map<string, Set<string>>();

  add(key: string, value: string): void {
    let values = this.#map.get(key);
    if (!values) this.#map.set(key, (values = new Set()));
    values.add(value);
  }

  get(key: string): string[] {
    return [...(this.#map.get(key) ?? [])];
  }

  /** Copies the lists into a plain map, each list in the given display order. */
  sorted(order: ReadonlyMap<string, number>): Map<string, string[]> {
    const position = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
    return new Map([...this.#map].map(([key, values]) => [key, [...values].sort((a, b) => position(a) - position(b))]));
  }
}
