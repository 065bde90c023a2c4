/**
 * Writes the JSON Schemas editors use to complete and validate front matter and
 * `site.yaml`: `npm run editor:schemas`. They list the ids of the entries that exist,
 * so run it again after adding entries by hand (`npm run new` and `npm run init` do).
 * Files go to `.vscode/schemas/`, read by the settings in `.vscode/settings.json` and by `.remarkrc.mjs`.
 */
import { relative } from 'node:path';
import { writeEditorSchemas } from '../lib/writers/editor-schemas.ts';
import { contentDir } from '../lib/content/paths.ts';

const contentPath = relative(process.cwd(), contentDir).split('\\').join('/');
if (contentPath.startsWith('..')) {
  console.error(
    `The content folder ${contentDir} is outside this project, where the editor cannot map schemas to it. ` +
      'Point TRUST_CENTER_CONTENT at a folder inside the project.',
  );
  process.exit(2);
}
const files = writeEditorSchemas(process.cwd(), contentDir, contentPath || '.');
console.log(`Wrote ${files.length} editor schemas to .vscode/schemas/ for ${contentPath || '.'}.`);
