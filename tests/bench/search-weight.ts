import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { BenchRow, BenchSection } from './bench-section.ts';

/** Bytes of one file as served: raw, gzip and brotli. */
function sizes(what: string, file: string): BenchRow {
  const bytes = readFileSync(file);
  return { what, raw: bytes.length, gzip: gzipSync(bytes).length, brotli: brotliCompressSync(bytes).length };
}

/**
 * What the search page loads only once the learner starts to search, which the first-visit figures
 * leave out (they follow static imports only): the chunk with lunr, the Dutch stemmer and the query,
 * and the index JSON. Reads the last build in dist/.
 */
export const searchWeight: BenchSection = {
  name: 'search, loaded on the first focus on /zoeken/ (bytes)',
  run({ root }) {
    const dist = join(root, 'dist');
    const chunk = readdirSync(join(dist, '_astro')).find((f) => /^create-search\..*\.js$/.test(f));
    if (!chunk) throw new Error('dist/_astro has no create-search chunk: run `npm run build` first');
    return [
      sizes('lunr + Dutch stemmer + query (JS)', join(dist, '_astro', chunk)),
      // Issue 22's aim for the index with the naslag and the begrippen in it.
      { ...sizes('zoekindex.json', join(dist, 'zoekindex.json')), 'budget gzip': 150 * 1024 },
    ];
  },
};
