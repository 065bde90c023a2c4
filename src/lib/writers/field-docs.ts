/**
 * The doc comments of the schemas' fields, read from their source in `src/schemas/`.
 * They are the one description of each field: the editor schemas give them as
 * descriptions, and the scaffold writes them above each field it writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The doc comment of each field of one object in a schema's source, by field name. */
export type ObjectDocs = ReadonlyMap<string, string>;

const schemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

/**
 * Every object literal passed to `strictObject()` (or zod's object builders) in `src/schemas/`, with the fields of
 * a shape spread into it (`...draftShape`) documented where that shape is declared.
 */
export function readSchemaDocs(dir = schemasDir): ObjectDocs[] {
  const sources = readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((name) => ts.createSourceFile(name, readFileSync(join(dir, name), 'utf8'), ts.ScriptTarget.Latest, true));
  const shapes = new Map<string, ObjectDocs>();
  const objects: ts.ObjectLiteralExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      if (ts.isObjectLiteralExpression(node.initializer)) shapes.set(node.name.text, readObjectDocs(node.initializer));
    }
    if (ts.isCallExpression(node) && /(?:^|\.)(?:strictObject|object|looseObject)$/.test(node.expression.getText())) {
      const shape = node.arguments[0];
      if (shape && ts.isObjectLiteralExpression(shape)) objects.push(shape);
    }
    ts.forEachChild(node, visit);
  };
  for (const source of sources) visit(source);
  return objects.map((shape) => readObjectDocs(shape, shapes));
}

function readObjectDocs(shape: ts.ObjectLiteralExpression, spreads: ReadonlyMap<string, ObjectDocs> = new Map()) {
  const text = shape.getSourceFile().text;
  const docs = new Map<string, string>();
  for (const property of shape.properties) {
    if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
      for (const [name, doc] of spreads.get(property.expression.text) ?? []) docs.set(name, doc);
      continue;
    }
    if (!property.name || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) continue;
    const comment = (ts.getLeadingCommentRanges(text, property.getFullStart()) ?? [])
      .map((range) => text.slice(range.pos, range.end))
      .findLast((raw) => raw.startsWith('/**'));
    docs.set(property.name.text, comment ? cleanDocComment(comment) : '');
  }
  return docs;
}

/** A doc comment's text on one line: `/** Full name. *\/` gives `Full name.` */
export function cleanDocComment(comment: string): string {
  return comment
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * The docs of the object whose fields are exactly these keys; when none matches
 * exactly, the object sharing the most keys with them. Empty when no object shares any.
 */
export function findObjectDocs(all: readonly ObjectDocs[], keys: readonly string[]): ObjectDocs {
  let best: ObjectDocs = new Map();
  let bestScore = 0;
  for (const docs of all) {
    const shared = keys.filter((key) => docs.has(key)).length;
    const score = shared === keys.length && docs.size === keys.length ? Infinity : shared;
    if (score > bestScore) {
      best = docs;
      bestScore = score;
    }
  }
  return best;
}
