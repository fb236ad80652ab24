import { describe, expect, it } from 'vitest';
import { readArchive } from '../../../modules/authoring/archive-files.ts';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { actionEvents } from '../../../modules/case/case-action.ts';
import type { CaseDef } from '../../../modules/case/case.schema.ts';
import { caseSchema } from '../../../modules/case/case.schema.ts';
import { compileCheckedCase, type CompiledCase } from '../../../modules/case/compile-case.ts';
import { routeTarget } from '../../../modules/case/consequences.ts';
import { criticalActions, criticalChoices } from '../../../modules/case/critical-choices.ts';
import { criticalCategories, type CriticalCategory } from '../../../modules/case/critical-category.ts';
import { expertPath, type LogStep } from '../../../modules/case/expert-path.ts';
import { summarizeRun } from '../../../modules/case-run/case-summary.ts';
import { summaryLines } from '../../../modules/cli/print-summary.ts';
import { compileArchivedVersion } from '../../../modules/scoring/compile-archived-version.ts';
import { encodeLog } from '../../../modules/scoring/log-codec.ts';

import { makeVerifyTable } from '../../../modules/scoring/make-verify-table.ts';
import { scoreAttempt } from '../../../modules/scoring/score-attempt.ts';
import { scoreSteps } from '../../../modules/scoring/score-steps.ts';
import { scoreByVerifyTable } from '../../../modules/scoring/verify-table.ts';
import { nl } from '../../../modules/strings/nl.ts';

// A dangerous choice, taken first at a moment, fails the attempt whatever its points, and the result
// names it: which category, why it is dangerous, what the meldcode asks. One rule
// (case/critical-choices.ts) serves scoreAttempt, the verify table (module page) and the verify table
// (certificates), so all three must say the same.

const root = new URL('../../../', import.meta.url).pathname;
const content = loadContent(root);
const cases = new Map(content.cases.map(({ compiled }) => [compiled.def.id, compiled]));
const HASH = `sha256:${'0'.repeat(64)}`;

/** The expert route, with `choice` taken first at `node` (a retry returns there; else the route goes on from its next). */
function withMistake(compiled: CompiledCase, node: string, choice: string): LogStep[] {
  const log: LogStep[] = [];
  let at = compiled.def.start;
  let mistake = false;
  for (let i = 0; i < 200; i++) {
    const current = compiled.nodes.get(at)!;
    if (current.end) return log;
    const pick =
      at === node && !mistake
        ? ((mistake = true), current.choices!.find((c) => c.id === choice)!)
        : current.choices!.find((c) => c.verdict === 'goed')!;
    log.push({ node: at, choice: pick.id });
    at = routeTarget(compiled.def, pick.next); // through any consequence of the mistake
  }
  throw new Error(`${compiled.def.id}: no ending after ${node}/${choice}`);
}

/** What each scorer says about a log: scoreAttempt, the verify table on steps and on a compact log. */
function judged(compiled: CompiledCase, log: LogStep[]) {
  const score = scoreAttempt(compiled, log);
  const table = scoreSteps(makeVerifyTable(compiled, HASH), log);
  const encoded = encodeLog(compiled.def, { seed: null, events: log });
  if (!encoded.ok) throw new Error(encoded.message);
  const verified = scoreByVerifyTable(makeVerifyTable(compiled, HASH), encoded.value);
  return { score, table, verified };
}

/** One real dangerous choice per category: case, moment, choice. */
const examples: Record<CriticalCategory, [string, string, string]> = {
  // Advising a girl at risk of honour-based violence to talk it out with her father.
  'familie-of-verdachte-eerst': ['aylin-zomervakantie', 'mentorgesprek', 'zelf-uitpraten'],
  'geheimhouding-beloven': ['noor-vertelt-op-de-bso', 'aan-tafel', 'geheim-beloven'],
  // Derived: the expert acts at once in acute danger; this choice leaves and talks it over tomorrow.
  'wachten-bij-acuut-gevaar': ['dreiging-bij-linda', 'nu-handelen', 'morgen-collega'],
  // "Ik meld niet" where afweging 4 is nee.
  'niet-melden': ['kindcheck-bij-kim', 'melden-kim', 'geen-toestemming'],
  // Reporting a suspected colleague to Veilig Thuis instead of to the houder.
  'wettelijke-route-omzeilen': ['collega-tijdens-slaapje', 'wie-informeren', 'veilig-thuis'],
  'afsluiten-zonder-afspraken': ['mila-huilt-veel', 'effecten-volgen', 'dossier-dicht'],
  // Sending a baby with a fracture home without consulting anyone.
  'letsel-niet-laten-beoordelen': ['luuk-op-de-seh', 'overleg-kinderarts', 'alleen-gips'],
};

