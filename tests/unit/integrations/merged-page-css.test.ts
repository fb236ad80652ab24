import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  joinedCss,
  linkedStylesheets,
  mergedUrl,
  withOneStylesheet,
  withoutRulesOtherPagesUse,
} from '../../../src/integrations/merged-page-css.ts';

const files: Record<string, string> = {
  '/_astro/a.css': '.a{color:red}\n',
  '/_astro/b.css': '.b{color:blue}',
};
const read = (url: string) => files[url]!;

describe('one stylesheet per page', () => {
  it('joins the stylesheets in the order the page links them, linked where the first was', () => {
    const html =
      '<head><link rel="stylesheet" href="/_astro/b.css"><title>x</title><link rel="stylesheet" href="/_astro/a.css"></head>';
    const urls = linkedStylesheets(html);
    expect(urls).toEqual(['/_astro/b.css', '/_astro/a.css']);
    expect(joinedCss(urls, read)).toBe('.b{color:blue}\n.a{color:red}');
    expect(withOneStylesheet(html, '/_astro/page.x.css')).toBe(
      '<head><link rel="stylesheet" href="/_astro/page.x.css"><title>x</title></head>',
    );
  });

  it('names a file by its content', () => {
    expect(mergedUrl('.a{}')).toMatch(/^\/_astro\/page\.[0-9a-f]{10}\.css$/);
    expect(mergedUrl('.a{}')).toBe(mergedUrl('.a{}'));
    expect(mergedUrl('.a{}')).not.toBe(mergedUrl('.b{}'));
  });

  it('drops the design-system rules none of its pages nor their scripts use, and keeps our own', () => {
    const dist = mkdtempSync(join(tmpdir(), 'merged-css-'));
    writeFileSync(join(dist, 'island.js'), 'const c = "utrecht-alert utrecht-alert--ok";');
    const css =
      '.utrecht-button{color:red}.utrecht-button-link{color:blue}.utrecht-alert--ok{color:green}.utrecht-alert--error{color:red}.mine{color:red}';
    const pages = [
      '<button class="utrecht-button"></button><script type="module" src="/island.js"></script>',
    ];
    const out = withoutRulesOtherPagesUse(css, pages, dist);
    expect(out).toContain('.utrecht-button{');
    expect(out).toContain('.utrecht-alert--ok{');
    expect(out).toContain('.mine{');
    expect(out).not.toContain('utrecht-button-link');
    expect(out).not.toContain('utrecht-alert--error');
  });
});
