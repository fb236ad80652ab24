import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import type { BenchRow, BenchSection } from './bench-section.ts';

// The case run as the browser player will load it: one ES module with what a player imports, bundled
// and minified by esbuild for the browser. Authoring code (file loading, YAML, schemas, path checks)
// has no business in it; tests/bench/harness/case-run-bundle.test.ts fails when some gets in.

/** The name of the entry in the metafile: it is given to esbuild as stdin, so nothing is written. */
export const ENTRY_NAME = 'case-run-entry.ts';

/** What the browser player imports of the case run, relative to the repository root. */
export const CASE_RUN_ENTRY = [
  "export { chooseInRun, resumeCaseRun, startCaseRun, viewRun } from './modules/case-run/case-run.ts';",
  "export { summarizeRun } from './modules/case-run/case-summary.ts';",
  "export { compilePlayableCase } from './modules/case-run/playable-case.ts';",
].join('\n');

/** The case player island itself, with its storage and Preact: what a case page hydrates. */
export const CASE_PLAYER_ENTRY = "export { default } from './src/islands/CasePlayer.tsx';";

/** How many inputs the bench lists by name; the rest are summed in one row. */
const LISTED = 12;

export interface Bundle {
  code: Uint8Array;
  metafile: Metafile;
}

/** The parts of esbuild's metafile read here: what each input imports, and bytes per input in each output. */
export interface BundleInputs {
  inputs: Record<string, { imports: readonly { path: string; external?: boolean }[] }>;
}
export interface BundleOutputs {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

/**
 * Bundles `entry` (source text whose imports are relative to `root`) as the browser gets it: ESM,
 * minified, platform browser, with the project's tsconfig. Node built-ins are left external rather
 * than failing the build, so the metafile shows who imports them.
 */
export async function bundleEntry(root: string, entry: string = CASE_RUN_ENTRY): Promise<Bundle> {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, sourcefile: ENTRY_NAME, loader: 'ts' },
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    // An asset's address (Vite's `?url`, the certificate fonts) is no code: left as an import.
    external: ['node:*', ...builtinModules, '*?url'],
    // A stylesheet a lazy chunk brings (player-later.css): CSS, no code, so it weighs nothing here.
    loader: { '.css': 'empty' },
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output || result.outputFiles.length !== 1) throw new Error('esbuild should write exactly one file');
  return { code: output.contents, metafile: result.metafile };
}

/**
 * An input path as a reader knows it: from `node_modules/` on for packages (the repository's
 * node_modules may be a link, which esbuild resolves to wherever it points), else as esbuild gives it.
 */
export function inputName(path: string): string {
  const at = path.lastIndexOf('node_modules/');
  return at < 0 ? path : path.slice(at);
}

/** The package an input belongs to (`xstate`, `@scope/name`), or null for the project's own files. */
export function packageOf(path: string): string | null {
  const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(inputName(path));
  return match ? match[1]! : null;
}

/**
 * Packages (or parts of one) that are authoring tools and must not reach the browser, each with a
 * test of the input path from inside node_modules/. `xstate/graph` resolves to xstate/dist/xstate-graph*.
 */
