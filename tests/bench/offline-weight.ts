import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { registerWorker } from '../../src/layouts/register-worker.ts';
import type { BenchRow, BenchSection } from './bench-section.ts';
import { dynamicImports, htmlAssets, readAsset, withImports } from '../../src/integrations/page-assets.ts';
import { MODULE_FILES } from '../../src/lib/offline-cache.ts';

const gzip = (bytes: Buffer) => gzipSync(bytes).length;

/** The precache list in a built sw.js: every URL with its revision. */
export function precachedUrls(sw: string): string[] {
  return [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((match) => match[1]!);
}

/**
 * Installable and offline: the inline script every page runs to register the worker, the worker
 * itself, what it precaches on the first visit (budget 300 KB gzip), the JavaScript of the wijzer
 * (on a first visit the island and Preact; on its first touch xstate, the stappenplan and the later
 * screens), which works offline once precached, and what each module's "Beschikbaar zonder internet"
 * adds. Reads the last build in dist/.
 */
export const offlineWeight: BenchSection = {
  name: 'offline: service worker, precache and the wijzer (bytes)',
  run({ root }) {
    const dist = join(root, 'dist');
    const swFile = join(dist, 'sw.js');
    if (!existsSync(swFile)) throw new Error('dist/sw.js is missing: run `npm run build` first');
    const sw = readFileSync(swFile);
    const urls = precachedUrls(sw.toString('utf8'));
    const files = urls.map((url) => readFileSync(join(dist, url)));
    const html = readFileSync(join(dist, 'wijzer/index.html'), 'utf8');
    const firstUrls = withImports(dist, htmlAssets(html).js);
    const island = firstUrls.find((url) => /\/Wijzer\.[^/]+\.js$/.test(url));
    if (!island) throw new Error('the wijzer island is missing from dist/wijzer/index.html');
    const later = dynamicImports(readAsset(dist, island).toString('utf8')).map((specifier) =>
      posix.join(posix.dirname(island), specifier),
    );
    const js = firstUrls.map((url) => readAsset(dist, url));
    const touch = withImports(dist, later)
      .filter((url) => !firstUrls.includes(url))
      .map((url) => readAsset(dist, url));
    const rows: BenchRow[] = [
      {
        what: 'registration script, inline in every page',
        files: 1,
        raw: Buffer.byteLength(registerWorker),
        gzip: '–',
      },
      { what: 'sw.js (workbox runtime + precache list)', files: 1, raw: sw.length, gzip: gzip(sw) },
      {
        what: 'precached on the first visit',
        files: urls.length,
        raw: files.reduce((sum, file) => sum + file.length, 0),
        gzip: files.reduce((sum, file) => sum + gzip(file), 0),
        'budget gzip': 300 * 1024,
      },
      {
        what: 'wijzer JavaScript on a first visit (island, Preact)',
        files: js.length,
        raw: js.reduce((sum, file) => sum + file.length, 0),
        gzip: js.reduce((sum, file) => sum + gzip(file), 0),
      },
      {
        what: 'wijzer JavaScript on its first touch (xstate, stappenplan, later screens)',
        files: touch.length,
        raw: touch.reduce((sum, file) => sum + file.length, 0),
        gzip: touch.reduce((sum, file) => sum + gzip(file), 0),
      },
    ];
    for (const module of readdirSync(dist).sort()) {
      const list = join(dist, module, MODULE_FILES);
      if (!existsSync(list)) continue;
      const { files, gzip } = JSON.parse(readFileSync(list, 'utf8')) as { files: string[]; gzip: number };
      rows.push({ what: `module ${module}: Beschikbaar zonder internet`, files: files.length, gzip });
    }
    return rows;
  },
};
