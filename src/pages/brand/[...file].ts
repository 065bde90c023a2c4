import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { brandFiles } from '../../lib/brand/files.ts';
import { getGraph } from '../../lib/content/collections.ts';
import { contentDir } from '../../lib/content/paths.ts';

/** Publishes the logo, the dark-scheme logo and the favicon `site.yaml` names. */
export const getStaticPaths = (async () => {
  const { site } = await getGraph();
  return brandFiles(site.brand).map(({ file }) => ({
    params: { file: file.slice(file.lastIndexOf('/') + 1) },
    props: { path: file },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await readFile(join(contentDir, props.path as string)));
