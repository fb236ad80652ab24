import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import {
  customPropertiesNamedIn,
  setDesignTokens,
  simplifyValue,
  unsetDesignSystemTokens,
} from '../../../src/integrations/unset-design-system-tokens.ts';

const set = new Set(['--utrecht-button-color', '--_utrecht-button-appearance-color']);
const isSet = (name: string) => set.has(name);

describe('unset design-system tokens', () => {
  it('writes out the fallback of a token nothing sets, through a chain of fallbacks', () => {
    expect(
      simplifyValue('var(--_utrecht-button-hint-color, var(--_utrecht-button-appearance-color, red))', isSet),
    ).toEqual({ value: 'var(--_utrecht-button-appearance-color, red)', invalid: false });
    expect(simplifyValue('var(--utrecht-button-min-block-size, 44px)', isSet)).toEqual({
      value: '44px',
      invalid: false,
    });
    expect(simplifyValue('max(var(--utrecht-link-thickness, 1px), 2px)', isSet).value).toBe('max(1px, 2px)');
  });

  it('keeps a set token, and drops a fallback of it that can never be valid', () => {
    expect(simplifyValue('var(--utrecht-button-color, var(--utrecht-unset))', isSet)).toEqual({
      value: 'var(--utrecht-button-color)',
      invalid: false,
    });
    expect(simplifyValue('var(--utrecht-button-color)', isSet).value).toBe('var(--utrecht-button-color)');
  });

  it('calls a value invalid when it needs an unset token without a fallback', () => {
    expect(simplifyValue('var(--utrecht-button-text-transform)', isSet).invalid).toBe(true);
    expect(simplifyValue('0 0 0 var(--utrecht-unset-width)', isSet).invalid).toBe(true);
    expect(simplifyValue('var(--utrecht-unset, var(--utrecht-unset-too))', isSet).invalid).toBe(true);
  });

  it('leaves our own custom properties alone, set or not', () => {
    expect(simplifyValue('var(--accent, red)', () => false).value).toBe('var(--accent, red)');
  });

  it('rewrites a style sheet as the browser computes it: fallback, unset, dropped or initial', async () => {
    const css = [
      '.utrecht-button { min-block-size: var(--utrecht-button-min-block-size, 44px); text-transform: var(--utrecht-button-text-transform); color: var(--utrecht-button-color) }',
      '.utrecht-button--primary { --_utrecht-button-appearance-active-color: var(--utrecht-button-primary-active-color); --_utrecht-button-appearance-color: var(--utrecht-unset) }',
      '.utrecht-button--gone { --_utrecht-gone: var(--utrecht-unset) }',
      '.mine { color: var(--accent) }',
    ].join('\n');
    const out = (await postcss([unsetDesignSystemTokens(set)]).process(css, { from: undefined })).css;
    expect(out).toContain('min-block-size: 44px');
    // Invalid at computed-value time: a property behaves as unset.
    expect(out).toContain('text-transform: unset');
    expect(out).toContain('color: var(--utrecht-button-color)');
    // A custom property nothing else sets is dropped; one that is set elsewhere gets its invalid value.
    expect(out).not.toContain('--_utrecht-button-appearance-active-color');
    expect(out).toContain('--_utrecht-button-appearance-color: initial');
    expect(out).not.toContain('.utrecht-button--gone');
    expect(out).toContain('.mine { color: var(--accent) }');
  });

  it('counts a token as set by a rule that stays, with a value that can be valid, or by our source', () => {
    const packageCss = [
      '.utrecht-button { --_utrecht-button-color: var(--_utrecht-button-hint-color, var(--utrecht-button-color)) }',
      '.utrecht-button--danger { --_utrecht-button-hint-color: red }',
      '.utrecht-button--primary { --_utrecht-button-appearance-color: var(--utrecht-button-primary-color) }',
    ];
    const used = new Set(['utrecht-button', 'utrecht-button--primary']);
    const tokens = setDesignTokens(packageCss, used, new Set(['--utrecht-button-color']));
    // The danger rule is dropped (no markup uses it), so its hint colour is set nowhere.
    expect(tokens.has('--_utrecht-button-hint-color')).toBe(false);
    expect(tokens.has('--_utrecht-button-color')).toBe(true);
    // Set only to a token nothing sets: never valid, so unset too.
    expect(tokens.has('--_utrecht-button-appearance-color')).toBe(false);
  });

  it('finds the custom properties our source sets: in CSS, in a style attribute, with setProperty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'utrecht-tokens-'));
    writeFileSync(join(dir, 'a.css'), '.player { --utrecht-button-inline-size: 100%; color: var(--text) }');
    writeFileSync(join(dir, 'B.tsx'), '<div style="--utrecht-table-font-size: 1rem">');
    writeFileSync(join(dir, 'c.ts'), "el.style.setProperty('--utrecht-button-color', 'red');");
    expect([...customPropertiesNamedIn(dir)].sort()).toEqual([
      '--utrecht-button-color',
      '--utrecht-button-inline-size',
      '--utrecht-table-font-size',
    ]);
  });
});
