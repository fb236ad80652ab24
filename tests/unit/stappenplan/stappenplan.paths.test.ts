import { beforeAll, describe, expect, it } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import {
  stappenplanMachine,
  type StappenplanEvent,
  type StappenplanInput,
} from '../../../modules/stappenplan/stappenplan.machine.ts';

type Snapshot = SnapshotFrom<typeof stappenplanMachine>;

/**
 * Every event variant, with two restrictions that keep the graph small enough to walk in about a second
 * per input. The context is part of each vertex and `overleg` records partners in the order consulted, so
 * each extra partner multiplies the reachable contexts (all four partners and all three skip reasons give
 * 16 000–50 000 vertices and 15–50 s per input). So the graph uses one partner that completes
 * step 2 (collega) and one that does not (veilig-thuis), one recognised skip reason beside the
 * conversation, and the kindcheck only for an adult client, where a guard depends on it. Acute action
 * comes with two recognised reasons (each records its own context, so each reason adds final vertices) and
 * one the meldcode does not recognise, which must never move the stappenplan. The other partners and
 * reasons are tested one by one in stappenplan.machine.test.ts.
 */
const onbekendeAcuteReden = { type: 'acuut.handelen', reden: 'paniek' } as unknown as StappenplanEvent;

function eventsFor(input: StappenplanInput): StappenplanEvent[] {
  return [
    { type: 'signalen.vastleggen' },
    ...(input.client === 'volwassene'
      ? ([
          { type: 'kindcheck.uitvoeren', zorgen: true },
          { type: 'kindcheck.uitvoeren', zorgen: false },
        ] as const)
      : []),
    { type: 'overleg.voeren', met: 'collega' },
    { type: 'overleg.voeren', met: 'veilig-thuis' },
    { type: 'gesprek.voeren' },
    { type: 'gesprek.overslaan', reden: 'geen-contact' },
    ...([1, 2, 3, 4, 5] as const).flatMap((afweging) =>
      (['ja', 'nee'] as const).map((antwoord) => ({
        type: 'afweging.beantwoorden' as const,
        afweging,
        antwoord,
      })),
    ),
    { type: 'melding.doen', hulpGaatDoor: true },
    { type: 'melding.doen', hulpGaatDoor: false },
    { type: 'hulp.volgen' },
    { type: 'acuut.handelen', reden: 'letsel' },
    { type: 'acuut.handelen', reden: 'levensbedreiging' },
    onbekendeAcuteReden,
    ...(['zeden', 'mishandeling'] as const).flatMap((delict) =>
      (['medewerker', 'houder'] as const).map((verdachte) => ({
        type: 'collega.vermoeden' as const,
        delict,
        verdachte,
      })),
    ),
    { type: 'houder.informeren' },
    { type: 'vertrouwensinspecteur.raadplegen', redelijkVermoeden: true },
    { type: 'vertrouwensinspecteur.raadplegen', redelijkVermoeden: false },
    { type: 'aangifte.doen' },
  ];
}

const serializeState = (snapshot: Snapshot) =>
  JSON.stringify({ value: snapshot.value, context: snapshot.context });

interface Edge {
  from: string;
  event: StappenplanEvent;
  to: string;
}

interface Graph {
  vertices: Map<string, Snapshot>;
  edges: Edge[];
}

function buildGraph(input: StappenplanInput): Graph {
  const map = getAdjacencyMap(stappenplanMachine, { input, events: eventsFor(input), serializeState });
  const vertices = new Map<string, Snapshot>();
  const edges: Edge[] = [];
  for (const [from, { state, transitions }] of Object.entries(map)) {
    vertices.set(from, state);
    const steps = Object.values(transitions) as { event: StappenplanEvent; state: Snapshot }[];
    for (const { event, state: next } of steps) {
      edges.push({ from, event, to: serializeState(next) });
    }
  }
  return { vertices, edges };
}

