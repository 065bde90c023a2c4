/**
 * Front matter and YAML: where a file's front matter is, and how its YAML is read.
 * Every YAML parser the project uses is imported here and nowhere else. js-yaml is
 * the parser Astro reads front matter with, and several times faster than one that
 * keeps positions, so entries are read with it; `yaml` keeps the position and the
 * comments of every node, to place a problem on its line and to edit a file
 * without touching what the edit is not about.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isPair, isScalar, LineCounter, parse, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { Problem } from './problems.ts';

// The importers edit a framework's or a control's front matter node by node, keeping its comments.
export { Document, isMap, isScalar, isSeq, parseDocument, stringify } from 'yaml';

/** The line that opens front matter: `---`, after a byte-order mark if the file has one. */
const openingPattern = /^\uFEFF?---\r?\n/;
const frontMatterPattern = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/** Whether a text starts as front matter does, with a `---` line, closed or not. */
export const opensFrontMatter = (text: string): boolean => openingPattern.test(text);

/** The YAML between a file's opening and closing `---` lines, and where it starts in the text. */
export interface FrontMatter {
  yaml: string;
  /** Offset in the file's text of the YAML's first character. */
  start: number;
  /** Offset in the file's text of the body's first character, after the closing `---` line. */
  end: number;
}

/** Finds the front matter at the start of a file, or undefined when the file has none. */
export function splitFrontMatter(text: string): FrontMatter | undefined {
  const match = frontMatterPattern.exec(text);
  return match ? { yaml: match[2] ?? '', start: match[1]!.length, end: match[0].length } : undefined;
}

/** The line of a file where its body starts: the line after the closing `---`, even when the file ends there. */
export function bodyFirstLine(text: string, frontMatter: FrontMatter): number {
  const head = text.slice(0, frontMatter.end);
  return head.split('\n').length + (head.endsWith('\n') ? 0 : 1);
}

/** The line of a file where its front matter's YAML starts, after the opening `---`. */
export const frontMatterFirstLine = 2;

/** YAML text read from a file, for messages that name the file and the line. */
export interface YamlSource {
  /** Path relative to the project root, for messages. */
  file: string;
  yaml: string;
  /** Line of the file where the YAML starts. */
  firstLine: number;
  /** Whether the YAML is the whole file, such as `site.yaml`, rather than an entry's front matter. */
  wholeFile?: boolean;
}

/** A YAML document with the positions of its nodes. */
interface PositionedYaml {
  document: Document;
  lines: LineCounter;
}

/**
 * Documents with positions take several times the memory of their data, and on
 * a site of thousands of entries that is hundreds of megabytes held through the
 * build. So a document is kept only for a source with a problem to place.
 */
const positionedSources = new WeakMap<YamlSource, PositionedYaml>();

function getPositionedYaml(source: YamlSource): PositionedYaml {
  let positioned = positionedSources.get(source);
  if (!positioned) {
    const lines = new LineCounter();
    positioned = { document: parseDocument(source.yaml, { lineCounter: lines, prettyErrors: false }), lines };
    positionedSources.set(source, positioned);
  }
  return positioned;
}

/**
 * The data of an entry's front matter, or undefined when it is not valid YAML
 * (the problems are then reported). It is read with js-yaml and its YAML 1.2 core
 * schema, so dates stay text for the schemas to check. Only when that fails is the
 * text parsed again with positions, to name the line and the reason.
 */
export function readFrontMatterData(source: YamlSource, problems: Problem[]): unknown {
  try {
    return loadFrontMatter(source.yaml);
  } catch {
    return readYamlData(source, problems);
  }
}

/**
 * The front matter of an entry file read as the content check reads it; undefined when it has none or it is not valid
 * YAML.
 */
export function readEntryFrontMatter(path: string): unknown {
  const frontMatter = splitFrontMatter(readFileSync(path, 'utf8'));
  if (!frontMatter) return undefined;
  try {
    return loadFrontMatter(frontMatter.yaml);
  } catch {
    return undefined;
  }
}

function loadFrontMatter(yaml: string): unknown {
  return load(yaml, { schema: CORE_SCHEMA }) ?? {};
}

/**
 * The data of a YAML file read with positions, or undefined when it is not valid YAML (the problems are then reported).
 */
