import { describe, expect, it } from 'vitest';
import type { LoadedCase } from '../../../modules/authoring/load-content.ts';
import type { CaseAction } from '../../../modules/case/case-action.ts';
import { expertPath } from '../../../modules/case/expert-path.ts';
import { replayAttempt } from '../../../modules/scoring/replay-attempt.ts';
import { content } from './content-facts.ts';

// Between them, the cases must teach every route of the meldcode. Each case's expert route is replayed on
// the stappenplan machine, and the route is read from where the stappenplan ends, not from the case's text.

/** Where the expert route of a case leaves the stappenplan, and the actions it takes on the way. */
function expertOutcome({ compiled }: LoadedCase) {
  const path = expertPath(compiled);
  if (!path) throw new Error(`${compiled.def.id}: the expert route never ends`);
  const stappenplan = replayAttempt(compiled, path).context.stappenplan;
  const actions = path.map(
    ({ node, choice }) =>
      compiled.nodes.get(node)?.choices?.find((found) => found.id === choice)?.action as
        CaseAction | undefined,
  );
  return { id: compiled.def.id, final: stappenplan.value, ...stappenplan.context, actions };
}

type Outcome = ReturnType<typeof expertOutcome>;
const outcomes = content.cases.map(expertOutcome);

const routes: [string, (outcome: Outcome) => boolean][] = [
  ['afweging 1 nee: afsluiten en vastleggen', (o) => o.final === 'afgesloten' && o.antwoorden[1] === 'nee'],
  ['acute danger: acuut-handelen', (o) => o.actions.includes('acuut-handelen') && o.acuut !== null],
  [
    'afweging 2 ja: melden while help goes on (melden-en-hulp-bieden)',
    (o) =>
      o.final === 'gemeld' &&
      o.antwoorden[2] === 'ja' &&
      o.melding?.reden === 'afweging-2-ja' &&
      o.melding.hulpGaatDoor &&
      o.actions.includes('melden-en-hulp-bieden'),
  ],
  ['afweging 3 nee: melden', (o) => o.final === 'gemeld' && o.melding?.reden === 'afweging-3-nee'],
  ['afweging 4 nee: melden', (o) => o.final === 'gemeld' && o.melding?.reden === 'afweging-4-nee'],
  ['afweging 5 nee: (opnieuw) melden', (o) => o.final === 'gemeld' && o.melding?.reden === 'afweging-5-nee'],
  [
    'afweging 5 ja: hulp afsluiten met afspraken',
    (o) => o.final === 'afgeslotenMetAfspraken' && o.antwoorden[5] === 'ja',
  ],
  [
    'the gesprek skipped for a recorded reason',
    (o) => typeof o.gesprek === 'object' && o.gesprek !== null && 'overgeslagen' in o.gesprek,
  ],
  ['the collega-route in kinderopvang', (o) => o.sector === 'kinderopvang' && o.collega !== null],
  ['the collega-route in onderwijs', (o) => o.sector === 'onderwijs' && o.collega !== null],
];

describe('the expert routes of the cases', () => {
  it('all end', () => {
    expect(outcomes.length).toBe(content.cases.length);
  });

  it.each(routes)('cover %s', (_route, takes) => {
    expect(outcomes.filter(takes).map((outcome) => outcome.id)).not.toEqual([]);
  });
});