/** All vertices reachable from `start` following edges forward (or backward, with `reverse`). */
function reachable(graph: Graph, start: Iterable<string>, reverse = false): Set<string> {
  const next = new Map<string, string[]>();
  for (const { from, to } of graph.edges) {
    const [a, b] = reverse ? [to, from] : [from, to];
    next.set(a, [...(next.get(a) ?? []), b]);
  }
  const seen = new Set(start);
  const queue = [...seen];
  while (queue.length > 0) {
    for (const neighbour of next.get(queue.pop()!) ?? []) {
      if (!seen.has(neighbour)) {
        seen.add(neighbour);
        queue.push(neighbour);
      }
    }
  }
  return seen;
}

const stateName = (snapshot: Snapshot) =>
  typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);

// The route for a suspected colleague opens only when the case declares a medewerker or the houder.
const cases = [
  {
    input: { client: 'kind', sector: 'onderwijs' },
    finals: ['afgesloten', 'afgeslotenMetAfspraken', 'gemeld'],
  },
  {
    input: { client: 'kind', sector: 'onderwijs', verdachte: 'medewerker' },
    finals: ['aangifteGedaan', 'afgesloten', 'afgeslotenMetAfspraken', 'geenAangifte', 'gemeld'],
  },
  {
    input: { client: 'volwassene', sector: 'gezondheidszorg' },
    finals: ['afgesloten', 'afgeslotenMetAfspraken', 'gemeld'],
  },
  {
    input: { client: 'kind', sector: 'kinderopvang', verdachte: 'huiselijke-kring' },
    finals: ['afgesloten', 'afgeslotenMetAfspraken', 'gemeld'],
  },
  {
    input: { client: 'kind', sector: 'kinderopvang', verdachte: 'medewerker' },
    finals: ['aangifteGedaan', 'afgesloten', 'afgeslotenMetAfspraken', 'geenAangifte', 'gemeld'],
  },
  {
    // The houder is suspected: straight to aangifte, so the vertrouwensinspecteur never says geenAangifte.
    input: { client: 'kind', sector: 'kinderopvang', verdachte: 'houder' },
    finals: ['aangifteGedaan', 'afgesloten', 'afgeslotenMetAfspraken', 'gemeld'],
  },
] as const satisfies { input: StappenplanInput; finals: string[] }[];

