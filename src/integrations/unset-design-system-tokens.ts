import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type Plugin, type Root } from 'postcss';
import { selectorIsUsed } from './unused-design-system-rules.ts';

// The NL Design System's CSS reads every design token through a chain of fallbacks, for every state a
// component can be in: `var(--_utrecht-button-hint-hover-color, var(--_utrecht-button-hint-color, var(…)))`.
// Most of those tokens are set nowhere (we theme only what we use, and the rules that set the others are
// dropped by unused-design-system-rules.ts), and then a var() always gives its fallback. This PostCSS step
// writes what the browser would compute anyway, so the CSS a page loads gets smaller (issue 22's budgets):
// - `var(--unset, fallback)` becomes `fallback`;
// - a declaration that needs an unset token without a fallback is "invalid at computed-value time" (CSS
//   Variables 1, §3): a property then behaves as `unset`, so it is written `unset`; a custom property gets
//   the guaranteed-invalid value, which is what it has when it is not declared at all, so the declaration
//   is dropped when no rule anywhere gives that property a value (else it is written `initial`, its
//   guaranteed-invalid value).
// One assumption: a fallback is a valid value for its property, as the design system means it. Where it
// is not (table-css has `border-color: var(--utrecht-table-border-color, 0)`), the browser now drops the
// written-out declaration where it would have unset the property; no such case changes how a page looks
// (that table border has width 0).
// Only the design system's own names (--utrecht-…, --_utrecht-…) are touched. A token counts as set when
// a rule of the design system that stays sets it to a value that can be valid, or when its name is written
// as a property (`--name:`) or in quotes anywhere in src/ (our CSS, a style attribute, setProperty).

const designToken = /^--_?utrecht-/;

/** A value with the var() of unset tokens written out; `invalid` when it can never be valid. */
export interface Simplified {
  value: string;
  invalid: boolean;
}

/** The index just after the parenthesis that closes the one opened before `from`. */
function closingParen(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The value with every var() of an unset design token replaced by what the browser would compute. */
export function simplifyValue(value: string, isSet: (name: string) => boolean): Simplified {
  let out = '';
  let invalid = false;
  let at = 0;
  for (let start = value.indexOf('var(', at); start !== -1; start = value.indexOf('var(', at)) {
    const close = closingParen(value, start + 4);
    if (close === -1) break;
    const inner = value.slice(start + 4, close);
    const comma = inner.indexOf(',');
    const name = (comma === -1 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma === -1 ? undefined : inner.slice(comma + 1);
    out += value.slice(at, start);
    at = close + 1;
    if (!designToken.test(name) || isSet(name)) {
      if (fallback === undefined) {
        out += `var(${name})`;
        continue;
      }
      // Kept: its fallback simplified too. A fallback that can never be valid is as good as none.
      const inFallback = simplifyValue(fallback, isSet);
      const space = /^\s*/.exec(fallback)![0];
      out += inFallback.invalid ? `var(${name})` : `var(${name},${space}${inFallback.value})`;
      continue;
    }
    if (fallback === undefined) {
      invalid = true;
      continue;
    }
    const used = simplifyValue(fallback.trim(), isSet);
    if (used.invalid) invalid = true;
    out += used.value;
  }
  out += value.slice(at);
  return { value: out.trim(), invalid };
}

/** Custom property names written as a property or in quotes in the files under `dir` (not the CSS of packages). */
export function customPropertiesNamedIn(dir: string): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(css|astro|tsx|ts|mjs)$/.test(file)) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    for (const [, name] of text.matchAll(/(--[\w-]+)\s*:/g)) names.add(name!);
    for (const [, name] of text.matchAll(/['"`](--[\w-]+)['"`]/g)) names.add(name!);
  }
  return names;
}

/**
 * The design tokens that are set somewhere: named in src/ (`ownNames`), or set by a rule of the design
 * system's CSS (`packageCss`) that stays for the `used` classes, to a value that can be valid.
 */
export function setDesignTokens(
  packageCss: readonly string[],
  used: ReadonlySet<string>,
  ownNames: ReadonlySet<string>,
): Set<string> {
  const declarations: { prop: string; value: string }[] = [];
  for (const css of packageCss)
    postcss.parse(css).walkDecls((decl) => {
      if (!decl.prop.startsWith('--')) return;
      const rule = decl.parent;
      if (rule?.type === 'rule' && !(rule as postcss.Rule).selectors.some((s) => selectorIsUsed(s, used)))
        return;
      declarations.push({ prop: decl.prop, value: decl.value });
    });
  let set = new Set([...ownNames, ...declarations.map((d) => d.prop)]);
  // A token set only to values that need unset tokens is unset too; repeat until nothing changes.
  for (;;) {
    const isSet = (name: string) => set.has(name);
    const next = new Set(ownNames);
    for (const { prop, value } of declarations) if (!simplifyValue(value, isSet).invalid) next.add(prop);
    if (next.size === set.size) return next;
    set = next;
  }
}

/** The design-system CSS files of the @utrecht/*-css packages in `root`'s package.json dependencies. */
export function designSystemCss(root: string): string[] {
  const { dependencies = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return Object.keys(dependencies)
    .filter((name) => /^@utrecht\/[\w-]+-css$/.test(name))
    .map((name) => readFileSync(join(root, 'node_modules', name, 'dist', 'index.css'), 'utf8'));
}

/** Rewrites one style sheet for the set tokens (see the top of this file). */
export function unsetTokensIn(root: Root, set: ReadonlySet<string>): void {
  const isSet = (name: string) => set.has(name);
  root.walkDecls((decl) => {
    if (!decl.value.includes('var(--')) return;
    const { value, invalid } = simplifyValue(decl.value, isSet);
    if (!invalid) {
      if (value !== decl.value) decl.value = value;
      return;
    }
    if (!decl.prop.startsWith('--')) decl.value = 'unset';
    else if (set.has(decl.prop)) decl.value = 'initial';
    else decl.remove();
  });
  root.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
}

/** The PostCSS plugin: every style sheet without the var() of design tokens that are set nowhere. */
export function unsetDesignSystemTokens(set: ReadonlySet<string>): Plugin {
  return {
    postcssPlugin: 'meldcode:unset-design-system-tokens',
    OnceExit(root) {
      unsetTokensIn(root, set);
    },
  };
}
