import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { explainToProfessional } from '../../../modules/stappenplan/explain-to-professional.ts';
import { explainRefusal } from '../../../modules/stappenplan/explain-refusal.ts';
import {
  stappenplanMachine,
  type StappenplanEvent,
  type StappenplanInput,
} from '../../../modules/stappenplan/stappenplan.machine.ts';
import { nl } from '../../../modules/strings/nl.ts';
import { afweging, inAfweging4, inWegen, kindOnderwijs, play, signalen, type Snapshot } from './play.ts';

// The wijzer shows a professional why the meldcode refuses a step. It uses the machine's own
// explanation wherever that reads as plain Dutch, and learner-facing words (strings/nl.ts) where the
// machine's explanation speaks to case authors.

const explain = (snapshot: Snapshot, event: StappenplanEvent) => {
  expect(snapshot.can(event)).toBe(false);
  return explainToProfessional(snapshot, event);
};

describe('explainToProfessional', () => {
  it('uses the machine’s explanation, as a sentence, when afweging 1 comes before steps 1–3', () => {
    const snapshot = play(kindOnderwijs, signalen);
    const own = explainRefusal(snapshot, afweging(1, 'ja'));
    expect(explain(snapshot, afweging(1, 'ja'))).toBe(`${own.charAt(0).toUpperCase()}${own.slice(1)}.`);
    expect(explain(snapshot, afweging(1, 'ja'))).toMatch(
      /^Afweging 1 komt na stap 1 tot en met 3; nog open: /,
    );
  });

  it('says in plain words which reasons may skip the gesprek, never their ids', () => {
    const other = { type: 'gesprek.overslaan', reden: 'andere-reden' } as unknown as StappenplanEvent;
    expect(explain(play(kindOnderwijs, signalen), other)).toBe(nl.refusal.gesprekReden);
  });

  it('says afweging 5 waits until the help has run, without the case field an author writes', () => {
    const bieden = play(kindOnderwijs, ...inAfweging4, afweging(4, 'ja'));
    expect(explainRefusal(bieden, afweging(5, 'ja'))).toContain('action: hulp-volgen');
    expect(explain(bieden, afweging(5, 'ja'))).toBe(nl.refusal.afweging5VoorHulp);
  });

  it('asks for the acute situation when none was chosen', () => {
    const none = { type: 'acuut.handelen', reden: '' } as unknown as StappenplanEvent;
    expect(explain(play(kindOnderwijs), none)).toBe(nl.refusal.acuteReden);
  });

  it('says what follows a report when an afweging comes after it', () => {
    expect(explain(play(kindOnderwijs, ...inWegen, afweging(2, 'ja')), afweging(3, 'nee'))).toBe(
      nl.refusal.afwegingNaMelden,
    );
  });

  it('says the stappenplan is finished after its end', () => {
    const done = play(kindOnderwijs, ...inWegen, afweging(2, 'ja'), {
      type: 'melding.doen',
      hulpGaatDoor: true,
    });
    expect(explain(done, afweging(1, 'ja'))).toBe(nl.refusal.done);
  });
});

// Every refusal a professional can meet in the wijzer, in every state the wijzer can reach.
const wijzerEvents: StappenplanEvent[] = [
  { type: 'signalen.vastleggen' },
  { type: 'kindcheck.uitvoeren', zorgen: true },
  { type: 'kindcheck.uitvoeren', zorgen: false },
  ...(['collega', 'aandachtsfunctionaris', 'veilig-thuis', 'letselduiding'] as const).map(
    (met) => ({ type: 'overleg.voeren', met }) as const,
  ),
  { type: 'gesprek.voeren' },
  ...(['gevaar-betrokkenen', 'gevaar-professional', 'geen-contact', 'andere-reden'] as const).map(
    (reden) => ({ type: 'gesprek.overslaan', reden }) as unknown as StappenplanEvent,
  ),
  ...([1, 2, 3, 4, 5] as const).flatMap((n) => [afweging(n, 'ja'), afweging(n, 'nee')]),
  { type: 'hulp.volgen' },
  { type: 'melding.doen', hulpGaatDoor: true },
  { type: 'acuut.handelen', reden: 'onthulling' },
  { type: 'acuut.handelen', reden: '' } as unknown as StappenplanEvent,
];

function reachable(input: StappenplanInput): Snapshot[] {
  const [first] = initialTransition(stappenplanMachine, input);
  const seen = new Map<string, Snapshot>();
  const queue: Snapshot[] = [first];
  while (queue.length > 0) {
    const snapshot = queue.shift()!;
    // The order of overleg partners does not change what is refused: one state per set of partners.
    const key = JSON.stringify([
      snapshot.value,
      { ...snapshot.context, overleg: [...snapshot.context.overleg].sort() },
    ]);
    if (seen.has(key)) continue;
    seen.set(key, snapshot);
    for (const event of wijzerEvents)
      if (snapshot.status !== 'done' && snapshot.can(event))
        queue.push(transition(stappenplanMachine, snapshot, event)[0]);
  }
  return [...seen.values()];
}

describe('every refusal the wijzer can show', () => {
  const inputs: StappenplanInput[] = [
    { client: 'kind', sector: 'onderwijs' },
    { client: 'volwassene', sector: 'gezondheidszorg' },
  ];
  for (const input of inputs) {
    it(`is plain Dutch for a professional (${input.client}, ${input.sector})`, () => {
      const texts = new Set<string>();
      for (const snapshot of reachable(input))
        for (const event of wijzerEvents)
          if (snapshot.status === 'done' || !snapshot.can(event))
            texts.add(explainToProfessional(snapshot, event));
      expect(texts.size).toBeGreaterThan(5);
      for (const text of texts) {
        expect(text, text).toMatch(/^[A-Z“"]/);
        expect(text, text).toMatch(/[.!?]$/);
        expect(text, text).not.toMatch(/\b[a-z]+(-[a-z0-9]+)+\b/);
        expect(text, text).not.toMatch(/action:|acuteReason|casus|verdachte bovenaan/);
      }
    });
  }
});
