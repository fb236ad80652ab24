import { archivedCaseMessage } from '../scoring/archived-case-messages.ts';
import type { CaseArchive } from '../scoring/case-archive.ts';
import { scoreByVerifyTable, type TableScored, type VerifyTable } from '../scoring/verify-table.ts';

/** A case version a certificate names, ready to score its log; or why it cannot be found. */
export type CaseCheck =
  | { ok: true; title: string; passPercentage: number; score(log: string): TableScored }
  | { ok: false; message: string };

/** Finds the case version a certificate names (id, version, hash). */
export type CaseLookup = (id: string, version: number, hash: string) => Promise<CaseCheck>;

/** How logs are scored: with verify tables (default), or replayed on the case machine (the reference, for the bench). */
export type Scorer = 'table' | 'machine';

/**
 * A lookup over precomputed verify tables (what the build serves to the organisation page): no case
 * text and no case machine needed. Messages are the archive's (archived-case-messages.ts).
 */
export function tableLookup(tables: readonly VerifyTable[]): CaseLookup {
  const byId = new Map<string, VerifyTable[]>();
  for (const table of tables) byId.set(table.id, [...(byId.get(table.id) ?? []), table]);
  return async (id, version, hash) => {
    const fail = (code: Parameters<typeof archivedCaseMessage>[0], known?: number[]) =>
      ({ ok: false, message: archivedCaseMessage(code, id, version, known) }) as const;
    const versions = byId.get(id);
    if (!versions) return fail('onbekende-casus');
    const table = versions.find((t) => t.version === version);
    if (!table)
      return fail(
        'onbekende-versie',
        versions.map((t) => t.version),
      );
    if (table.hash !== hash) return fail('andere-hash');
    return {
      ok: true,
      title: table.title,
      passPercentage: table.pass,
      score: (log) => scoreByVerifyTable(table, log),
    };
  };
}

/**
 * A lookup over the case archives (content/archief): each version named is hash-checked and compiled
 * once (loadArchivedCase), then scored with its verify table, or replayed on the machine when asked.
 * The compiler and xstate are loaded only when this lookup is first used.
 */
export function archiveLookup(cases: readonly CaseArchive[], scorer: Scorer = 'table'): CaseLookup {
  const found = new Map<string, Promise<CaseCheck>>();
  return (id, version, hash) => {
    const key = `${id}@${version}#${hash}`;
    let check = found.get(key);
    if (!check) found.set(key, (check = loadCheck(cases, id, version, hash, scorer)));
    return check;
  };
}

async function loadCheck(
  cases: readonly CaseArchive[],
  id: string,
  version: number,
  hash: string,
  scorer: Scorer,
): Promise<CaseCheck> {
  const [{ loadArchivedCase }, { makeVerifyTable }, { replayScore }] = await Promise.all([
    import('../scoring/load-archived-case.ts'),
    import('../scoring/make-verify-table.ts'),
    import('./replay-score.ts'),
  ]);
  const loaded = await loadArchivedCase(cases, id, version, hash);
  if (!loaded.ok) return loaded;
  const { compiled } = loaded;
  const table = scorer === 'table' ? makeVerifyTable(compiled, hash) : undefined;
  return {
    ok: true,
    title: compiled.def.title,
    passPercentage: compiled.passPercentage,
    score: (log) => (table ? scoreByVerifyTable(table, log) : replayScore(compiled, log)),
  };
}
