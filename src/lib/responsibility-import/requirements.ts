/**
 * Finds the requirements a provider's matrix answers among those of the framework it is imported into, by id or by
 * label (`ac-2` or `AC-2`). A requirement the framework lacks is reported at its place in the file; a file none of
 * whose requirements the framework holds is reported once, naming the framework of the content that holds them.
 */
import type { Framework } from '../../schemas/frameworks.ts';
import type { Problem } from '../content/problems.ts';
import { suggest } from '../content/suggest.ts';
import type { MatrixStatement } from './matrix.ts';

/** A framework of the content, by id. */
export interface FrameworkEntry {
  id: string;
  framework: Framework;
}

/** A statement of the matrix with the id of the framework's requirement it answers. */
export type ResolvedStatement = MatrixStatement & { id: string };

/** How many requirements a file-wide message names as examples. */
const examples = 3;

/** A framework's requirements by id and by label, lowercase. */
function indexRequirements(framework: Framework): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const requirement of framework.requirements) {
    byKey.set(requirement.id, requirement.id);
    if (requirement.label) byKey.set(requirement.label.toLowerCase(), requirement.id);
  }
  return byKey;
}

const keyOf = (statement: MatrixStatement) => statement.requirement.trim().toLowerCase();

/** Another framework of the content, with its requirements by id and label and how many of a file's it holds. */
interface OtherFramework {
  id: string;
  byKey: Map<string, string>;
  held: number;
}

/** The frameworks of the content other than the target, those holding the most of a file's requirements first. */
function rankOtherFrameworks(keys: readonly string[], target: string, frameworks: readonly FrameworkEntry[]) {
  return frameworks
    .filter((other) => other.id !== target)
    .map((other): OtherFramework => {
      const byKey = indexRequirements(other.framework);
      return { id: other.id, byKey, held: keys.filter((key) => byKey.has(key)).length };
    })
    .filter((other) => other.held > 0)
    .sort((a, b) => b.held - a.held || a.id.localeCompare(b.id));
}

/**
 * Says that none of a file's requirements belongs to the framework, naming the framework of the content that
 * holds the most of them as the fix; or `undefined` when the file names a few requirements that no framework holds,
 * which are then reported one by one, each with the nearest id.
 */
function describeWrongFramework(keys: readonly string[], target: string, best: OtherFramework | undefined) {
  // A few requirements the framework lacks and no other framework holds are likely misspelt: each is reported.
  if (!best && keys.length <= examples) return undefined;
  const named = keys
    .slice(0, examples)
    .map((key) => `\`${key}\``)
    .join(', ');
  const intro =
    keys.length === 1
      ? `The one requirement the file answers, ${named}, is not a requirement of \`${target}\`.`
      : `None of the ${keys.length} requirements the file answers (${named}${keys.length > examples ? ' …' : ''}) ` +
        `is a requirement of \`${target}\`.`;
  if (best) {
    const held = best.held === keys.length ? (keys.length === 1 ? 'it' : 'all of them') : `${best.held} of them`;
    return `${intro} \`${best.id}\` holds ${held}: import with \`--framework ${best.id}\`.`;
  }
  return (
    `${intro} Import into the framework whose requirements the file answers; if the content has none yet, ` +
    'import its requirements first with `npm run import:oscal`.'
  );
}

/**
 * The statements with the ids of the framework's requirements they answer, and a problem for each requirement the
 * framework lacks. A framework without requirements takes the file's as they are.
 */
export function matchRequirements(
  statements: readonly MatrixStatement[],
  target: FrameworkEntry,
  frameworks: readonly FrameworkEntry[],
  sourceName: string,
): { resolved: ResolvedStatement[]; problems: Problem[] } {
  const { framework } = target;
  if (framework.requirements.length === 0) {
    return { resolved: statements.map((statement) => ({ ...statement, id: keyOf(statement) })), problems: [] };
  }
  const byKey = indexRequirements(framework);
  const resolved: ResolvedStatement[] = [];
  const missing: MatrixStatement[] = [];
  for (const statement of statements) {
    const id = byKey.get(keyOf(statement));
    if (id) resolved.push({ ...statement, id });
    else missing.push(statement);
  }
  if (missing.length === 0) return { resolved, problems: [] };
  const keys = [...new Set(statements.map(keyOf))];
  const others = rankOtherFrameworks(keys, target.id, frameworks);
  const wrongFramework =
    resolved.length === 0 ? describeWrongFramework([...new Set(missing.map(keyOf))], target.id, others[0]) : undefined;
  if (wrongFramework) {
    const first = missing[0]!.place;
    return {
      resolved,
      problems: [{ file: sourceName, line: first.line, field: first.field, message: wrongFramework }],
    };
  }
  const ids = framework.requirements.map((requirement) => requirement.id);
  const problems = new Map<string, Problem>();
  const answer =
    'Import into the framework whose requirements the file answers, or remove the requirement from the file.';
  for (const statement of missing) {
    const key = keyOf(statement);
    // A requirement another framework holds is no misspelling: it is that framework's (an enhancement a baseline
    // leaves out, say), and the nearest id of this one would mislead.
    const holder = others.find((other) => other.byKey.has(key));
    const closest = holder ? undefined : suggest(key, ids);
    const found = `Found \`${statement.requirement}\`, which is not a requirement of \`${target.id}\``;
    const problem: Problem = {
      file: sourceName,
      line: statement.place.line,
      field: statement.place.field,
      message: holder
        ? `${found} but is one of \`${holder.id}\`. ` +
          (holder.held === keys.length
            ? `\`${holder.id}\` holds every requirement the file answers: import with ` +
              `\`--framework ${holder.id}\`, or remove the requirement from the file.`
            : answer)
        : `${found}. ${closest ? `Did you mean \`${closest}\`?` : answer}`,
    };
    // A requirement the source lists twice at one place (provided, and left to customers) is reported once.
    problems.set(`${problem.line}\0${problem.field}\0${problem.message}`, problem);
  }
  return { resolved, problems: [...problems.values()] };
}
