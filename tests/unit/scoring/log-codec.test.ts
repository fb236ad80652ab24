import { describe, expect, it } from 'vitest';
import { bestRoutes } from '../../../modules/authoring/best-routes.ts';
import { buildCaseGraph, routeTo } from '../../../modules/authoring/case-graph.ts';
import { STATE_LIMIT } from '../../../modules/authoring/check-case-paths.ts';
import type { CompiledCase } from '../../../modules/case/compile-case.ts';
import { routeTarget } from '../../../modules/case/consequences.ts';
import { expertPath } from '../../../modules/case/expert-path.ts';
import { decodeLog, encodeLog, type CompactLog } from '../../../modules/scoring/log-codec.ts';
import { expertEvents, fixtureCase, realCases } from './helpers.ts';

const cases = realCases();
const fixture = fixtureCase();

/** For every ending of the case: the first route found to it and the best-scoring route to it. */
function routes(compiled: CompiledCase) {
  const graph = buildCaseGraph(compiled, STATE_LIMIT)!;
  const best = bestRoutes(compiled.def, graph);
  const endings = [...graph.states.values()].filter((state) => state.snapshot.status === 'done');
  return endings.flatMap((end) => [routeTo(graph, end.key), best.routeTo(end.key)]);
}

/**
 * The real cases are mostly a line with retries (a wrong choice returns to its node), so the graph's
 * simple routes are few; this route makes every choice: at each node first the ones that return to
 * it, then the one that moves on.
 */
function everyChoiceRoute(compiled: CompiledCase, reverse: boolean): CompactLog['events'] {
  const events: CompactLog['events'] = [];
  const seen = new Set<string>();
  for (let at = compiled.def.start; !seen.has(at);) {
    seen.add(at);
    const choices = [...(compiled.nodes.get(at)!.choices ?? [])];
    if (reverse) choices.reverse();
    // A choice may lead through consequences; the log holds only where it lands.
    const target = (choice: (typeof choices)[number]) => routeTarget(compiled.def, choice.next);
    const onward = choices.filter((choice) => target(choice) !== at);
    const retries = choices.filter((choice) => target(choice) === at);
    for (const choice of [...retries, ...onward.slice(0, 1)]) events.push({ node: at, choice: choice.id });
    if (onward.length === 0) break;
    at = target(onward[0]);
  }
  return events;
}

