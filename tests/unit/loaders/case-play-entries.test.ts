import { describe, expect, it } from 'vitest';
import { readArchive } from '../../../modules/authoring/archive-files.ts';
import { buildCaseGraph } from '../../../modules/authoring/case-graph.ts';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import type { CompiledCase } from '../../../modules/case/compile-case.ts';
import { compilePlayableCase } from '../../../modules/case-run/playable-case.ts';
import { maxScore } from '../../../modules/scoring/score-attempt.ts';
import {
  casePlayEntries,
  casePlayEntrySchema,
  caseTableEntries,
} from '../../../src/loaders/case-play-entries.ts';

const root = new URL('../../../', import.meta.url).pathname;
const content = loadContent(root);
const entries = casePlayEntries(content);

describe('casePlayEntries', () => {
  it('has one playable case per checked case, with the hash the archive holds for its version', () => {
    expect(entries.map((entry) => entry.id)).toEqual(content.cases.map(({ compiled }) => compiled.def.id));
    const { archives } = readArchive(root);
    for (const entry of entries) {
      const archived = archives
        .find((archive) => archive.caseId === entry.id)
        ?.versions.find((v) => v.version === entry.def.version);
      expect(entry.hash, entry.id).toBe(archived?.hash);
      expect(entry.sector, entry.id).toBe(archived?.sector);
    }
  });

  it('leaves out the leertafel questions, and plays like the case checked at build', () => {
    for (const [i, entry] of entries.entries()) {
      expect(
        entry.def.nodes.some((node) => 'discussion' in node),
        entry.id,
      ).toBe(false);
      const compiled = compilePlayableCase(entry);
      const built = content.cases[i]!.compiled;
      expect(compiled.passPercentage, entry.id).toBe(built.passPercentage);
      expect(maxScore(compiled), entry.id).toBe(maxScore(built));
    }
  });

  it("carries the events of its own actions only, and its machine moves as the build's does at every moment", () => {
    const moves = (compiled: CompiledCase) =>
      [...buildCaseGraph(compiled, 5000)!.states.values()].map(({ key, edges, refused }) => ({
        key,
        edges,
        refused,
      }));
    for (const [i, entry] of entries.entries()) {
      const taken = new Set(
        entry.def.nodes.flatMap((node) => (node.choices ?? []).map((choice) => choice.action)),
      );
      taken.delete(undefined);
      taken.delete('acuut-handelen');
      expect(new Set(Object.keys(entry.events)), entry.id).toEqual(taken);
      expect(moves(compilePlayableCase(entry)), entry.id).toEqual(moves(content.cases[i]!.compiled));
    }
  });

  it('passes the collection schema unchanged', () => {
    for (const entry of entries) expect(casePlayEntrySchema.parse(entry)).toEqual(entry);
  });
});

describe('caseTableEntries', () => {
  it('keeps the discussion questions for a leertafel, and is otherwise the same as the player gets', () => {
    const tables = caseTableEntries(content);
    expect(tables.some((entry) => entry.def.nodes.some((node) => node.discussion))).toBe(true);
    for (const [i, entry] of tables.entries()) {
      expect(entry.def).toEqual(content.cases[i]!.compiled.def);
      expect({ ...entry, def: null }).toEqual({ ...entries[i], def: null });
      expect(casePlayEntrySchema.parse(entry)).toEqual(entry);
    }
  });
});
