import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import {
  selectorIsUsed,
  unusedDesignSystemRules,
  usedUtrechtClasses,
} from '../../../src/integrations/unused-design-system-rules.ts';

const used = new Set(['utrecht-button', 'utrecht-button--primary-action']);

describe('unused design-system rules', () => {
  it('keeps a selector whose utrecht classes are all used, and selectors without utrecht classes', () => {
    expect(selectorIsUsed('.utrecht-button', used)).toBe(true);
    expect(selectorIsUsed('.utrecht-button--primary-action:hover', used)).toBe(true);
    expect(selectorIsUsed('.player-choices button', used)).toBe(true);
  });

  it('drops a selector that needs a variant no markup uses', () => {
    expect(selectorIsUsed('.utrecht-button--danger', used)).toBe(false);
    expect(selectorIsUsed('.utrecht-button--primary-action.utrecht-button--warning', used)).toBe(false);
  });

  it('tells a component element from its block (utrecht-table__cell is not utrecht-table)', () => {
    const table = new Set(['utrecht-table', 'utrecht-table__cell']);
    expect(selectorIsUsed('.utrecht-table__cell', table)).toBe(true);
    expect(selectorIsUsed('.utrecht-table__cell--selected', table)).toBe(false);
    expect(selectorIsUsed('.utrecht-table__footer--sticky tr:first-child > td', table)).toBe(false);
  });

  it('keeps a selector that names an unused class only inside :not(…)', () => {
    expect(
      selectorIsUsed(
        '.utrecht-button:hover:not(:disabled, [aria-disabled=true], .utrecht-button--disabled)',
        used,
      ),
    ).toBe(true);
  });

  it('removes whole rules, and only the unused selectors of a mixed list', async () => {
    const css = [
      '.utrecht-button { color: red }',
      '.utrecht-button--busy { cursor: wait }',
      '.utrecht-button--focus-visible, .utrecht-button:focus-visible { outline: 1px solid }',
      '@media (forced-colors: active) { .utrecht-button--pressed { color: Highlight } }',
      '.mine { color: blue }',
    ].join('\n');
    const out = (await postcss([unusedDesignSystemRules(used)]).process(css, { from: undefined })).css;
    expect(out).toContain('.utrecht-button { color: red }');
    expect(out).not.toContain('--busy');
    expect(out).not.toContain('--focus-visible');
    expect(out).toContain('.utrecht-button:focus-visible { outline: 1px solid }');
    expect(out).not.toContain('@media');
    expect(out).toContain('.mine { color: blue }');
  });

  it('finds the utrecht classes named in markup and TypeScript, with their modifiers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'utrecht-classes-'));
    writeFileSync(join(dir, 'A.astro'), '<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus">');
    writeFileSync(join(dir, 'b.ts'), "const kind = 'utrecht-button--secondary-action';");
    writeFileSync(join(dir, 'c.css'), '.utrecht-textbox { }');
    writeFileSync(
      join(dir, 'D.tsx'),
      '<td class="utrecht-table__cell utrecht-table__header-cell--numeric-column">',
    );
    expect([...usedUtrechtClasses(dir)].sort()).toEqual([
      'utrecht-button--secondary-action',
      'utrecht-skip-link',
      'utrecht-skip-link--visible-on-focus',
      'utrecht-table__cell',
      'utrecht-table__header-cell--numeric-column',
    ]);
  });
});
