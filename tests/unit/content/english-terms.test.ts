import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// English terms in the Dutch lessons carry lang="en", so a screen reader pronounces them in English
// (WCAG 3.1.2, language of parts).
const root = new URL('../../../content/lessen/', import.meta.url).pathname;
const lessons = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
const ENGLISH: [string, RegExp][] = [
  ['Abusive Head Trauma', /Abusive Head Trauma/],
  ['AHT', /\bAHT\b/],
  ['shaken baby', /shaken baby/i],
];

describe('English terms in the lessons', () => {
  it('are found at all (the check reads the lessons)', () => {
    expect(lessons.some(({ text }) => text.includes('shaken baby'))).toBe(true);
  });

  for (const [term, pattern] of ENGLISH)
    it(`"${term}" always stands in <span lang="en">`, () => {
      for (const { file, text } of lessons) {
        const bare = text.replace(/<span lang="en">[^<]*<\/span>/g, '');
        expect(pattern.test(bare), `${file}: "${term}" without lang="en"`).toBe(false);
      }
    });
});
