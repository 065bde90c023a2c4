import type { APIRoute } from 'astro';
import { getGraph } from '../../lib/content/collections.ts';
import { formatComponentDefinition } from '../../lib/oscal/component-definition.ts';

/** The services as an OSCAL component definition: who is responsible for each control mapped to OSCAL control ids. */
export const GET: APIRoute = async () =>
  new Response(formatComponentDefinition(await getGraph()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
