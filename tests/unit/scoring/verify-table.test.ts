import { describe, expect, it } from 'vitest';
import { readArchive } from '../../../modules/authoring/archive-files.ts';
import { replayScore } from '../../../modules/certificate/replay-score.ts';
import type { CompiledCase } from '../../../modules/case/compile-case.ts';
import { expertPath } from '../../../modules/case/expert-path.ts';
import { compileArchivedVersion } from '../../../modules/scoring/compile-archived-version.ts';
import { encodeLog } from '../../../modules/scoring/log-codec.ts';
import { makeVerifyTable } from '../../../modules/scoring/make-verify-table.ts';
import { scoreByVerifyTable, type VerifyTable } from '../../../modules/scoring/verify-table.ts';

// Certificate verification scores logs with the verify table instead of replaying them on the case
// machine. These tests show, for every archived case version (what certificates name), that the
// table gives exactly what the replay gives (replayScore: decodeLog, then scoreAttempt, whose ReplayError becomes
// the message), for: the expert route; every moment of the case reached and left by every choice
// written there, allowed or refused; every route without retries; thousands of random walks with
// retries and refused choices; and broken logs (junk, cut short, running past the end, positions
// that do not exist).

const root = new URL('../../../', import.meta.url).pathname;
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';

const versions = readArchive(root).archives.flatMap((archive) =>
  archive.versions.map((entry) => {
    const compiled = compileArchivedVersion(archive.caseId, entry);
    if (!compiled.ok) throw new Error(`${archive.caseId}: ${compiled.problems.join('; ')}`);
    return {
      name: `${archive.caseId}@${entry.version}`,
      compiled: compiled.compiled,
      table: makeVerifyTable(compiled.compiled, entry.hash),
    };
  }),
);

function agree(compiled: CompiledCase, table: VerifyTable, log: string) {
  expect(scoreByVerifyTable(table, log), `${table.id}: ${log}`).toEqual(replayScore(compiled, log));
}

/** A seeded pseudo-random generator (mulberry32), so a failure can be repeated. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The positions of a route through the nodes: each next decision at the chosen choice's next. */
function walk(table: VerifyTable, choose: (choices: number) => number | null): string {
  let node = table.states[0]![0]!;
  let positions = '';
  for (let step = 0; step < 200; step++) {
    const choices = table.nodes[node]!.choices ?? [];
    const position = choose(choices.length);
    if (position === null) break;
    positions += DIGITS[position];
    if (!choices[position]) break;
    node = choices[position].next;
  }
  return `1.7.${positions}`;
}

describe(
  'the verify table of every archived case version scores as the replay does',
  { timeout: 120_000 },
  () => {
    it('there are archived versions to check, each a small table', () => {
      expect(versions.length).toBeGreaterThan(20);
      for (const { table } of versions) expect(table.states.length).toBeLessThan(5_000);
    });

    it('the expert route, with seeds and without', () => {
      for (const { compiled, table } of versions) {
        const expert = expertPath(compiled)!;
        const events = expert.map((step) => ({ ...step, at: '2026-12-02T10:00:00.000Z' }));
        for (const seed of [null, 0, 12345, 0xffffffff]) {
          const log = encodeLog(compiled.def, { seed, events });
          if (!log.ok) throw new Error(log.message);
          agree(compiled, table, log.value);
          expect(scoreByVerifyTable(table, log.value)).toMatchObject({ ok: true, score: { passed: true } });
        }
      }
    });

    it('every moment, left by every choice written there (allowed or refused), and every route without retries', () => {
      let checked = 0;
      for (const { compiled, table } of versions) {
        // The first route to each moment, breadth-first over the table; then each position from there.
        const routes = new Map<number, string>([[0, '']]);
        for (const [state, route] of routes) {
          const row = table.states[state]!;
          const choices = table.nodes[row[0]!]!.choices ?? [];
          for (let position = 0; position <= choices.length; position++) {
            agree(compiled, table, `1..${route}${DIGITS[position]}`);
            checked++;
            const to = row[2 + position];
            if (to !== undefined && to >= 0 && !routes.has(to)) routes.set(to, route + DIGITS[position]);
          }
          agree(compiled, table, `1..${route}`);
        }
        expect(routes.size).toBe(table.states.length);
        // Every route that never retries (each choice at most once a node), up to 5,000 per case.
        let count = 0;
        const visit = (node: number, positions: string) => {
          if (count++ > 5_000) return;
          const choices = table.nodes[node]!.choices;
          if (!choices) return agree(compiled, table, `1.1.${positions}`);
          choices.forEach((choice, position) => {
            if (choice.next !== node) visit(choice.next, positions + DIGITS[position]);
          });
        };
        visit(table.states[0]![0]!, '');
      }
      expect(checked).toBeGreaterThan(500);
    });

    it('random walks with retries and refused choices', () => {
      const next = random(20261202);
      // 30 a version: each replay takes about 1 ms on the case machine, and the archive grows with
      // every case version (about 150 now, so thousands of walks; the first test covers every moment
      // and choice already).
      for (const { compiled, table } of versions)
        for (let i = 0; i < 30; i++) {
          const log = walk(table, (choices) =>
            choices === 0 ? (next() < 0.8 ? null : 0) : Math.floor(next() * choices),
          );
          agree(compiled, table, log);
        }
    });

    it('broken logs: junk, cut short, past the end, positions that do not exist', () => {
      const next = random(9);
      for (const { compiled, table } of versions) {
        const events = expertPath(compiled)!.map((step) => ({ ...step, at: '2026-12-02T10:00:00.000Z' }));
        const encoded = encodeLog(compiled.def, { seed: 3, events });
        if (!encoded.ok) throw new Error(encoded.message);
        const expert = encoded.value;
        for (const log of [
          '',
          '1',
          '1.',
          '2..0',
          '1.0.0',
          '1.00.0',
          '1.zzzzzzz.0',
          '1..',
          '1..!',
          `1..${'0'.repeat(300)}`,
          `1..${'_'.repeat(3)}`,
          expert.slice(0, -2),
          `${expert}0`,
          `${expert}00`,
          `${expert}${DIGITS[40]}`,
        ])
          agree(compiled, table, log);
        for (let i = 0; i < 100; i++) {
          const length = Math.floor(next() * 12);
          let positions = '';
          for (let j = 0; j < length; j++) positions += DIGITS[Math.floor(next() * (next() < 0.9 ? 5 : 64))];
          agree(compiled, table, `1.${Math.floor(next() * 1000).toString(36)}.${positions}`);
        }
      }
    });
  },
);