describe.each(cases)(
  'every path of the stappenplan for $input.client in $input.sector (verdachte: $input.verdachte)',
  ({ input, finals }) => {
    let graph: Graph;
    beforeAll(() => {
      graph = buildGraph(input);
    });

    it('can reach a final state from every reachable state (no trap)', () => {
      const done = [...graph.vertices]
        .filter(([, snapshot]) => snapshot.status === 'done')
        .map(([key]) => key);
      const canFinish = reachable(graph, done, true);
      const traps = [...graph.vertices.keys()].filter((key) => !canFinish.has(key));
      expect(traps).toEqual([]);
    });

    it(`reaches exactly these final states: ${finals.join(', ')}`, () => {
      const reached = new Set(
        [...graph.vertices.values()].filter((snapshot) => snapshot.status === 'done').map(stateName),
      );
      expect([...reached].sort()).toEqual([...finals]);
    });

    it('enters gemeld only by acute action or by a report after an outcome that requires melden', () => {
      // Checking every edge into gemeld covers every path that reaches it.
      const into = graph.edges.filter(
        ({ from, to }) =>
          graph.vertices.get(from)!.status !== 'done' && graph.vertices.get(to)!.value === 'gemeld',
      );
      expect(into.length).toBeGreaterThan(0);
      for (const { from, event } of into) {
        const before = graph.vertices.get(from)!;
        if (event.type === 'acuut.handelen') continue;
        expect(event.type).toBe('melding.doen');
        expect(before.value).toBe('melden');
        expect(before.context.melding?.reden).toMatch(/^afweging-(2-ja|3-nee|4-nee|5-nee)$/);
      }
    });

    it('records a melding reason that matches the answers given', () => {
      const expectedAnswer = {
        'afweging-2-ja': [2, 'ja'],
        'afweging-3-nee': [3, 'nee'],
        'afweging-4-nee': [4, 'nee'],
        'afweging-5-nee': [5, 'nee'],
      } as const;
      for (const snapshot of graph.vertices.values()) {
        if (snapshot.value !== 'melden' && snapshot.value !== 'gemeld') continue;
        const reden = snapshot.context.melding?.reden;
        expect(reden).toBeDefined();
        if (reden === 'acuut' || reden === undefined) continue;
        const [afweging, antwoord] = expectedAnswer[reden];
        expect(snapshot.context.antwoorden[afweging]).toBe(antwoord);
      }
    });

    it('never ends with a melding when afweging 2 was nee and 3, 4 and 5 were ja', () => {
      const wrong = [...graph.vertices.values()].filter(({ status, context: { antwoorden, melding } }) => {
        const allesGoed =
          antwoorden[2] === 'nee' &&
          antwoorden[3] === 'ja' &&
          antwoorden[4] === 'ja' &&
          antwoorden[5] === 'ja';
        return status === 'done' && melding !== null && allesGoed;
      });
      expect(wrong).toEqual([]);
      const closed = [...graph.vertices.values()].filter(
        (snapshot) => snapshot.value === 'afgeslotenMetAfspraken',
      );
      expect(closed.length).toBeGreaterThan(0);
    });

    it('never reaches gemeld from the route for a suspected colleague', () => {
      const inRoute = [...graph.vertices]
        .filter(([, snapshot]) => snapshot.matches('collegaRoute'))
        .map(([key]) => key);
      expect(inRoute.length > 0).toBe((finals as readonly string[]).includes('aangifteGedaan'));
      const after = [...reachable(graph, inRoute)].map((key) => graph.vertices.get(key)!);
      expect(after.filter((snapshot) => snapshot.value === 'gemeld')).toEqual([]);
      for (const snapshot of after) expect(snapshot.context.melding).toBeNull();
    });

    it('takes the route for a suspected colleague only for the verdachte the case declares', () => {
      for (const snapshot of graph.vertices.values()) {
        if (snapshot.context.collega === null) continue;
        expect(snapshot.context.collega.verdachte).toBe(snapshot.context.verdachte);
      }
    });

    it('acts at once only for a recognised acute reason, and records that reason', () => {
      const acute = graph.edges.filter(
        ({ from, event }) => event.type === 'acuut.handelen' && graph.vertices.get(from)!.status !== 'done',
      );
      expect(acute.filter(({ event }) => event === onbekendeAcuteReden).length).toBeGreaterThan(0);
      expect(acute.filter(({ from, to }) => to !== from).length).toBeGreaterThan(0);
      for (const { from, event, to } of acute) {
        const after = graph.vertices.get(to)!;
        if (event === onbekendeAcuteReden) {
          expect(to).toBe(from);
          continue;
        }
        if (to === from) continue; // refused in the route for a suspected colleague
        expect(after.value).toBe('gemeld');
        expect(after.context.acuut).toBe(event.type === 'acuut.handelen' && event.reden);
      }
      for (const snapshot of graph.vertices.values()) {
        if (snapshot.context.acuut !== null) expect(snapshot.value).toBe('gemeld');
      }
    });

    it('answers afweging 5 only after afweging 4 ja and hulp.volgen', () => {
      const answered5 = [...graph.vertices.values()].filter(({ context }) => context.antwoorden[5]);
      expect(answered5.length).toBeGreaterThan(0);
      for (const { context } of answered5) expect(context.hulpGevolgd).toBe(true);
      for (const { context } of graph.vertices.values()) {
        if (context.hulpGevolgd) expect(context.antwoorden[4]).toBe('ja');
      }
    });

    it('never closes after afweging 1 nee when the kindcheck found zorgen', () => {
      const closed = [...graph.vertices.values()].filter((snapshot) => snapshot.value === 'afgesloten');
      expect(closed.length).toBeGreaterThan(0);
      for (const { context } of closed) expect(context.kindcheck?.zorgen).not.toBe(true);
    });
  },
);
