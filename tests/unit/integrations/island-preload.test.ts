import { describe, expect, it } from 'vitest';
import { chunkGraph, preloadsAt, SSR, withModulePreloads } from '../../../src/integrations/island-preload.ts';

const chunks: Record<string, string> = {
  '/_astro/Player.js':
    'import{a}from"./preact.js";import{b}from"./machine.js";const l=()=>import("./lazy.js");',
  '/_astro/machine.js': 'import"./preact.js";export const b=1;',
  '/_astro/preact.js': 'export const a=1;',
  '/_astro/client.js': 'import{a}from"./preact.js";',
  '/_astro/lazy.js': 'export const c=1;',
};
const read = (url: string) => {
  if (!(url in chunks)) throw new Error(`no ${url}`);
  return chunks[url]!;
};

describe('island preloads', () => {
  it('follows static imports to every level, once each, and leaves dynamic imports to load later', () => {
    expect(chunkGraph('/_astro/Player.js', read)).toEqual([
      '/_astro/Player.js',
      '/_astro/preact.js',
      '/_astro/machine.js',
    ]);
  });

  it('preloads the chunks of every island of a page before </head>', () => {
    const html =
      '<html><head><title>x</title></head><body><astro-island component-url="/_astro/Player.js" renderer-url="/_astro/client.js"></astro-island></body></html>';
    const out = withModulePreloads(html, read);
    const links = [...out.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    expect(links).toEqual([
      '/_astro/Player.js',
      '/_astro/preact.js',
      '/_astro/machine.js',
      '/_astro/client.js',
    ]);
    expect(out.indexOf('modulepreload')).toBeLessThan(out.indexOf('</head>'));
  });

  it("preloads a module script's chunks on a page where it hydrates something at once, not elsewhere", () => {
    const script = '<script type="module" src="/_astro/Player.js"></script>';
    const page = (host: string) =>
      `<html><head></head><body><div id="speler"${host}></div>${script}</body></html>`;
    const links = (html: string) =>
      [...withModulePreloads(html, read).matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map(
        (m) => m[1],
      );
    expect(links(page(` ${SSR}`))).toEqual(['/_astro/Player.js', '/_astro/preact.js', '/_astro/machine.js']);
    expect(links(page(''))).toEqual([]);
  });

  it('puts the preloads before CSS the page carries in its head, not before a style in <noscript>', () => {
    const head = (css: string) =>
      `<html><head><meta charset="utf-8"><noscript><style>.w{display:none}</style></noscript>${css}</head><body></body></html>`;
    const carried = head('<style>.a{color:red}</style>');
    expect(preloadsAt(carried)).toBe(carried.indexOf('<style>.a'));
    const linked = head('<link rel="stylesheet" href="/_astro/page.css">');
    expect(preloadsAt(linked)).toBe(linked.indexOf('</head>'));
    const body =
      '<body><div id="speler" data-ssr></div><script type="module" src="/_astro/Player.js"></script>';
    const out = withModulePreloads(carried.replace('<body>', body), read);
    expect(out.indexOf('<link rel="modulepreload"')).toBeGreaterThan(out.indexOf('</noscript>'));
    expect(out.indexOf('<link rel="modulepreload"')).toBeLessThan(out.indexOf('<style>.a'));
  });

  it('leaves a page without islands as it is', () => {
    const html = '<html><head></head><body><p>Les</p></body></html>';
    expect(withModulePreloads(html, read)).toBe(html);
  });
});
