import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'postcss';

// The NL Design System's component CSS (@utrecht/*-css) styles every variant of a component: a button
// that is busy, pressed, a warning, a danger... We use a few, and every page would carry the rest. This
// PostCSS step drops the selectors that need a utrecht class no markup in src/ uses, so only what is
// used ships (issue 21, and the page budgets of issue 22).

const utrechtClass = /\.(utrecht-[\w-]+)/g;
// A block, an optional element (utrecht-table__cell) and an optional modifier (utrecht-alert--info).
const markupClass =
  /\butrecht-[a-z0-9]+(?:-[a-z0-9]+)*(?:__[a-z0-9]+(?:-[a-z0-9]+)*)?(?:--[a-z0-9]+(?:-[a-z0-9]+)*)?/g;

/** The selector without its `:not(…)` parts (a class named only there is not needed to match). */
function withoutNot(selector: string): string {
  let rest = selector;
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(/:not\((?:[^()]|\([^()]*\))*\)/g, '');
  }
  return rest;
}

/** Whether a selector can match markup that uses only the `used` utrecht classes. */
export function selectorIsUsed(selector: string, used: ReadonlySet<string>): boolean {
  return [...withoutNot(selector).matchAll(utrechtClass)].every(([, name]) => used.has(name!));
}

/** The utrecht classes named in a text (markup, a script), added to `used`. */
export function addUtrechtClasses(text: string, used: Set<string>): Set<string> {
  for (const [name] of text.matchAll(markupClass)) used.add(name);
  return used;
}

/** The utrecht classes named in the source files under `dir` (.astro, .tsx and .ts). */
export function usedUtrechtClasses(dir: string): Set<string> {
  const used = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(astro|tsx|ts)$/.test(file)) continue;
    addUtrechtClasses(readFileSync(join(dir, file), 'utf8'), used);
  }
  return used;
}

/** The PostCSS plugin: rules whose every selector needs an unused utrecht class are removed. */
export function unusedDesignSystemRules(used: ReadonlySet<string>): Plugin {
  return {
    postcssPlugin: 'meldcode:unused-design-system-rules',
    OnceExit(root) {
      root.walkRules((rule) => {
        const kept = rule.selectors.filter((selector) => selectorIsUsed(selector, used));
        if (kept.length === 0) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
      root.walkAtRules((atRule) => {
        if (atRule.nodes?.length === 0) atRule.remove();
      });
    },
  };
}