describe('each category of dangerous choice', () => {
  it('has a real example, and a name, a danger and what the meldcode asks, in Dutch with "je"', () => {
    expect(Object.keys(examples).sort()).toEqual([...criticalCategories].sort());
    expect(Object.keys(nl.critical).sort()).toEqual([...criticalCategories].sort());
    for (const category of criticalCategories) {
      const { name, why, asks } = nl.critical[category];
      for (const text of [name, why, asks]) {
        expect(text.trim(), category).not.toBe('');
        expect(text, category).not.toMatch(/\b(u|uw|U|Uw)\b/);
      }
      expect(why, category).toMatch(/\bje\b/i);
    }
  });

  for (const [category, [caseId, node, choice]] of Object.entries(examples) as [
    CriticalCategory,
    [string, string, string],
  ][])
    it(`${category}: ${caseId} fails with one such choice, and the result says which and why`, () => {
      const compiled = cases.get(caseId)!;
      const log = withMistake(compiled, node, choice);
      const { score, table, verified } = judged(compiled, log);
      const phase = compiled.nodes.get(node)!.phase;
      // On points alone the attempt would pass: the one dangerous choice fails it.
      expect(score.complete).toBe(true);
      expect(score.total * 100).toBeGreaterThanOrEqual(compiled.passPercentage * score.max);
      expect(score.passed).toBe(false);
      expect(score.critical).toEqual([{ node, phase, choice, category }]);
      // The module page and verification agree.
      expect(table).toMatchObject({ passed: false, critical: [category] });
      expect(verified).toMatchObject({ ok: true, score: { passed: false, critical: [category] } });
      // The player's result and the terminal name it, why it is dangerous, and what the meldcode asks.
      const summary = summarizeRun(compiled, log);
      const label = compiled.nodes.get(node)!.choices!.find((c) => c.id === choice)!.label;
      expect(summary.verdict).toBe(nl.result.criticalFailed);
      expect(summary.critical).toEqual([
        expect.objectContaining({ node, category, label, ...nl.critical[category] }),
      ]);
      const lines = summaryLines(summary).join('\n');
      for (const text of [
        nl.critical[category].name,
        nl.critical[category].why,
        nl.critical[category].asks,
        label,
      ])
        expect(lines).toContain(text);
    });
});

describe('the dangerous choices of issue 15', () => {
  it('each fails the attempt, in its category', () => {
    const issue: [string, string, string, CriticalCategory][] = [
      ['aylin-zomervakantie', 'mentorgesprek', 'zelf-uitpraten', 'familie-of-verdachte-eerst'],
      ['dina-en-de-familie-eer', 'na-de-workshop', 'uitpraten', 'familie-of-verdachte-eerst'],
      ['zusje-van-ifrah', 'overleg-af', 'moeder-bellen', 'familie-of-verdachte-eerst'],
      ['collega-tijdens-slaapje', 'wie-informeren', 'veilig-thuis', 'wettelijke-route-omzeilen'],
      ['berichten-van-de-gymdocent', 'wie-informeren', 'veilig-thuis', 'wettelijke-route-omzeilen'],
      ['luuk-op-de-seh', 'overleg-kinderarts', 'alleen-gips', 'letsel-niet-laten-beoordelen'],
      ['kindcheck-bij-kim', 'melden-kim', 'geen-toestemming', 'niet-melden'],
      ['naomi-vertelt-over-thuis', 'melden-naomi', 'zonder-toestemming-niet', 'niet-melden'],
      ['fatima-28-weken', 'melden-fatima', 'niet-melden', 'niet-melden'],
    ];
    for (const [caseId, node, choice, category] of issue) {
      const compiled = cases.get(caseId)!;
      const score = scoreAttempt(compiled, withMistake(compiled, node, choice));
      expect(score.passed, `${caseId}/${node}/${choice}`).toBe(false);
      expect(score.critical.map((miss) => miss.category)).toEqual([category]);
    }
  });
});

describe('every dangerous choice in the real content', () => {
  it('fails the attempt on its own, and all three scorers say so in its category', () => {
    let marked = 0;
    for (const compiled of cases.values()) {
      const onRoute = new Set(expertPath(compiled)!.map((step) => step.node));
      for (const node of compiled.def.nodes) {
        if (!onRoute.has(node.id)) continue;
        for (const [choice, category] of criticalChoices(node)) {
          if (node.choices!.find((c) => c.id === choice)!.critical) marked++;
          const { score, table, verified } = judged(compiled, withMistake(compiled, node.id, choice));
          const where = `${compiled.def.id}/${node.id}/${choice}`;
          expect(score.passed, where).toBe(false);
          expect(
            score.critical.map((miss) => miss.category),
            where,
          ).toEqual([category]);
          expect(table?.critical, where).toEqual([category]);
          expect(verified.ok && verified.score.critical, where).toEqual([category]);
        }
      }
    }
    expect(marked).toBeGreaterThanOrEqual(100);
  });

  it('is never the expert answer, and authors use every category', () => {
    const used = new Set<CriticalCategory>();
    for (const compiled of cases.values())
      for (const node of compiled.def.nodes) {
        const critical = criticalChoices(node);
        for (const choice of node.choices ?? []) {
          if (choice.verdict === 'goed') expect(critical.has(choice.id)).toBe(false);
          if (choice.critical) used.add(choice.critical);
        }
      }
    expect([...used].sort()).toEqual([...criticalCategories].sort());
  });
});

