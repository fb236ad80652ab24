import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow, BenchSection } from './bench-section.ts';

// What the certificate button fetches besides the certificate code (src/islands/issue-certificate.ts,
// modules/certificate/certificate-font.ts), from dist/_astro/: every certificate fetches fontkit and
// Noto Sans regular and bold (PDF/A embeds every font); a script font only when a detail has a letter
// in its script.

const FILES: [label: string, pattern: RegExp, when: string][] = [
  ['fontkit', /^fontkit\..*\.js$/, 'every certificate'],
  ['Noto Sans regular', /^NotoSans_400Regular\..*\.ttf$/, 'every certificate'],
  ['Noto Sans bold', /^NotoSans_700Bold\..*\.ttf$/, 'every certificate'],
  ['Noto Sans Arabic bold', /^NotoSansArabic_700Bold\..*\.ttf$/, 'Arabic letters'],
  ['Noto Sans KR bold', /^NotoSansKR_700Bold\..*\.ttf$/, 'Hangul'],
  ['Noto Sans SC bold', /^NotoSansSC_700Bold\..*\.ttf$/, 'Chinese characters, kana'],
];

const kb = (bytes: number) => Math.round(bytes / 1024);

function weightRows(root: string): BenchRow[] {
  const dir = join(root, 'dist', '_astro');
  if (!existsSync(dir)) return [{ note: 'no dist/_astro/ — run `npm run build` first' }];
  const names = readdirSync(dir);
  const rows: BenchRow[] = [];
  let always = { raw: 0, gzip: 0 };
  for (const [label, pattern, when] of FILES) {
    const name = names.find((n) => pattern.test(n));
    if (!name) {
      rows.push({ file: label, when, note: 'not in dist/_astro/' });
      continue;
    }
    const bytes = readFileSync(join(dir, name));
    const gzip = gzipSync(bytes, { level: 9 }).length;
    if (when === 'every certificate') always = { raw: always.raw + bytes.length, gzip: always.gzip + gzip };
    rows.push({ file: label, when, KB: kb(bytes.length), 'KB gzip': kb(gzip) });
  }
  rows.push({
    file: 'every certificate, in all',
    when: '',
    KB: kb(always.raw),
    'KB gzip': kb(always.gzip),
  });
  return rows;
}

export const certificateWeight: BenchSection = {
  name: 'certificate weight (fontkit and fonts the button fetches, dist/_astro/)',
  run: ({ root }) => weightRows(root),
};
