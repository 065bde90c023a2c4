/**
 * In `npm run dev`, shows the content check's report in place of any page while
 * the content has problems, with the text `npm run content:check` prints: the
 * file, line, field and fix of each. Without it a dangling reference would show
 * only a stack trace, and an entry Astro cannot load would leave its old page in
 * place. The page reloads when the content changes.
 */
import { defineMiddleware } from 'astro:middleware';
import { getSharedContentCheck } from '../lib/content/background-check.ts';
import { formatProblems, type Problem } from '../lib/content/problems.ts';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function renderReport(problems: readonly Problem[]): string {
  const report = formatProblems(problems).replace(/[&<>"]/g, (character) => escapes[character]!);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><title>The content has problems</title>',
    '<script type="module" src="/@vite/client"></script>',
    '<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}',
    'pre{white-space:pre-wrap}</style></head>',
    `<body><main><pre>${report}</pre></main></body>`,
    '</html>',
  ].join('\n');
}

export const onRequest = defineMiddleware(async (_context, next) => {
  const outcome = await getSharedContentCheck()?.catch(() => undefined);
  if (!outcome || outcome.problems.length === 0) return next();
  return new Response(renderReport(outcome.problems), {
    status: 500,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
});
