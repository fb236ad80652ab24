import type { APIRoute } from 'astro';
import { loadSearchDocuments } from '../../modules/authoring/load-search-documents.ts';
import { buildSearchIndex } from '../../modules/search/build-search-index.ts';

/** Written once at build time to `dist/zoekindex.json`; the search page fetches it on first use only. */
export const prerender = true;

// `astro build` and `astro dev` run in the project root (npm runs scripts there); this endpoint is
// bundled before it runs, so its own file location says nothing about where content/ is.
export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSearchIndex(loadSearchDocuments(process.cwd()))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