export const AUTHORING_PACKAGES: readonly { name: string; test: RegExp }[] = [
  { name: 'yaml', test: /^yaml\// },
  { name: 'zod', test: /^zod\// },
  { name: 'xstate/graph', test: /^xstate\/(?:graph\/|dist\/xstate-graph)/ },
];

const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier);

/** Something that must not be in the case run, and the shortest import chain that brought it in. */
export interface Leak {
  /** A file under modules/authoring/, a package (or package subpath) or a Node built-in. */
  what: string;
  /** From the entry to the first file of `what` (or, for a built-in, to the import itself). */
  chain: string[];
}

/**
 * Everything esbuild loaded (whether or not tree shaking kept bytes of it) that is authoring code:
 * files under modules/authoring/, the packages in {@link AUTHORING_PACKAGES}, and Node built-ins.
 * Each is named once, with the shortest import chain from the entry, so a failure says which import
 * to fix.
 */
export function authoringLeaks(metafile: BundleInputs): Leak[] {
  const leaks = new Map<string, Leak>();
  const add = (what: string, chain: string[]) => {
    const known = leaks.get(what);
    if (!known || chain.length < known.chain.length) leaks.set(what, { what, chain });
  };
  const chains = importChains(metafile);
  for (const [path, input] of Object.entries(metafile.inputs)) {
    const name = inputName(path);
    const chain = [...(chains.get(path) ?? []), name];
    if (name.startsWith('modules/authoring/')) add(name, chain);
    const inPackage = name.startsWith('node_modules/') ? name.slice('node_modules/'.length) : null;
    const pkg = inPackage !== null && AUTHORING_PACKAGES.find(({ test }) => test.test(inPackage));
    if (pkg) add(pkg.name, chain);
    // esbuild also lists imports it dropped as unused as external: only built-ins are leaks.
    for (const imported of input.imports)
      if (imported.external && isBuiltin(imported.path)) add(imported.path, [...chain, imported.path]);
  }
  return [...leaks.values()];
}

/** For each input, the inputs on the shortest import chain from the entry to it (entry first). */
function importChains(metafile: BundleInputs): Map<string, string[]> {
  const entry = Object.keys(metafile.inputs).find((path) => path.endsWith(ENTRY_NAME));
  const chains = new Map<string, string[]>();
  if (!entry) return chains;
  chains.set(entry, []);
  const queue = [entry];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    for (const imported of metafile.inputs[path]?.imports ?? []) {
      if (imported.external || chains.has(imported.path)) continue;
      chains.set(imported.path, [...chains.get(path)!, inputName(path)]);
      queue.push(imported.path);
    }
  }
  return chains;
}

/** A leak as one line: what, and through which imports. */
export function formatLeak(leak: Leak): string {
  return `${leak.what}: ${leak.chain.join(' → ')}`;
}

/** Bytes each input contributes to the output: packages as one row each, the project's files one by one. */
export function inputSizes(metafile: BundleOutputs): { input: string; files: number; bytes: number }[] {
  const sizes = new Map<string, { files: number; bytes: number }>();
  for (const output of Object.values(metafile.outputs))
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = packageOf(path);
      const key = pkg ? `node_modules/${pkg}` : inputName(path);
      const size = sizes.get(key) ?? { files: 0, bytes: 0 };
      sizes.set(key, { files: size.files + 1, bytes: size.bytes + bytesInOutput });
    }
  return [...sizes]
    .map(([input, size]) => ({ input, ...size }))
    .filter(({ bytes }) => bytes > 0)
    .sort((a, b) => b.bytes - a.bytes || a.input.localeCompare(b.input));
}

/** The bench rows: the whole bundle (raw and gzip), then its largest inputs with their share of it. */
export function bundleRows(
  bundle: { code: Uint8Array; metafile: BundleOutputs },
  listed = LISTED,
): BenchRow[] {
  const raw = bundle.code.length;
  const share = (bytes: number) => `${((100 * bytes) / raw).toFixed(1)}%`;
  const sizes = inputSizes(bundle.metafile);
  const rest = sizes.slice(listed);
  const restBytes = rest.reduce((sum, size) => sum + size.bytes, 0);
  return [
    { part: 'whole bundle (esm, minified)', raw, gzip: gzipSync(bundle.code).length, share: '100%' },
    ...sizes.slice(0, listed).map(({ input, files, bytes }) => ({
      part: files > 1 ? `${input} (${files} files)` : input,
      raw: bytes,
      share: share(bytes),
    })),
    ...(rest.length > 0
      ? [{ part: `${rest.length} smaller inputs`, raw: restBytes, share: share(restBytes) }]
      : []),
  ];
}

/** Raw and gzip bytes of the case run for the browser, and what is in it (raw = minified bytes in the bundle). */
export const caseRunBundle: BenchSection = {
  name: 'case run bundle (browser, bytes)',
  async run({ root }) {
    return bundleRows(await bundleEntry(root));
  },
};
