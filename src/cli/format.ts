/**
 * `npm run format` formats every file Prettier covers; `npm run format -- --check`
 * only checks, and fails naming each file that is not formatted (CI runs it).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const prettier = createRequire(import.meta.url).resolve('prettier/bin/prettier.cjs');
const args = process.argv.slice(2);
const mode = args.includes('--check') ? [] : ['--write'];
const result = spawnSync(process.execPath, [prettier, ...mode, ...args, '.'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
