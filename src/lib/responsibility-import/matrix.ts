/**
 * A provider's shared-responsibility matrix as the importer reads it, whatever format it came in: for each
 * requirement, what the provider provides and what it leaves to its customer, statement by statement, each text
 * marked exportable or not. Merging turns the statements of one requirement into a control's two parts.
 */
import type { Problem } from '../content/problems.ts';

/** Where in the source file something was read: a line (CSV) and a field or column. */
export interface SourcePlace {
  line?: number | undefined;
  field: string;
}

/** A text of the source, and whether the source allows it to be shown to the provider's customers. */
export interface SourceText {
  text: string;
  exportable: boolean;
}

/** What the source says about one requirement, or one statement (part) of it. */
export interface MatrixStatement {
  /** The requirement as the source writes it, such as `ac-2` or `AC-2(1)`. */
  requirement: string;
  place: SourcePlace;
  /** The statement's part, such as `a` for `ac-2_smt.a`; none when the statement is the whole requirement. */
  part?: string | undefined;
  /** What the provider does. */
  provided: SourceText[];
  /** What the provider's customer does. */
  responsibilities: SourceText[];
}

/** A source file read into statements, or the problems that stop it being read. */
export interface ReadMatrix {
  /** What the file is, for messages: `an OSCAL system security plan`. */
  format: string;
  /** The source's title and version, for the body of a new control. */
  title?: string | undefined;
  statements: MatrixStatement[];
  problems: Problem[];
  /** Things the writer should know that are not problems. */
  notes: string[];
}

/** What a control says for one requirement once its statements are merged. */
export interface MergedRequirement {
  requirement: string;
  /** Where the requirement first appears in the source. */
  place: SourcePlace;
  providerPart?: string | undefined;
  customerPart?: string | undefined;
  /** Text the source marks as not exportable; it may go only to the internal note. */
  internalNote?: string | undefined;
}

/** The part of a statement id after `_smt.` or `_stmt.`: `a` for `ac-2_smt.a`. */
export function getStatementPart(statementId: string | undefined): string | undefined {
  return statementId === undefined ? undefined : /_s(?:m|tm)t\.([^._]+)/.exec(statementId)?.[1];
}

/**
 * Merges statements by requirement, in the order the requirements first appear. Texts are stripped of line
 * breaks and repeated spaces; a text repeated in one statement is kept once; when a requirement has several
 * parts with text, each is prefixed with its letter (`a. …`), as the requirement's own statement reads.
 */
export function mergeStatements(statements: readonly (MatrixStatement & { id: string })[]): MergedRequirement[] {
  const byRequirement = new Map<string, (MatrixStatement & { id: string })[]>();
  for (const statement of statements) {
    const list = byRequirement.get(statement.id) ?? [];
    list.push(statement);
    byRequirement.set(statement.id, list);
  }
  return [...byRequirement].map(([requirement, list]) => {
    const pick = (key: 'provided' | 'responsibilities', exportable: boolean) =>
      joinParts(
        list.map((statement) => ({
          part: statement.part,
          texts: statement[key].filter((text) => text.exportable === exportable).map((text) => text.text),
        })),
      );
    const hiddenProvided = pick('provided', false);
    const hiddenCustomer = pick('responsibilities', false);
    const hidden = [
      hiddenProvided && `The provider: ${hiddenProvided}`,
      hiddenCustomer && `The customer: ${hiddenCustomer}`,
    ].filter(Boolean);
    return {
      requirement,
      place: list[0]!.place,
      providerPart: pick('provided', true),
      customerPart: pick('responsibilities', true),
      internalNote: hidden.length > 0 ? `Marked not exportable by the provider. ${hidden.join(' ')}` : undefined,
    };
  });
}

function joinParts(parts: readonly { part?: string | undefined; texts: string[] }[]): string | undefined {
  const merged = new Map<string, string[]>();
  for (const { part, texts } of parts) {
    const key = part ?? '';
    const list = merged.get(key) ?? [];
    for (const text of texts.map(normaliseSpace)) if (text && !list.includes(text)) list.push(text);
    merged.set(key, list);
  }
  const filled = [...merged].filter(([, texts]) => texts.length > 0);
  if (filled.length === 0) return undefined;
  const label = filled.length > 1;
  return filled.map(([part, texts]) => `${label && part ? `${part}. ` : ''}${texts.join(' ')}`).join(' ');
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
