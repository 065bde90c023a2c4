import type { APIRoute } from 'astro';
import { getGraph } from '../../lib/content/collections.ts';
import { getSearchVocabulary } from '../../lib/search/vocabulary.ts';

/** The words search corrects a misspelt word to, fetched by the search box only when a word finds nothing. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(getSearchVocabulary(await getGraph())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
