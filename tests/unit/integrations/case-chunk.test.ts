import type { ChunkingContext } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { caseChunk } from '../../../src/integrations/case-chunk.ts';

/** The case page's script, which wakes the player (PageIsland.astro). */
const SCRIPT = '/site/src/pages/[beroepsgroep]/casussen/[casus].astro?astro&type=script&index=0&lang.ts';
const PLAYER = '/site/src/islands/CasePlayer.tsx';
const LEERTAFEL = '/site/src/islands/leertafel/Leertafel.tsx';
const WIJZER = '/site/src/islands/wijzer/Wijzer.tsx';

/** A module graph as Rolldown describes it: each module with what it imports statically and with import(). */
function graph(
  modules: Record<string, { imports?: string[]; lazy?: string[]; entry?: boolean }>,
): ChunkingContext {
  const importers = (id: string, kind: 'imports' | 'lazy') =>
    Object.entries(modules)
      .filter(([, m]) => m[kind]?.includes(id))
      .map(([importer]) => importer);
  return {
    getModuleInfo: (id) =>
      id in modules
        ? ({
            id,
            isEntry: modules[id]!.entry ?? false,
            importers: importers(id, 'imports'),
            dynamicImporters: importers(id, 'lazy'),
            importedIds: modules[id]!.imports ?? [],
          } as unknown as ReturnType<ChunkingContext['getModuleInfo']>)
        : null,
  };
}

describe('caseChunk', () => {
  const ctx = graph({
    [SCRIPT]: { entry: true, imports: [PLAYER] },
    [PLAYER]: {
      imports: ['run', 'player-only', 'shared-with-wijzer', 'later-elsewhere'],
      lazy: ['result'],
    },
    [LEERTAFEL]: { entry: true, imports: ['run', 'leertafel-only', 'shared-with-wijzer', 'later-elsewhere'] },
    [WIJZER]: { entry: true, imports: ['shared-with-wijzer'], lazy: ['summary'] },
    run: { imports: ['machine'] },
    machine: {},
    'player-only': {},
    'leertafel-only': {},
    'shared-with-wijzer': {},
    'later-elsewhere': {},
    result: { imports: ['run', 'player-only'] },
    summary: { imports: ['later-elsewhere'] },
  });

  it('puts what both case islands load at once, and nothing else uses, in the case chunk', () => {
    expect(caseChunk('run', ctx)).toBe('case');
    expect(caseChunk('machine', ctx)).toBe('case');
  });

  it('leaves the islands, what one island alone uses and what loads later to Rolldown', () => {
    expect(caseChunk(SCRIPT, ctx)).toBeNull();
    expect(caseChunk(PLAYER, ctx)).toBeNull();
    expect(caseChunk('player-only', ctx)).toBeNull();
    expect(caseChunk('leertafel-only', ctx)).toBeNull();
    expect(caseChunk('result', ctx)).toBeNull();
  });

  it('keeps out what another island loads, at once or later, so no other page loads more', () => {
    expect(caseChunk('shared-with-wijzer', ctx)).toBeNull();
    expect(caseChunk('later-elsewhere', ctx)).toBeNull();
  });
});
