import { rmSync } from 'node:fs';
import { writeSearchIndex } from '../src/lib/search/indexer.ts';
const site = process.argv[2]!;
rmSync(`${site}/pagefind`, { recursive: true, force: true });
const t = performance.now();
const n = await writeSearchIndex(site);
console.log(n, Math.round(performance.now() - t), 'ms');