describe('derived criticality', () => {
  const compiled = cases.get('luuk-op-de-seh')!;
  const node = compiled.nodes.get('afweging-2-luuk')!;
  const expert = node.choices!.find((c) => c.verdict === 'goed')!;
  /** The case with one choice at afweging 2 changed, compiled as the player does. */
  const edited = (change: Record<string, unknown>): CompiledCase => {
    const def: CaseDef = {
      ...compiled.def,
      nodes: compiled.def.nodes.map((n) =>
        n.id === node.id
          ? { ...n, choices: n.choices!.map((c) => (c.id === 'nu-veilig' ? { ...c, ...change } : c)) }
          : n,
      ),
    };
    return compileCheckedCase(def, {
      sector: compiled.input.sector,
      passPercentage: compiled.passPercentage,
      events: actionEvents(def),
    });
  };

  it('comes from the meaning: where the expert reports, every other choice is niet-melden', () => {
    expect(criticalActions[expert.action!]).toBe('niet-melden');
    expect(node.choices!.some((c) => c.critical)).toBe(false);
    expect([...criticalChoices(node)]).toEqual([
      ['nu-veilig', 'niet-melden'],
      ['zelf-volgen', 'niet-melden'],
    ]);
  });

  it('cannot be softened by a case: leaving critical out, or naming another category, keeps it critical', () => {
    for (const change of [{ critical: undefined }, { critical: 'geheimhouding-beloven' }]) {
      const changed = edited(change);
      const score = scoreAttempt(changed, withMistake(changed, node.id, 'nu-veilig'));
      expect(score.passed).toBe(false);
      expect(score.critical).toHaveLength(1);
    }
  });

  it('and the schema refuses anything but a category: no false, no "geen"', () => {
    for (const value of [false, 'geen', 'nee', null]) {
      const authored = structuredClone(content.cases.find((c) => c.compiled === compiled)!.authored);
      const choices = (authored.nodes as { id: string; choices?: Record<string, unknown>[] }[]).find(
        (n) => n.id === node.id,
      )!.choices!;
      choices.find((c) => c.id === 'nu-veilig')!.critical = value;
      const parsed = caseSchema.safeParse(authored);
      expect(parsed.success, String(value)).toBe(false);
      expect(parsed.error!.issues[0]!.path.at(-1)).toBe('critical');
    }
  });
});

describe('a case version archived before authors marked choices', () => {
  const { archives } = readArchive(root);
  const version = (id: string, v: number) => {
    const entry = archives.find((a) => a.caseId === id)!.versions.find((e) => e.version === v)!;
    const compiled = compileArchivedVersion(id, entry);
    if (!compiled.ok) throw new Error(compiled.problems.join('; '));
    return compiled.compiled;
  };

  it('keeps scoring by the rules of its edition: a choice marked only later does not fail it', () => {
    const before = version('aylin-zomervakantie', 1);
    const after = version('aylin-zomervakantie', 2);
    const log = withMistake(before, 'mentorgesprek', 'zelf-uitpraten');
    expect(withMistake(after, 'mentorgesprek', 'zelf-uitpraten')).toEqual(log);
    const old = judged(before, log);
    expect(old.score).toMatchObject({ passed: true, critical: [] });
    expect(old.table).toMatchObject({ passed: true, critical: [] });
    expect(old.verified).toMatchObject({ ok: true, score: { passed: true, critical: [] } });
    const now = judged(after, log);
    expect(now.score.passed).toBe(false);
    expect(now.verified).toMatchObject({ score: { critical: ['familie-of-verdachte-eerst'] } });
  });

  it('has only the misses the engine derives: every other choice where the expert reports or acts in acute danger', () => {
    let unmarked = 0;
    for (const archive of archives)
      for (const entry of archive.versions) {
        const marks = JSON.stringify(entry.case).includes('"critical"');
        if (marks) continue;
        unmarked++;
        const compiled = version(archive.caseId, entry.version);
        for (const node of compiled.def.nodes) {
          const expert = node.choices?.find((c) => c.verdict === 'goed');
          const required = Boolean(expert?.action && criticalActions[expert.action]);
          const expected = (node.choices ?? []).filter((c) => required && c !== expert).map((c) => c.id);
          expect([...criticalChoices(node).keys()], `${archive.caseId}@${entry.version}/${node.id}`).toEqual(
            expected,
          );
        }
      }
    expect(unmarked).toBeGreaterThanOrEqual(33);
  });
});
