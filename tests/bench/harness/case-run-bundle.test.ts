import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  authoringLeaks,
  bundleEntry,
  bundleRows,
  CASE_PLAYER_ENTRY,
  ENTRY_NAME,
  formatLeak,
  inputName,
  inputSizes,
  packageOf,
} from '../case-run-bundle.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the case run bundle for the browser', () => {
  it('carries no authoring code: nothing from modules/authoring/, yaml, zod, xstate/graph or Node', async () => {
    const { metafile } = await bundleEntry(root);
    expect(authoringLeaks(metafile).map(formatLeak)).toEqual([]);
    const inputs = Object.keys(metafile.inputs).map(inputName);
    expect(inputs).toEqual(
      expect.arrayContaining([
        'modules/case-run/case-run.ts',
        'modules/case-run/case-summary.ts',
        'modules/case/compile-case.ts',
      ]),
    );
    expect(inputs.filter((input) => packageOf(input) === 'xstate').length).toBeGreaterThan(0);
    // The build already checked each case: the player compiles without the structure checks.
    const kept = inputSizes(metafile).map((size) => size.input);
    expect(kept).not.toContain('modules/case/check-case-structure.ts');
  });

  it('and neither does the case player island, with its progress storage (no zod either)', async () => {
    const { metafile } = await bundleEntry(root, CASE_PLAYER_ENTRY);
    expect(authoringLeaks(metafile).map(formatLeak)).toEqual([]);
    const inputs = Object.keys(metafile.inputs).map(inputName);
    expect(inputs).toEqual(
      expect.arrayContaining(['src/islands/CasePlayer.tsx', 'src/storage/update-progress.ts']),
    );
  });
});

describe('authoringLeaks', () => {
  it('names each leak once, with the shortest import chain from the entry', async () => {
    const { metafile } = await bundleEntry(
      root,
      "export { loadContent } from './modules/authoring/load-content.ts';",
    );
    const leaks = authoringLeaks(metafile);
    expect(leaks.map((leak) => leak.what)).toEqual(
      expect.arrayContaining(['modules/authoring/load-content.ts', 'yaml', 'zod', 'node:fs', 'node:path']),
    );
    expect(new Set(leaks.map((leak) => leak.what)).size).toBe(leaks.length);
    const byName = new Map(leaks.map((leak) => [leak.what, leak]));
    expect(formatLeak(byName.get('modules/authoring/load-content.ts')!)).toBe(
      `modules/authoring/load-content.ts: ${ENTRY_NAME} → modules/authoring/load-content.ts`,
    );
    expect(byName.get('node:fs')!.chain).toEqual([
      ENTRY_NAME,
      'modules/authoring/load-content.ts',
      'node:fs',
    ]);
    expect(byName.get('yaml')!.chain.slice(0, 3)).toEqual([
      ENTRY_NAME,
      'modules/authoring/load-content.ts',
      'modules/authoring/parse-yaml.ts',
    ]);
  });

  it('finds xstate/graph (which lives in xstate/dist/) and a built-in imported without node:', async () => {
    const graph = await bundleEntry(root, "export { getShortestPaths } from 'xstate/graph';");
    expect(authoringLeaks(graph.metafile).map((leak) => leak.what)).toEqual(['xstate/graph']);
    const fs = await bundleEntry(
      root,
      "import { readFileSync } from 'fs';\nexport const read = readFileSync;",
    );
    expect(authoringLeaks(fs.metafile).map(formatLeak)).toEqual([`fs: ${ENTRY_NAME} → fs`]);
  });

  it('catches zod brought in by `import { type … }`, which verbatimModuleSyntax keeps', async () => {
    const { metafile } = await bundleEntry(
      root,
      "export { noCase } from './tests/bench/harness/fixtures/type-import.ts';",
    );
    expect(authoringLeaks(metafile).map(formatLeak)).toEqual([
      `zod: ${ENTRY_NAME} → tests/bench/harness/fixtures/type-import.ts → modules/case/case.schema.ts → node_modules/zod/index.js`,
    ]);
  });

  it('ignores imports esbuild dropped as unused, which its metafile also marks external', () => {
    const metafile = {
      inputs: { [ENTRY_NAME]: { imports: [{ path: './modules/case/case.schema.ts', external: true }] } },
    };
    expect(authoringLeaks(metafile)).toEqual([]);
  });
});

describe('inputName and packageOf', () => {
  it('name a package input from node_modules/ on, wherever a linked node_modules points', () => {
    expect(inputName('../main/node_modules/xstate/dist/raise.esm.js')).toBe(
      'node_modules/xstate/dist/raise.esm.js',
    );
    expect(inputName('modules/case/compile-case.ts')).toBe('modules/case/compile-case.ts');
    expect(packageOf('../main/node_modules/xstate/dist/raise.esm.js')).toBe('xstate');
    expect(packageOf('node_modules/@scope/name/index.js')).toBe('@scope/name');
    expect(packageOf('node_modules/a/node_modules/b/index.js')).toBe('b');
    expect(packageOf('modules/case/compile-case.ts')).toBeNull();
  });
});

describe('bundleRows', () => {
  const metafile = {
    outputs: {
      'out.js': {
        inputs: {
          '../main/node_modules/xstate/dist/a.js': { bytesInOutput: 500 },
          '../main/node_modules/xstate/dist/b.js': { bytesInOutput: 200 },
          'modules/a.ts': { bytesInOutput: 250 },
          'modules/b.ts': { bytesInOutput: 40 },
          'modules/c.ts': { bytesInOutput: 10 },
          'modules/types-only.ts': { bytesInOutput: 0 },
        },
      },
    },
  };
  const code = new TextEncoder().encode('x'.repeat(1000));

  it('sums packages into one row each and leaves out inputs with no bytes', () => {
    expect(inputSizes(metafile)).toEqual([
      { input: 'node_modules/xstate', files: 2, bytes: 700 },
      { input: 'modules/a.ts', files: 1, bytes: 250 },
      { input: 'modules/b.ts', files: 1, bytes: 40 },
      { input: 'modules/c.ts', files: 1, bytes: 10 },
    ]);
  });

  it('gives the whole bundle raw and gzip, then the largest inputs and the rest in one row', () => {
    expect(bundleRows({ code, metafile }, 2)).toEqual([
      { part: 'whole bundle (esm, minified)', raw: 1000, gzip: gzipSync(code).length, share: '100%' },
      { part: 'node_modules/xstate (2 files)', raw: 700, share: '70.0%' },
      { part: 'modules/a.ts', raw: 250, share: '25.0%' },
      { part: '2 smaller inputs', raw: 50, share: '5.0%' },
    ]);
  });
});
