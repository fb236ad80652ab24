import { describe, expect, it } from 'vitest';
import { describePosition, explainRefusal } from '../../../modules/stappenplan/explain-refusal.ts';
import type { StappenplanEvent } from '../../../modules/stappenplan/stappenplan.machine.ts';
import {
  afweging,
  gesprek,
  inWegen,
  kindOnderwijs,
  kindOpvang,
  overleg,
  play,
  signalen,
  type Snapshot,
} from './play.ts';

const collega = overleg('collega');

/** The explanation for an event the machine really refuses (so no string is pinned for an allowed event). */
function explain(snapshot: Snapshot, event: StappenplanEvent): string {
  expect(snapshot.can(event)).toBe(false);
  return explainRefusal(snapshot, event);
}

describe('explainRefusal', () => {
  it('lists every open step when afweging 1 comes first', () => {
    expect(explain(play(kindOnderwijs), afweging(1, 'ja'))).toBe(
      'afweging 1 comes after steps 1–3; still open: stap 1: signalen vastleggen; ' +
        'stap 2: overleg met een collega of de aandachtsfunctionaris; ' +
        'stap 3: gesprek voeren of overslaan met een veiligheidsreden',
    );
  });

  it('lists only the kindcheck and the gesprek when an adult client has signals and overleg', () => {
    const snapshot = play({ client: 'volwassene', sector: 'gezondheidszorg' }, signalen, collega);
    expect(explain(snapshot, afweging(1, 'nee'))).toBe(
      'afweging 1 comes after steps 1–3; still open: stap 1: kindcheck; ' +
        'stap 3: gesprek voeren of overslaan met een veiligheidsreden',
    );
  });

  it('says that Veilig Thuis advies alone leaves step 2 open', () => {
    const snapshot = play(kindOnderwijs, signalen, gesprek, { type: 'overleg.voeren', met: 'veilig-thuis' });
    expect(explain(snapshot, afweging(1, 'ja'))).toBe(
      'afweging 1 comes after steps 1–3; still open: stap 2: overleg met een collega of de aandachtsfunctionaris',
    );
  });

  it('says when melden may follow if it comes during steps 1–3', () => {
    expect(explain(play(kindOnderwijs, signalen), { type: 'melding.doen', hulpGaatDoor: false })).toBe(
      'the stappenplan is at steps 1–3; melden follows afweging 2 ja, 3 nee, 4 nee or 5 nee ' +
        '(or acute danger: acuut-handelen)',
    );
  });

  it('says the same while help is followed before afweging 5', () => {
    const snapshot = play(
      kindOnderwijs,
      ...inWegen,
      afweging(2, 'nee'),
      afweging(3, 'ja'),
      afweging(4, 'ja'),
    );
    expect(explain(snapshot, { type: 'melding.doen', hulpGaatDoor: true })).toBe(
      'the stappenplan is at afweging 5 (help is being followed); melden follows afweging 2 ja, 3 nee, 4 nee ' +
        'or 5 nee (or acute danger: acuut-handelen)',
    );
  });

  it('names the sector and offence when the route for a suspected colleague does not apply', () => {
    expect(
      explain(play(kindOnderwijs), {
        type: 'collega.vermoeden',
        delict: 'mishandeling',
        verdachte: 'medewerker',
      }),
    ).toBe(
      'the statutory route for a suspected colleague covers kinderopvang (zeden and mishandeling) ' +
        'and onderwijs (zeden against a minor pupil), not mishandeling in onderwijs with a kind client',
    );
    expect(
      explain(play({ client: 'kind', sector: 'gezondheidszorg' }), {
        type: 'collega.vermoeden',
        delict: 'zeden',
        verdachte: 'houder',
      }),
    ).toBe(
      'the statutory route for a suspected colleague covers kinderopvang (zeden and mishandeling) ' +
        'and onderwijs (zeden against a minor pupil), not zeden in gezondheidszorg with a kind client',
    );
  });

  it('says a suspected colleague is raised during steps 1–3 when it comes later in kinderopvang', () => {
    expect(
      explain(play(kindOpvang, ...inWegen), {
        type: 'collega.vermoeden',
        delict: 'zeden',
        verdachte: 'medewerker',
      }),
    ).toBe(
      'the stappenplan is at afweging 2; a suspected colleague is raised while mapping signals (steps 1–3)',
    );
  });

  it('says the afwegingen go in order when one is answered out of turn', () => {
    expect(explain(play(kindOnderwijs, ...inWegen), afweging(3, 'ja'))).toBe(
      'the stappenplan is at afweging 2, so afweging 3 cannot be answered now; the afwegingen go in order 1 to 5',
    );
    expect(explain(play(kindOnderwijs, ...inWegen, afweging(2, 'nee')), afweging(1, 'ja'))).toBe(
      'the stappenplan is at afweging 3, so afweging 1 cannot be answered now; the afwegingen go in order 1 to 5',
    );
    expect(explain(play(kindOnderwijs, signalen, collega, gesprek), afweging(2, 'nee'))).toBe(
      'the stappenplan is at steps 1–3, so afweging 2 cannot be answered now; the afwegingen go in order 1 to 5',
    );
  });

  it('says the next action is melden after an outcome that requires it', () => {
    expect(explain(play(kindOnderwijs, ...inWegen, afweging(2, 'ja')), afweging(3, 'ja'))).toBe(
      'the stappenplan is at melden (a report to Veilig Thuis is due): ' +
        'after this outcome the next action is melden or melden-en-hulp-bieden',
    );
  });

  it('says acute action does not belong to the route for a suspected colleague', () => {
    const snapshot = play(kindOpvang, {
      type: 'collega.vermoeden',
      delict: 'zeden',
      verdachte: 'medewerker',
    });
    expect(explain(snapshot, { type: 'acuut.handelen' })).toBe(
      'the stappenplan is at the route for a suspected colleague: inform the houder; ' +
        'acute action belongs to steps 1–5, not to the route for a suspected colleague',
    );
    expect(explain(snapshot, { type: 'aangifte.doen' })).toBe(
      'the stappenplan is at the route for a suspected colleague: inform the houder; the route for a suspected ' +
        'colleague goes houder-informeren, then vertrouwensinspecteur-…, then aangifte-doen',
    );
  });

  it('says nothing can follow once the stappenplan has ended', () => {
    const snapshot = play(kindOnderwijs, signalen, collega, gesprek, afweging(1, 'nee'));
    expect(explain(snapshot, { type: 'acuut.handelen' })).toBe(
      'the stappenplan is at the end: closed and recorded after afweging 1 nee; nothing can follow in the stappenplan',
    );
  });
});

describe('explainRefusal for step 1–3 actions after weighing began', () => {
  it('says the stappenplan has moved past steps 1–3', () => {
    expect(explain(play(kindOnderwijs, ...inWegen), gesprek)).toBe(
      'the stappenplan is at afweging 2; signals, kindcheck and gesprek belong to steps 1–3, before afweging 1',
    );
  });

  it('names the recognised reasons when a skip reason is unknown', () => {
    const unknown = { type: 'gesprek.overslaan', reden: 'geen-zin' } as unknown as StappenplanEvent;
    expect(explain(play(kindOnderwijs), unknown)).toBe(
      'the gesprek may be skipped only for gevaar-betrokkenen, gevaar-professional or geen-contact',
    );
  });
});

describe('describePosition', () => {
  it('names nested states of beslissen and the route for a suspected colleague', () => {
    expect(describePosition(play(kindOnderwijs, ...inWegen, afweging(2, 'nee')))).toBe('afweging 3');
    expect(
      describePosition(play(kindOpvang, { type: 'collega.vermoeden', delict: 'zeden', verdachte: 'houder' })),
    ).toBe('the route for a suspected colleague: aangifte');
  });
});
