import type { Control } from '../../schemas/controls.ts';
import type { Requirement } from '../../schemas/frameworks.ts';
import { getFrameworkName, type AssuranceGraph, type Item } from '../graph/assurance-graph.ts';
import { perGraph } from '../graph/memo.ts';
import { getRequirementLabel } from './labels.ts';
import { responsibilityBadge } from './list-items.ts';
import { entryUrl, requirementUrl } from './urls.ts';

/**
 * How many controls a requirement row of a framework page names before linking
 * to the rest on the coverage page; three keeps a 50-requirement table within
 * the entry-page budget.
 */
const controlsPerRequirement = 3;

export interface RequirementRow {
  id: string;
  label: string;
  title: string;
  /** Each control with the badge of who carries it out, naming the parties. */
  controls: { href: string; title: string; responsibility: { value: string; label: string } }[];
  /** Controls mapped beyond those named. */
  moreControls: number;
  /** The requirement's row on the coverage pages, with every control and its evidence. */
  coverageHref: string;
}

/** A framework's requirements with the controls mapped to each, for the requirement table. */
export function getRequirementRows(graph: AssuranceGraph, frameworkId: string): RequirementRow[] {
  return (graph.requirementCoverage.get(frameworkId) ?? []).map(({ requirement, controls }) => ({
    id: requirement.id,
    label: getRequirementLabel(requirement),
    title: requirement.title,
    controls: controls.slice(0, controlsPerRequirement).map((id) => {
      const control = graph.control(id);
      return {
        href: entryUrl('controls', id),
        title: control.data.title,
        responsibility: responsibilityBadge(graph, control),
      };
    }),
    moreControls: Math.max(0, controls.length - controlsPerRequirement),
    coverageHref: requirementUrl(graph.framework(frameworkId), requirement.id),
  }));
}

/** A framework's requirements by id, built once per framework rather than on every control page that maps to it. */
const getRequirementIndex = perGraph(
  (graph, frameworkId): ReadonlyMap<string, Requirement> =>
    new Map(graph.framework(frameworkId).data.requirements.map((requirement) => [requirement.id, requirement])),
);

/** A control's framework mappings, with requirement labels linked to the framework's table. */
export function getMappingItems(graph: AssuranceGraph, control: Item<Control>) {
  return control.data.mappings.map((mapping) => {
    const framework = graph.framework(mapping.framework.id);
    const listed = getRequirementIndex(graph, framework.id);
    return {
      href: entryUrl('frameworks', framework.id),
      name: getFrameworkName(framework),
      requirements: mapping.requirements.map((id) => {
        const requirement = listed.get(id);
        return {
          label: getRequirementLabel(requirement ?? { id }),
          title: requirement?.title,
          href: requirement ? requirementUrl(framework, id) : undefined,
        };
      }),
    };
  });
}
