import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph } from '../../lib/content/collections.ts';
import { formatSubprocessorsCsv, formatSubprocessorsJson } from '../../lib/subprocessors/downloads.ts';

/** The download formats: how each is written and the type it is served as. */
const formats = {
  json: { write: formatSubprocessorsJson, type: 'application/json; charset=utf-8' },
  csv: { write: formatSubprocessorsCsv, type: 'text/csv; charset=utf-8; header=present' },
} as const;

/** The list of subprocessors, past ones included, as JSON and as CSV (RFC 4180); never an internal note. */
export const getStaticPaths = (() =>
  Object.keys(formats).map((format) => ({ params: { format } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const format = formats[params.format as keyof typeof formats];
  return new Response(format.write(await getGraph()), { headers: { 'Content-Type': format.type } });
};
