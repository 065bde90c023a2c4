// Validates the front matter of content files against the JSON Schemas that
// `npm run editor:schemas` writes to `.vscode/schemas/`, generated from the zod
// schemas the content check uses. The remark extension for VS Code runs it as you type.
import { existsSync, readFileSync } from 'node:fs';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

const index = new URL('.vscode/schemas/index.json', import.meta.url);
// Before the first `npm run editor:schemas` there is nothing to validate against.
const schemas = existsSync(index) ? JSON.parse(readFileSync(index, 'utf8')).schemas : {};
const frontMatterSchemas = Object.fromEntries(
  Object.entries(schemas).filter(([, globs]) => globs.every((glob) => !glob.endsWith('.yaml'))),
);

export default {
  plugins: [remarkFrontmatter, [remarkLintFrontmatterSchema, { schemas: frontMatterSchemas }]],
};
