/** Reads a provider's matrix file, choosing the reader by its extension. */
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { readTextFile } from '../content/front-matter.ts';
import type { Problem } from '../content/problems.ts';
import { readCsvMatrix, type MatrixProvider } from './csv-matrix.ts';
import type { ReadMatrix } from './matrix.ts';
import { readOscalMatrix } from './oscal-matrix.ts';

/**
 * Reads the matrix by its extension: `.csv` as CSV, anything else as OSCAL JSON. A CSV file may head the provider's
 * column with the provider's id or name (`Microsoft responsibility`).
 */
export function readMatrixFile(path: string, file: string, provider?: MatrixProvider): ReadMatrix {
  const empty: ReadMatrix = { format: 'a matrix', statements: [], problems: [], notes: [] };
  if (!existsSync(path)) {
    return {
      ...empty,
      problems: [{ file, field: '', message: 'There is no such file. Check the path to the matrix.' }],
    };
  }
  // Text in another encoding would reach the controls as replacement characters: refuse it, naming its line.
  const problems: Problem[] = [];
  const text = readTextFile(path, file, problems);
  if (text === undefined) return { ...empty, problems };
  if (extname(path).toLowerCase() === '.csv') return readCsvMatrix(text, file, provider);
  try {
    return readOscalMatrix(JSON.parse(text), file);
  } catch (error) {
    return {
      ...empty,
      problems: [
        {
          file,
          field: '',
          message:
            `The file is not valid JSON (${(error as Error).message}). Expected an OSCAL document in JSON, or a CSV ` +
            'file with the `.csv` extension; convert an XML or YAML OSCAL file to JSON first.',
        },
      ],
    };
  }
}
