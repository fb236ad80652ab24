import { resolve } from 'node:path';
import { buildSync } from 'esbuild';

const scripts = new Map<string, string>();

/**
 * A call of `name`, exported by the module `entry` (a path from the project's root), with `args`, as a
 * classic script to write into a page's HTML: the module and what it imports bundled and minified by
 * esbuild, once per build and call. For the little code that must run while the page loads, before its
 * files are in: a script Astro processes becomes a module file that comes one round trip after the HTML.
 * No `</script` is left in it to end the element early (in a string it is the same text as `<\/script`).
 */
export function inlineScript(entry: string, name: string, ...args: unknown[]): string {
  const contents = `import { ${name} } from ${JSON.stringify(resolve(entry))};\n${name}(${args.map((arg) => JSON.stringify(arg)).join(', ')});`;
  let code = scripts.get(contents);
  if (code === undefined) {
    const { outputFiles } = buildSync({
      stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      write: false,
    });
    code = outputFiles[0]!.text.trim().replace(/<\/script/gi, '<\\/script');
    scripts.set(contents, code);
  }
  return code;
}
