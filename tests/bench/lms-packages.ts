import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow, BenchSection } from './bench-section.ts';
import { measurePage } from './page-weight.ts';

// The LMS packages of npm run build:scorm (dist-lms/): what a launch page downloads on the first visit
// (its HTML holds the module's data), the cmi5 code it loads only for a cmi5 launch, and the zips.

export const lmsPackages: BenchSection = {
  name: 'LMS packages (launch page first visit, cmi5 code, zips; bytes)',
  run({ root }) {
    const out = join(root, 'dist-lms');
    const site = join(out, 'site');
    if (!existsSync(join(site, 'lms'))) return [{ note: 'run npm run build:scorm first' }];
    const rows: BenchRow[] = [];
    const launches = readdirSync(join(site, 'lms')).map((id) =>
      measurePage(site, `/lms/${id}/`, join(site, 'lms', id, 'index.html')),
    );
    const heaviest = launches.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    const { html, js, raw, gzip, path } = heaviest;
    rows.push({ what: 'launch page (heaviest)', pages: launches.length, html, js, raw, gzip, page: path });
    const lazy = readdirSync(join(site, '_astro')).filter((f) => /^(Cmi5|cmi5-session)\b.*\.js$/.test(f));
    const bytes = lazy.map((f) => readFileSync(join(site, '_astro', f)));
    rows.push({
      what: 'cmi5 code (loaded on a cmi5 launch only)',
      pages: lazy.length,
      js: bytes.reduce((n, b) => n + b.length, 0),
      gzip: bytes.reduce((n, b) => n + gzipSync(b).length, 0),
    });
    for (const kind of ['scorm12', 'cmi5']) {
      const zips = readdirSync(out).filter((f) => f.endsWith(`-${kind}.zip`));
      const sizes = zips.map((f) => statSync(join(out, f)).size);
      rows.push({ what: `${kind} zips`, pages: zips.length, raw: Math.max(...sizes) });
    }
    return rows;
  },
};
