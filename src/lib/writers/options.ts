/**
 * Reads the options of the writers' commands: `--name value` or `--name=value`,
 * flags such as `--force`, and positional arguments. Mistakes are refused with
 * the option closest to what was typed.
 */
import { suggest } from '../content/suggest.ts';

export interface ParsedOptions {
  positionals: string[];
  values: Record<string, string[]>;
  flags: Set<string>;
}

/** The options a command takes: those followed by a value, and flags. */
export interface OptionSpec {
  command: string;
  values: readonly string[];
  flags: readonly string[];
}

/** Splits the arguments by the spec; an unknown option or one missing its value gives an error sentence. */
export function parseOptions(args: readonly string[], spec: OptionSpec): ParsedOptions | { error: string } {
  const parsed: ParsedOptions = { positionals: [], values: {}, flags: new Set() };
  const known = [...spec.values, ...spec.flags].map((name) => `--${name}`);
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (!arg.startsWith('--')) {
      parsed.positionals.push(arg);
      continue;
    }
    const [name, inline] = splitOnce(arg.slice(2), '=');
    if (spec.flags.includes(name)) {
      parsed.flags.add(name);
      continue;
    }
    if (!spec.values.includes(name)) {
      const closest = suggest(arg, known);
      const hint = closest ? `Did you mean \`${closest}\`?` : `It takes ${list(known)}.`;
      return { error: `${spec.command} has no option \`${arg}\`. ${hint}` };
    }
    const value = inline ?? args[index + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      return { error: `The option \`--${name}\` of ${spec.command} needs a value: \`--${name} <value>\`.` };
    }
    if (inline === undefined) index++;
    (parsed.values[name] ??= []).push(value);
  }
  return parsed;
}

/** Reads `--format <name>` for the content check, which takes no other argument. */
export function readFormatOption<F extends string>(
  args: readonly string[],
  formats: readonly F[],
): { format: F } | { error: string } {
  const command = 'npm run content:check';
  const parsed = parseOptions(args, { command, values: ['format'], flags: [] });
  if ('error' in parsed) return parsed;
  if (parsed.positionals.length > 0) {
    const found = parsed.positionals.map((arg) => `\`${arg}\``).join(' ');
    return {
      error:
        `${command} takes no folder; found ${found}. It checks \`content/\`, or the folder ` +
        `TRUST_CENTER_CONTENT names: \`TRUST_CENTER_CONTENT=${parsed.positionals[0]} ${command}\`.`,
    };
  }
  const value = parsed.values['format']?.at(-1) ?? formats[0]!;
  if ((formats as readonly string[]).includes(value)) return { format: value as F };
  const closest = suggest(value, formats);
  const hint = closest ? ` Did you mean \`${closest}\`?` : '';
  return { error: `\`--format ${value}\` is not a report format. Use one of ${list(formats)}.${hint}` };
}

/** Writes names as a readable list: `a`, `b` or `c` (or `and`). */
export function list(names: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  const quoted = names.map((name) => `\`${name}\``);
  return quoted.length < 2 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
