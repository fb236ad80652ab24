import type { APIRoute, GetStaticPaths } from 'astro';
import { caseTextFile } from '../../lib/case-text-file.ts';
import { getCaseTables } from '../../lib/queries.ts';

/** Each case's later text, written at build time to `dist/_astro/casustekst-<case>.<hash>.json`. */
export const prerender = true;

export const getStaticPaths = (async () =>
  [...(await getCaseTables()).values()].map((table) => {
    const { name, body } = caseTextFile(table);
    return { params: { assets: '_astro', file: name }, props: { body } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