/** A small seeded generator, so a failing walk can be reproduced. */
function random(seed: number) {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** A walk over the written graph, ignoring the stappenplan: the codec must carry any sequence of written choices. */
function walk(compiled: CompiledCase, next: () => number, length: number): CompactLog['events'] {
  const events: CompactLog['events'] = [];
  let at = compiled.def.start;
  while (events.length < length) {
    const choices = compiled.nodes.get(at)!.choices;
    if (!choices) break;
    const choice = choices[Math.floor(next() * choices.length)];
    events.push({ node: at, choice: choice.id });
    at = routeTarget(compiled.def, choice.next);
  }
  return events;
}

function roundTrip(compiled: CompiledCase, log: CompactLog) {
  const encoded = encodeLog(compiled.def, log);
  if (!encoded.ok) throw new Error(encoded.message);
  return { text: encoded.value, decoded: decodeLog(compiled.def, encoded.value) };
}

describe('the compact log', () => {
  it('writes a format marker, the seed in base 36 and one character per decision', () => {
    expect(encodeLog(fixture.def, { seed: 2 ** 32 - 1, events: expertEvents })).toEqual({
      ok: true,
      value: '1.1z141z3.0000',
    });
    expect(encodeLog(fixture.def, { seed: null, events: [] })).toEqual({ ok: true, value: '1..' });
  });

  it('round-trips the first and the best route to every ending of every real case, with and without a seed', () => {
    let count = 0;
    for (const compiled of cases) {
      for (const [i, events] of routes(compiled).entries()) {
        const seed = i % 2 === 0 ? null : 2 ** 32 - 1 - i;
        const { text, decoded } = roundTrip(compiled, { seed, events });
        expect(decoded, `${compiled.def.id}: ${text}`).toEqual({ ok: true, value: { seed, events } });
        expect(text.length).toBe(`1.${seed === null ? '' : seed.toString(36)}.`.length + events.length);
        count++;
      }
    }
    expect(count).toBeGreaterThanOrEqual(cases.length);
  });

  it('round-trips every choice at every node on the way: each retry once, in written and in reverse order', () => {
    for (const compiled of cases) {
      for (const reverse of [false, true]) {
        const events = everyChoiceRoute(compiled, reverse);
        expect(roundTrip(compiled, { seed: 7, events }).decoded).toEqual({
          ok: true,
          value: { seed: 7, events },
        });
      }
    }
  });

  it('round-trips random walks and unfinished attempts (every prefix of a walk)', () => {
    const next = random(20261122);
    for (const compiled of cases) {
      for (let n = 0; n < 50; n++) {
        const events = walk(compiled, next, Math.floor(next() * 40));
        const seed = Math.floor(next() * 2 ** 32);
        expect(roundTrip(compiled, { seed, events }).decoded).toEqual({ ok: true, value: { seed, events } });
      }
    }
  });

  it('keeps no decision times', () => {
    const timed = expertEvents.map((event) => ({ ...event, at: '2026-11-22T09:00:00.000Z' }));
    expect(roundTrip(fixture, { seed: 1, events: timed }).decoded).toEqual({
      ok: true,
      value: { seed: 1, events: expertEvents },
    });
  });

  it('is short: a real expert route fits in a few dozen characters', () => {
    for (const compiled of cases) {
      const { text } = roundTrip(compiled, { seed: 2 ** 32 - 1, events: expertPath(compiled)! });
      expect(text.length).toBeLessThan(40);
      expect(text).toMatch(/^[0-9a-zA-Z._-]+$/);
    }
  });
});

describe('a log that does not fit its case', () => {
  it('is refused when encoding, with the decision that does not fit', () => {
    expect(encodeLog(fixture.def, { seed: 1, events: [expertEvents[1]] })).toEqual({
      ok: false,
      code: 'past-niet',
      message:
        'Keuze 1 in het logboek past niet bij deze versie van de casus: verwacht moment "signalen", maar het logboek noemt "overleg".',
    });
    expect(
      encodeLog(fixture.def, { seed: 1, events: [{ node: 'signalen', choice: 'verzonnen' }] }),
    ).toMatchObject({ code: 'past-niet' });
    expect(encodeLog(fixture.def, { seed: 1, events: [...expertEvents, expertEvents[0]] })).toMatchObject({
      code: 'past-niet',
      message: expect.stringContaining('Keuze 5'),
    });
  });

  it('is refused when decoding a position the node does not have, or a decision after the ending', () => {
    expect(decodeLog(fixture.def, '1.1.0z')).toEqual({
      ok: false,
      code: 'past-niet',
      message:
        'Keuze 2 in het logboek past niet bij deze versie van de casus: moment "overleg" heeft geen keuze op plaats 36.',
    });
    expect(decodeLog(fixture.def, '1.1.00000')).toMatchObject({
      code: 'past-niet',
      message: expect.stringContaining('afgelopen'),
    });
  });
});

describe('a string that is not a compact log', () => {
  it('decodes to an error, never a throw', () => {
    const junk = [
      undefined,
      42,
      '',
      '1',
      '1.',
      '2.1.00',
      '1.1.0 0',
      '1.01.00',
      '1.1z141z4.00',
      '1.zzzzzzzz.0',
      '1.A.0',
      '1.1.0.0',
      'x'.repeat(20_000),
    ];
    for (const text of junk) {
      expect(decodeLog(fixture.def, text), String(text).slice(0, 20)).toEqual({
        ok: false,
        code: 'ongeldig',
        message: 'Dit is geen logboek van een poging: de code is onleesbaar of ingekort.',
      });
    }
  });
});