export function readYamlData(source: YamlSource, problems: Problem[]): unknown {
  const { document, lines } = getPositionedYaml(source);
  if (document.errors.length === 0) return document.toJS() ?? {};
  for (const error of document.errors) {
    const unclosed = findUnclosedQuote(document, error);
    if (unclosed) {
      problems.push({
        file: source.file,
        line: lines.linePos(unclosed.start).line + source.firstLine - 1,
        field: unclosed.field,
        message:
          `This value opens a quote (${unclosed.quote}) that is never closed, so the rest of the ` +
          `${source.wholeFile ? 'file' : 'front matter'} is read as part of it. Close the quote at the end of the ` +
          `value, or remove it.`,
      });
      continue;
    }
    const line = lines.linePos(error.pos[0]).line + source.firstLine - 1;
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const repeated =
      error.code === 'DUPLICATE_KEY'
        ? /^[^\s:#][^:\n]*(?=:)/.exec(source.yaml.slice(error.pos[0]))?.[0]?.trim()
        : undefined;
    problems.push({
      file: source.file,
      line,
      field: repeated ?? '',
      message: repeated
        ? 'This field is written a second time here. Keep one of the two.'
        : `${source.wholeFile ? 'The file' : 'The front matter'} is not valid YAML: ${reason}. ` +
          'Check the indentation and quoting on this line; ' +
          `quote text that contains \`: \` or starts with a special character.`,
    });
  }
  return undefined;
}

/**
 * Where the quoted value a "missing closing quote" error is about opens, and its field: the parser reports the error
 * at the end of the text, which the value ran on to.
 */
function findUnclosedQuote(document: Document, error: YAMLError) {
  const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
  if (error.code !== 'MISSING_CHAR' || !quote) return undefined;
  let found: { quote: string; start: number; field: string } | undefined;
  visit(document, {
    Scalar(_key, node, path) {
      if (!node.range || node.range[1] < error.pos[0] || !/^QUOTE_/.test(node.type ?? '')) return;
      const pair = path.findLast((ancestor) => isPair(ancestor));
      const field = isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : '';
      found = { quote, start: node.range[0], field };
    },
  });
  return found;
}

/** The data of a YAML file such as `site.yaml`; throws when it is not valid YAML. */
export function parseYaml(text: string): unknown {
  return parse(text);
}

/** The text of a line of the file a YAML source was read from; undefined when the line is not the YAML's. */
export function lineText(source: YamlSource, line: number | undefined): string | undefined {
  return line === undefined ? undefined : source.yaml.split('\n')[line - source.firstLine]?.replace(/\r$/, '');
}

/** The line of the value at a field path, or of its closest parent that exists. */
export function locateField(source: YamlSource, path: readonly PropertyKey[]): number | undefined {
  const { document, lines } = getPositionedYaml(source);
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? document.contents : document.getIn(path.slice(0, length) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range && (length > 0 || isMap(node))) {
      return lines.linePos(range[0]).line + source.firstLine - 1;
    }
  }
  return undefined;
}

// Reading a content file's text. Content is UTF-8: a file saved in another encoding (Windows-1252 or Latin-1, as some
// editors on Windows save) would otherwise be read with its accented letters replaced by `�` and published so,
// without a word. It is reported instead, at the line of the first byte UTF-8 does not use.

/** The offset of the first byte of a buffer that is not part of a valid UTF-8 sequence; the buffer is not UTF-8. */
function firstInvalidByte(bytes: Buffer): number {
  // A prefix decodes, as the start of a stream, exactly when no byte before its end is invalid; so search for the
  // longest such prefix.
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2);
    if (decodes(bytes.subarray(0, middle), true)) valid = middle;
    else invalid = middle;
  }
  // The longest prefix may end inside a sequence that the next byte breaks: the sequence's first byte is then at fault.
  if (decodes(bytes.subarray(0, valid))) return valid;
  let lead = valid - 1;
  while (lead > 0 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  return lead;
}

function decodes(bytes: Buffer, stream = false): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

/**
 * The text of a content file, or undefined with a problem pushed when it is not UTF-8. A byte-order mark is kept, as
 * the front matter's reader expects it.
 */
export function readTextFile(path: string, file: string, problems: Problem[]): string | undefined {
  const bytes = readFileSync(path);
  if (isUtf8(bytes)) return bytes.toString('utf8');
  const offset = firstInvalidByte(bytes);
  const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
  const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
  problems.push({
    file,
    line,
    field: '',
    message:
      `The file is not UTF-8 text: this line holds the byte 0x${byte}, which UTF-8 does not use. The file was ` +
      'probably saved in another encoding, such as Windows-1252 or Latin-1: save it as UTF-8 in your editor.',
  });
  return undefined;
}
