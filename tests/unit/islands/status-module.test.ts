import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { moduleStatus } from '../../../modules/progress/module-status.ts';
import { emptyProgress } from '../../../modules/progress/progress.ts';
import { expertPath } from '../../../modules/case/expert-path.ts';
import { hashCaseSync } from '../../../modules/authoring/hash-case-sync.ts';
import { scoreAttempt } from '../../../modules/scoring/score-attempt.ts';
import { statusModule } from '../../../src/islands/status-module.ts';
import { verifyTableEntries, verifyTableEntrySchema } from '../../../src/loaders/verify-table-entries.ts';
import { moduleData } from '../../../src/lib/module-data.ts';

const content = loadContent(new URL('../../../', import.meta.url).pathname);

describe('a module page’s status input', { timeout: 60_000 }, () => {
  it('has a verify table for every real case that the collection schema accepts (bad endings included)', () => {
    const tables = verifyTableEntries(content);
    expect(tables.some((table) => table.nodes.some((node) => node.bad))).toBe(true);
    for (const table of tables) expect(verifyTableEntrySchema.safeParse(table).error).toBeUndefined();
  });

  it('scores the real cases of every module from their tables as scoreAttempt does', () => {
    const tables = new Map(verifyTableEntries(content).map((table) => [table.id, table]));
    for (const group of content.beroepsgroepen) {
      const cases = content.cases.filter(({ compiled }) => compiled.def.beroepsgroep === group.id);
      const lessons = content.lessons
        .filter((lesson) => lesson.beroepsgroep === group.id)
        .map(({ slug, lesson }) => ({ slug, entry: { data: lesson } }));
      const data = moduleData(
        group,
        lessons,
        cases.map(({ compiled }) => ({ data: compiled.def })),
        tables,
      );
      const attempts = cases.map(({ compiled, authored }, i) => ({
        kind: 'poging' as const,
        version: 2 as const,
        caseId: compiled.def.id,
        caseVersion: compiled.def.version,
        caseHash: hashCaseSync(authored),
        startedAt: new Date(Date.UTC(2026, 10, 22, 9, i)).toISOString(),
        seed: null,
        events: expertPath(compiled)!.slice(0, i === 0 ? undefined : 2),
      }));
      const status = moduleStatus(statusModule(data), { ...emptyProgress(), attempts });
      expect(status.cases.map((c) => c.state)).toEqual(cases.map((_, i) => (i === 0 ? 'klaar' : 'bezig')));
      const first = cases[0]!.compiled;
      const expert = scoreAttempt(first, expertPath(first)!);
      expect(status.cases[0]!.best).toEqual({
        total: expert.total,
        max: expert.max,
        passed: true,
        complete: true,
      });
    }
  });
});
