import { describe, expect, it } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import { sectorSchema } from '../../../modules/beroepsgroep/beroepsgroep.schema.ts';
import { acuteReasons, type AcuteReason } from '../../../modules/stappenplan/acute-reasons.ts';
import { explainRefusal } from '../../../modules/stappenplan/explain-refusal.ts';
import {
  stappenplanMachine,
  type StappenplanEvent,
} from '../../../modules/stappenplan/stappenplan.machine.ts';
import {
  type Snapshot,
  kindOnderwijs,
  volwasseneZorg,
  kindOpvang,
  opvangMedewerker,
  opvangHouder,
  onderwijsMedewerker,
  signalen,
  kindcheck,
  overleg,
  gesprek,
  overslaan,
  afweging,
  melden,
  acuut,
  hulpVolgen,
  vermoeden,
  houderInformeren,
  inspecteur,
  aangifte,
  alleAntwoorden,
  play,
  stappen1tot3,
  inWegen,
  inAfweging3,
  inAfweging4,
  inHulpBieden,
  inAfweging5,
} from './play.ts';
import { gesprekOverslaanRedenen } from '../../../modules/stappenplan/stappenplan.rules.ts';

/** Asserts that `event` is refused: `can` says no and sending it leaves the snapshot as it was. */
function expectRefused(snapshot: Snapshot, event: StappenplanEvent) {
  expect(snapshot.can(event), `${event.type} should be refused in ${JSON.stringify(snapshot.value)}`).toBe(
    false,
  );
  const [next] = transition(stappenplanMachine, snapshot, event);
  expect(next.value).toEqual(snapshot.value);
  expect(next.context).toEqual(snapshot.context);
}

describe('steps 1–3 may interleave in any order', () => {
  const permutations = [
    [signalen, overleg('collega'), gesprek],
    [signalen, gesprek, overleg('collega')],
    [overleg('collega'), signalen, gesprek],
    [overleg('collega'), gesprek, signalen],
    [gesprek, signalen, overleg('collega')],
    [gesprek, overleg('collega'), signalen],
  ];

  it.each(permutations.map((order) => [order.map((event) => event.type).join(' → '), order] as const))(
    'allows afweging 1 only after the last of %s',
    (_, order) => {
      for (let done = 0; done < order.length; done++) {
        const snapshot = play(kindOnderwijs, ...order.slice(0, done));
        expect(snapshot.value).toBe('verkennen');
        expect(snapshot.can(afweging(1, 'ja'))).toBe(false);
        expect(snapshot.can(afweging(1, 'nee'))).toBe(false);
      }
      const klaar = play(kindOnderwijs, ...order);
      expect(klaar.value).toBe('verkennen');
      expect(klaar.can(afweging(1, 'ja'))).toBe(true);
      expect(klaar.context).toMatchObject({
        signalenVastgelegd: true,
        overleg: ['collega'],
        gesprek: 'gevoerd',
      });
    },
  );

  it('records the same decisions whatever the order', () => {
    const contexts = permutations.map((order) => play(kindOnderwijs, ...order).context);
    for (const context of contexts) expect(context).toEqual(contexts[0]);
  });

  it('works the same through a running actor', () => {
    const actor = createActor(stappenplanMachine, { input: kindOnderwijs }).start();
    actor.send(gesprek);
    actor.send(overleg('collega'));
    expect(actor.getSnapshot().can(afweging(1, 'ja'))).toBe(false);
    actor.send(signalen);
    actor.send(afweging(1, 'ja'));
    expect(actor.getSnapshot().value).toBe('wegen');
    actor.stop();
  });
});

describe('step 2 requires a collega or the aandachtsfunctionaris', () => {
  it('refuses afweging 1 after only Veilig Thuis advies and letselduiding, but records both', () => {
    const snapshot = play(
      kindOnderwijs,
      signalen,
      gesprek,
      overleg('veilig-thuis'),
      overleg('letselduiding'),
    );
    expect(snapshot.context.overleg).toEqual(['veilig-thuis', 'letselduiding']);
    expectRefused(snapshot, afweging(1, 'ja'));
    expectRefused(snapshot, afweging(1, 'nee'));
  });

  it('accepts a collega', () => {
    expect(play(kindOnderwijs, signalen, gesprek, overleg('collega')).can(afweging(1, 'ja'))).toBe(true);
  });

  it('accepts the aandachtsfunctionaris', () => {
    expect(
      play(kindOnderwijs, signalen, gesprek, overleg('aandachtsfunctionaris')).can(afweging(1, 'ja')),
    ).toBe(true);
  });

  it('records each partner once, in the order consulted', () => {
    const snapshot = play(
      kindOnderwijs,
      overleg('veilig-thuis'),
      overleg('collega'),
      overleg('veilig-thuis'),
      overleg('collega'),
    );
    expect(snapshot.context.overleg).toEqual(['veilig-thuis', 'collega']);
  });

  it('still records overleg while weighing (afweging 2 to 5)', () => {
    expect(play(kindOnderwijs, ...inWegen, overleg('veilig-thuis')).context.overleg).toEqual([
      'collega',
      'veilig-thuis',
    ]);
    expect(play(kindOnderwijs, ...inAfweging4, overleg('letselduiding')).context.overleg).toEqual([
      'collega',
      'letselduiding',
    ]);
  });
});

describe('step 3 may be skipped only with a recognised reason, which is recorded', () => {
  it('knows exactly the three reasons of the fact base', () => {
    expect([...gesprekOverslaanRedenen].sort()).toEqual([
      'geen-contact',
      'gevaar-betrokkenen',
      'gevaar-professional',
    ]);
  });

  it.each(gesprekOverslaanRedenen)('counts skipping for "%s" as step 3 and records the reason', (reden) => {
    const snapshot = play(kindOnderwijs, signalen, overleg('collega'), overslaan(reden));
    expect(snapshot.context.gesprek).toEqual({ overgeslagen: reden });
    expect(snapshot.can(afweging(1, 'ja'))).toBe(true);
  });

  it('refuses afweging 1 when the conversation was neither held nor skipped', () => {
    expectRefused(play(kindOnderwijs, signalen, overleg('collega')), afweging(1, 'ja'));
  });

  it('does not type-check an unrecognised reason', () => {
    const event: StappenplanEvent = {
      type: 'gesprek.overslaan',
      // @ts-expect-error: only the three recognised reasons are allowed
      reden: 'geen-tijd',
    };
    expect(event.type).toBe('gesprek.overslaan');
  });
});

describe('the kindcheck rule: for an adult client, afweging 1 waits for the kindcheck', () => {
  it('refuses afweging 1 for a volwassene after signals, overleg and gesprek without a kindcheck', () => {
    expectRefused(play(volwasseneZorg, ...stappen1tot3), afweging(1, 'ja'));
  });

  it.each([true, false])(
    'allows afweging 1 after the kindcheck (zorgen: %s) and records its outcome',
    (zorgen) => {
      const snapshot = play(volwasseneZorg, signalen, kindcheck(zorgen), overleg('collega'), gesprek);
      expect(snapshot.context.kindcheck).toEqual({ zorgen });
      expect(snapshot.can(afweging(1, 'ja'))).toBe(true);
    },
  );

  it('does not ask a kindcheck when the client is a child', () => {
    expect(play(kindOnderwijs, ...stappen1tot3).can(afweging(1, 'ja'))).toBe(true);
  });
});

describe('afweging 1 is refused until steps 1–3 are done', () => {
  it('refuses both answers at the start', () => {
    const start = play(kindOnderwijs);
    expectRefused(start, afweging(1, 'ja'));
    expectRefused(start, afweging(1, 'nee'));
  });

  it('refuses afweging 1 when the signals are not recorded', () => {
    expectRefused(play(kindOnderwijs, overleg('collega'), gesprek), afweging(1, 'ja'));
  });
});

describe('afweging 1 nee closes the stappenplan (afgesloten)', () => {
  it('ends in afgesloten with the answer recorded and no melding', () => {
    const snapshot = play(kindOnderwijs, ...stappen1tot3, afweging(1, 'nee'));
    expect(snapshot.value).toBe('afgesloten');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.antwoorden).toEqual({ 1: 'nee' });
    expect(snapshot.context.melding).toBeNull();
  });

  it('accepts nothing afterwards', () => {
    const snapshot = play(kindOnderwijs, ...stappen1tot3, afweging(1, 'nee'));
    for (const event of [acuut(), melden(true), afweging(2, 'ja'), signalen]) {
      expect(snapshot.can(event)).toBe(false);
    }
  });
});

describe('afweging 1 ja leads to afweging 2 (wegen)', () => {
  it('moves to wegen and records the answer', () => {
    const snapshot = play(kindOnderwijs, ...inWegen);
    expect(snapshot.value).toBe('wegen');
    expect(snapshot.context.antwoorden).toEqual({ 1: 'ja' });
  });
});

describe('afweging 2 ja (acute or structural unsafety) leads to melden', () => {
  const snapshot = play(kindOnderwijs, ...inWegen, afweging(2, 'ja'));

  it('moves to melden and records the reason', () => {
    expect(snapshot.value).toBe('melden');
    expect(snapshot.context.antwoorden).toEqual({ 1: 'ja', 2: 'ja' });
    expect(snapshot.context.melding).toEqual({ reden: 'afweging-2-ja', hulpGaatDoor: false });
  });

  it('accepts only melding.doen or acuut.handelen', () => {
    expect(snapshot.can(melden(true))).toBe(true);
    expect(snapshot.can(melden(false))).toBe(true);
    expect(snapshot.can(acuut())).toBe(true);
    for (const event of alleAntwoorden) expectRefused(snapshot, event);
    for (const event of [signalen, gesprek, overleg('collega'), vermoeden('zeden'), houderInformeren]) {
      expect(snapshot.can(event)).toBe(false);
    }
  });

  it('records that help goes on beside the report (melden-en-hulp-bieden)', () => {
    const gemeld = transition(stappenplanMachine, snapshot, melden(true))[0];
    expect(gemeld.value).toBe('gemeld');
    expect(gemeld.status).toBe('done');
    expect(gemeld.context.melding).toEqual({ reden: 'afweging-2-ja', hulpGaatDoor: true });
  });

  it('records a report without help going on', () => {
    const gemeld = transition(stappenplanMachine, snapshot, melden(false))[0];
    expect(gemeld.context.melding).toEqual({ reden: 'afweging-2-ja', hulpGaatDoor: false });
  });
});

describe('afweging 2 nee leads to afweging 3', () => {
  it('moves to beslissen.afweging3 and records the answer', () => {
    const snapshot = play(kindOnderwijs, ...inAfweging3);
    expect(snapshot.value).toEqual({ beslissen: 'afweging3' });
    expect(snapshot.context.antwoorden).toEqual({ 1: 'ja', 2: 'nee' });
    expect(snapshot.context.melding).toBeNull();
  });
});

describe('afweging 3 nee (no effective help possible) leads to melden', () => {
  it('moves to melden with reason afweging-3-nee and can then report', () => {
    const snapshot = play(kindOnderwijs, ...inAfweging3, afweging(3, 'nee'));
    expect(snapshot.value).toBe('melden');
    expect(snapshot.context.antwoorden).toEqual({ 1: 'ja', 2: 'nee', 3: 'nee' });
    expect(snapshot.context.melding).toEqual({ reden: 'afweging-3-nee', hulpGaatDoor: false });
    const gemeld = transition(stappenplanMachine, snapshot, melden(false))[0];
    expect(gemeld.value).toBe('gemeld');
    expect(gemeld.status).toBe('done');
  });
});

describe('afweging 4 nee (help not accepted) leads to melden', () => {
  it('moves to melden with reason afweging-4-nee', () => {
    const snapshot = play(kindOnderwijs, ...inAfweging4, afweging(4, 'nee'));
    expect(snapshot.value).toBe('melden');
    expect(snapshot.context.antwoorden).toEqual({ 1: 'ja', 2: 'nee', 3: 'ja', 4: 'nee' });
    expect(snapshot.context.melding).toEqual({ reden: 'afweging-4-nee', hulpGaatDoor: false });
  });
});

describe('afweging 4 ja leads to offering help (hulpBieden); hulp.volgen leads to afweging 5', () => {
  it('moves to beslissen.hulpBieden and records the answer', () => {
    const snapshot = play(kindOnderwijs, ...inHulpBieden);
    expect(snapshot.value).toEqual({ beslissen: 'hulpBieden' });
    expect(snapshot.context.antwoorden).toEqual({ 1: 'ja', 2: 'nee', 3: 'ja', 4: 'ja' });
    expect(snapshot.context.melding).toBeNull();
    expect(snapshot.context.hulpGevolgd).toBe(false);
    expect(snapshot.can(melden(true))).toBe(false);
  });

  it('moves to beslissen.afweging5 on hulp.volgen and records that the help was followed', () => {
    const snapshot = play(kindOnderwijs, ...inAfweging5);
    expect(snapshot.value).toEqual({ beslissen: 'afweging5' });
    expect(snapshot.context.hulpGevolgd).toBe(true);
    expect(snapshot.context.antwoorden).toEqual({ 1: 'ja', 2: 'nee', 3: 'ja', 4: 'ja' });
    expect(snapshot.can(melden(true))).toBe(false);
  });
});

describe('afweging 5 nee (help does not restore safety) leads to (opnieuw) melden', () => {
  it('moves to melden with reason afweging-5-nee and ends in gemeld', () => {
    const snapshot = play(kindOnderwijs, ...inAfweging5, afweging(5, 'nee'));
    expect(snapshot.value).toBe('melden');
    expect(snapshot.context.melding).toEqual({ reden: 'afweging-5-nee', hulpGaatDoor: false });
    const gemeld = transition(stappenplanMachine, snapshot, melden(true))[0];
    expect(gemeld.value).toBe('gemeld');
    expect(gemeld.context.melding).toEqual({ reden: 'afweging-5-nee', hulpGaatDoor: true });
  });
});

describe('afweging 5 ja closes the help with agreements (afgeslotenMetAfspraken)', () => {
  it('ends in afgeslotenMetAfspraken without a melding', () => {
    const snapshot = play(kindOnderwijs, ...inAfweging5, afweging(5, 'ja'));
    expect(snapshot.value).toBe('afgeslotenMetAfspraken');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.antwoorden).toEqual({ 1: 'ja', 2: 'nee', 3: 'ja', 4: 'ja', 5: 'ja' });
    expect(snapshot.context.melding).toBeNull();
  });
});

describe('melden is refused outside the melden state unless there is acute danger', () => {
  it.each([
    ['at the start of steps 1–3', []],
    ['with steps 1–3 done', stappen1tot3],
    ['at afweging 2', inWegen],
    ['at afweging 3', inAfweging3],
    ['at afweging 4', inAfweging4],
    ['while help is offered (hulpBieden)', inHulpBieden],
    ['after the help was followed (afweging 5)', inAfweging5],
  ] as const)('refuses melding.doen %s', (_, events) => {
    const snapshot = play(kindOnderwijs, ...events);
    expectRefused(snapshot, melden(true));
    expectRefused(snapshot, melden(false));
  });
});

describe('acute danger goes straight to gemeld', () => {
  it('is accepted at the very start, with no step done, and records an acute melding', () => {
    const start = play(kindOnderwijs);
    expect(start.can(acuut())).toBe(true);
    const snapshot = transition(stappenplanMachine, start, acuut())[0];
    expect(snapshot.value).toBe('gemeld');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.melding).toEqual({ reden: 'acuut', hulpGaatDoor: true });
    expect(snapshot.context.signalenVastgelegd).toBe(false);
  });

  it('is accepted for an adult client before the kindcheck', () => {
    expect(play(volwasseneZorg, signalen, acuut()).value).toBe('gemeld');
  });

  it.each([
    ['wegen (afweging 2)', inWegen],
    ['beslissen, afweging 3', inAfweging3],
    ['beslissen, afweging 4', inAfweging4],
    ['beslissen, help offered', inHulpBieden],
    ['beslissen, afweging 5 after the help was followed', inAfweging5],
  ] as const)('is accepted from %s', (_, events) => {
    const snapshot = play(kindOnderwijs, ...events, acuut());
    expect(snapshot.value).toBe('gemeld');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.melding).toEqual({ reden: 'acuut', hulpGaatDoor: true });
  });

  it('is refused once the stappenplan has ended', () => {
    expect(play(kindOnderwijs, ...stappen1tot3, afweging(1, 'nee')).can(acuut())).toBe(false);
    expect(play(kindOnderwijs, ...inAfweging5, afweging(5, 'ja')).can(acuut())).toBe(false);
  });
});

describe('the afwegingen go in order', () => {
  const only = (allowed: StappenplanEvent[]) =>
    alleAntwoorden.filter((event) => !allowed.some((a) => JSON.stringify(a) === JSON.stringify(event)));

  it.each([
    ['steps 1–3 done', stappen1tot3, [afweging(1, 'ja'), afweging(1, 'nee')]],
    ['afweging 2', inWegen, [afweging(2, 'ja'), afweging(2, 'nee')]],
    ['afweging 3', inAfweging3, [afweging(3, 'ja'), afweging(3, 'nee')]],
    ['afweging 4', inAfweging4, [afweging(4, 'ja'), afweging(4, 'nee')]],
    ['help offered (hulpBieden), before hulp.volgen', inHulpBieden, []],
    ['afweging 5', inAfweging5, [afweging(5, 'ja'), afweging(5, 'nee')]],
  ] as const)('at %s accepts only that afweging', (_, events, allowed) => {
    const snapshot = play(kindOnderwijs, ...events);
    for (const event of allowed) expect(snapshot.can(event)).toBe(true);
    for (const event of only([...allowed])) expectRefused(snapshot, event);
  });
});

describe('the route for a suspected colleague applies only where the law sets it', () => {
  const expected: Record<string, { zeden: boolean; mishandeling: boolean }> = {
    kinderopvang: { zeden: true, mishandeling: true },
    onderwijs: { zeden: true, mishandeling: false },
  };

  it.each(
    sectorSchema.options.flatMap((sector) =>
      (['zeden', 'mishandeling'] as const).map((d) => [sector, d] as const),
    ),
  )('in %s, for %s, opens the route exactly when the law applies', (sector, delict) => {
    // The case declares who is suspected; only then can the route open at all.
    const medewerker = play({ client: 'kind', sector, verdachte: 'medewerker' });
    const houder = play({ client: 'kind', sector, verdachte: 'houder' });
    const applies = expected[sector]?.[delict] ?? false;
    expect(medewerker.can(vermoeden(delict))).toBe(applies);
    expect(houder.can(vermoeden(delict, 'houder'))).toBe(applies);
    if (applies)
      expect(play({ client: 'kind', sector, verdachte: 'medewerker' }, vermoeden(delict)).value).toEqual({
        collegaRoute: 'houderInformeren',
      });
    else {
      expectRefused(medewerker, vermoeden(delict));
      expectRefused(houder, vermoeden(delict, 'houder'));
    }
  });

  it('refuses mishandeling by a staff member in onderwijs', () => {
    expectRefused(play(onderwijsMedewerker), vermoeden('mishandeling'));
  });

  it('refuses the route in gezondheidszorg, even with a declared verdachte', () => {
    expectRefused(play(volwasseneZorg), vermoeden('zeden'));
    expectRefused(play({ ...volwasseneZorg, verdachte: 'medewerker' }), vermoeden('zeden'));
    expectRefused(play({ ...volwasseneZorg, verdachte: 'houder' }), vermoeden('mishandeling', 'houder'));
  });

  it('is raised while mapping signals, not after afweging 1', () => {
    expectRefused(play(opvangMedewerker, ...inWegen), vermoeden('zeden'));
  });
});

describe('the route for a suspected colleague: houder, vertrouwensinspecteur, aangifte', () => {
  it('goes medewerker → houder informeren → vertrouwensinspecteur → redelijk vermoeden → aangifte gedaan', () => {
    let snapshot = play(opvangMedewerker, vermoeden('mishandeling'));
    expect(snapshot.value).toEqual({ collegaRoute: 'houderInformeren' });
    expect(snapshot.context.collega).toEqual({ delict: 'mishandeling', verdachte: 'medewerker' });
    expect(snapshot.can(inspecteur(true))).toBe(false);
    expect(snapshot.can(aangifte)).toBe(false);

    snapshot = transition(stappenplanMachine, snapshot, houderInformeren)[0];
    expect(snapshot.value).toEqual({ collegaRoute: 'vertrouwensinspecteur' });
    expect(snapshot.can(aangifte)).toBe(false);

    snapshot = transition(stappenplanMachine, snapshot, inspecteur(true))[0];
    expect(snapshot.value).toEqual({ collegaRoute: 'aangifte' });
    expect(snapshot.context.collega).toEqual({
      delict: 'mishandeling',
      verdachte: 'medewerker',
      redelijkVermoeden: true,
    });

    snapshot = transition(stappenplanMachine, snapshot, aangifte)[0];
    expect(snapshot.value).toBe('aangifteGedaan');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.melding).toBeNull();
  });

  it('ends in geenAangifte when the vertrouwensinspecteur finds no redelijk vermoeden', () => {
    const snapshot = play(onderwijsMedewerker, vermoeden('zeden'), houderInformeren, inspecteur(false));
    expect(snapshot.value).toBe('geenAangifte');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.collega).toEqual({
      delict: 'zeden',
      verdachte: 'medewerker',
      redelijkVermoeden: false,
    });
  });

  it('goes straight to aangifte when the suspect is the houder', () => {
    const snapshot = play(opvangHouder, vermoeden('zeden', 'houder'));
    expect(snapshot.value).toEqual({ collegaRoute: 'aangifte' });
    expect(snapshot.context.collega).toEqual({ delict: 'zeden', verdachte: 'houder' });
    expect(snapshot.can(houderInformeren)).toBe(false);
    expect(play(opvangHouder, vermoeden('zeden', 'houder'), aangifte).value).toBe('aangifteGedaan');
  });

  it.each([
    ['houderInformeren', opvangMedewerker, [vermoeden('zeden')]],
    ['vertrouwensinspecteur', opvangMedewerker, [vermoeden('zeden'), houderInformeren]],
    ['aangifte', opvangMedewerker, [vermoeden('zeden'), houderInformeren, inspecteur(true)]],
    ['aangifte (houder)', opvangHouder, [vermoeden('mishandeling', 'houder')]],
  ] as const)(
    'refuses Veilig Thuis (melding.doen), acuut.handelen, hulp.volgen and the afwegingen at %s',
    (_, input, events) => {
      const snapshot = play(input, ...events);
      expectRefused(snapshot, melden(true));
      expectRefused(snapshot, melden(false));
      expectRefused(snapshot, acuut());
      expectRefused(snapshot, hulpVolgen);
      for (const event of alleAntwoorden) expectRefused(snapshot, event);
    },
  );

  it('can be raised with steps 1–3 partly or fully done', () => {
    expect(play(opvangMedewerker, signalen, vermoeden('zeden')).value).toEqual({
      collegaRoute: 'houderInformeren',
    });
    expect(play(opvangMedewerker, ...stappen1tot3, vermoeden('zeden')).value).toEqual({
      collegaRoute: 'houderInformeren',
    });
  });
});

describe('findings from review, each pinned before the fix', () => {
  it('refuses a skip of the gesprek with a reason the meldcode does not recognise', () => {
    const unknown = { type: 'gesprek.overslaan', reden: 'geen-zin' } as unknown as StappenplanEvent;
    const snapshot = play(kindOnderwijs, signalen, overleg('collega'));
    expectRefused(snapshot, unknown);
    expect(transition(stappenplanMachine, snapshot, unknown)[0].context.gesprek).toBeNull();
  });

  it('opens the onderwijs route for a suspected colleague only for a minor pupil', () => {
    expect(play(onderwijsMedewerker, vermoeden('zeden')).value).toEqual({ collegaRoute: 'houderInformeren' });
    expectRefused(play({ ...onderwijsMedewerker, client: 'volwassene' }), vermoeden('zeden'));
  });

  it('keeps the outcome that called for melden when acute danger follows', () => {
    const snapshot = play(kindOnderwijs, ...inWegen, afweging(2, 'ja'), acuut('letsel'));
    expect(snapshot.value).toBe('gemeld');
    expect(snapshot.context.melding).toEqual({ reden: 'afweging-2-ja', hulpGaatDoor: true });
    expect(snapshot.context.acuut).toBe('letsel');
  });

  it('lets the facts be recorded during the route for a suspected colleague', () => {
    const snapshot = play(opvangMedewerker, vermoeden('mishandeling'), signalen);
    expect(snapshot.value).toEqual({ collegaRoute: 'houderInformeren' });
    expect(snapshot.context.signalenVastgelegd).toBe(true);
  });
});

describe('the meldcode, not only its order: the new rules', () => {
  const alleAcuteRedenen =
    'letsel, verwurging, wapens, seksueel-geweld, falsificatie, onthulling, zorg-valt-weg, ' +
    'gedwongen-vlucht, zwangerschap, oorlogsgeweld, mensenhandel, levensbedreiging, basiszorg-ontbreekt';

  it('starts with the new context fields: the declared verdachte, no acute reason, help not yet followed', () => {
    expect(play(kindOnderwijs).context).toMatchObject({
      verdachte: 'huiselijke-kring',
      acuut: null,
      hulpGevolgd: false,
    });
    expect(play(opvangMedewerker).context.verdachte).toBe('medewerker');
    expect(play(opvangHouder).context.verdachte).toBe('houder');
  });

  it('refuses acuut.handelen without a recognised reason and explains which reasons count', () => {
    const zonderReden = { type: 'acuut.handelen' } as unknown as StappenplanEvent;
    const onbekend = { type: 'acuut.handelen', reden: 'paniek' } as unknown as StappenplanEvent;
    const where = [[], stappen1tot3, inWegen, inAfweging3, inAfweging4, inHulpBieden, inAfweging5];
    for (const events of [...where, [...inWegen, afweging(2, 'ja')]]) {
      const snapshot = play(kindOnderwijs, ...events);
      for (const event of [zonderReden, onbekend]) {
        expectRefused(snapshot, event);
        expect(explainRefusal(snapshot, event)).toBe(
          `acuut-handelen vraagt een acuteReason uit de lijst van acute situaties: ${alleAcuteRedenen}`,
        );
      }
      expect(snapshot.can(acuut())).toBe(true);
    }
  });

  it.each(acuteReasons)('records the acute reason "%s" in context.acuut', (reden: AcuteReason) => {
    const snapshot = play(kindOnderwijs, signalen, acuut(reden));
    expect(snapshot.value).toBe('gemeld');
    expect(snapshot.context.acuut).toBe(reden);
    expect(snapshot.context.melding).toEqual({ reden: 'acuut', hulpGaatDoor: true });
  });

  it('records the acute reason beside the outcome that called for melden', () => {
    const snapshot = play(kindOnderwijs, ...inAfweging4, afweging(4, 'nee'), acuut('zorg-valt-weg'));
    expect(snapshot.context.acuut).toBe('zorg-valt-weg');
    expect(snapshot.context.melding).toEqual({ reden: 'afweging-4-nee', hulpGaatDoor: true });
    expect(play(kindOnderwijs, ...inAfweging4, afweging(4, 'nee'), melden(true)).context.acuut).toBeNull();
  });

  it('refuses afweging 5 while help is offered (hulpBieden) and explains it; accepts it after hulp.volgen', () => {
    const bieden = play(kindOnderwijs, ...inHulpBieden);
    for (const event of [afweging(5, 'ja'), afweging(5, 'nee')]) {
      expectRefused(bieden, event);
      expect(explainRefusal(bieden, event)).toBe(
        'het stappenplan is bij hulp bieden of organiseren en de effecten volgen (na afweging 4 ja): ' +
          'afweging 5 kan pas als de hulp is gestart en de effecten zijn gevolgd; ' +
          'zet eerst een keuze met action: hulp-volgen op een eigen stap-5-moment',
      );
    }
    expect(bieden.can(hulpVolgen)).toBe(true);
    const gevolgd = transition(stappenplanMachine, bieden, hulpVolgen)[0];
    expect(gevolgd.value).toEqual({ beslissen: 'afweging5' });
    expect(gevolgd.context.hulpGevolgd).toBe(true);
    expect(gevolgd.can(afweging(5, 'ja'))).toBe(true);
    expect(gevolgd.can(afweging(5, 'nee'))).toBe(true);
    expect(transition(stappenplanMachine, gevolgd, afweging(5, 'ja'))[0].value).toBe(
      'afgeslotenMetAfspraken',
    );
  });

  it('refuses hulp.volgen anywhere but after afweging 4 ja, and explains it', () => {
    for (const events of [[], stappen1tot3, inWegen, inAfweging3, inAfweging4, inAfweging5]) {
      expectRefused(play(kindOnderwijs, ...events), hulpVolgen);
    }
    expectRefused(play(kindOnderwijs, ...inWegen, afweging(2, 'ja')), hulpVolgen);
    expect(explainRefusal(play(kindOnderwijs, ...inAfweging4), hulpVolgen)).toBe(
      'het stappenplan is bij afweging 4 (aanvaarden de betrokkenen de hulp?); ' +
        'hulp-volgen hoort na afweging 4 ja, voor afweging 5',
    );
  });

  it('refuses afweging 1 nee after a kindcheck that found zorgen and explains it, but allows afweging 1 ja', () => {
    const zorgen = play(volwasseneZorg, signalen, kindcheck(true), overleg('collega'), gesprek);
    expectRefused(zorgen, afweging(1, 'nee'));
    expect(explainRefusal(zorgen, afweging(1, 'nee'))).toBe(
      'de kindcheck vond zorgen over de kinderen, dus afweging 1 kan geen "nee" zijn: ' +
        'weeg de veiligheid van de kinderen mee in afweging 2',
    );
    const ja = transition(stappenplanMachine, zorgen, afweging(1, 'ja'))[0];
    expect(ja.value).toBe('wegen');
    expect(ja.context.antwoorden).toEqual({ 1: 'ja' });

    const geenZorgen = play(volwasseneZorg, signalen, kindcheck(false), overleg('collega'), gesprek);
    expect(transition(stappenplanMachine, geenZorgen, afweging(1, 'nee'))[0].value).toBe('afgesloten');
  });

  it('refuses collega.vermoeden whose verdachte differs from the case and explains it', () => {
    const cases = [
      [kindOpvang, vermoeden('zeden'), 'huiselijke-kring', 'medewerker'],
      [kindOpvang, vermoeden('mishandeling', 'houder'), 'huiselijke-kring', 'houder'],
      [opvangMedewerker, vermoeden('zeden', 'houder'), 'medewerker', 'houder'],
      [opvangHouder, vermoeden('mishandeling'), 'houder', 'medewerker'],
      [kindOnderwijs, vermoeden('zeden'), 'huiselijke-kring', 'medewerker'],
    ] as const;
    for (const [input, event, declared, raised] of cases) {
      const snapshot = play(input);
      expectRefused(snapshot, event);
      expect(explainRefusal(snapshot, event)).toBe(
        `deze casus noemt als verdachte "${declared}", niet "${raised}"; ` +
          'pas verdachte bovenaan de casus aan of kies de actie die erbij past',
      );
    }
    expect(play(opvangMedewerker).can(vermoeden('zeden'))).toBe(true);
    expect(play(opvangHouder).can(vermoeden('zeden', 'houder'))).toBe(true);
  });
});

describe('a kindcheck that found concerns', () => {
  it('stays on record when a later kindcheck finds none, so afweging 1 nee stays refused', () => {
    let [snapshot] = initialTransition(stappenplanMachine, {
      client: 'volwassene',
      sector: 'gezondheidszorg',
    });
    for (const event of [
      { type: 'signalen.vastleggen' },
      { type: 'kindcheck.uitvoeren', zorgen: true },
      { type: 'kindcheck.uitvoeren', zorgen: false },
      { type: 'overleg.voeren', met: 'collega' },
      { type: 'gesprek.voeren' },
    ] as const)
      [snapshot] = transition(stappenplanMachine, snapshot, event);
    expect(snapshot.context.kindcheck).toEqual({ zorgen: true });
    expect(snapshot.can({ type: 'afweging.beantwoorden', afweging: 1, antwoord: 'nee' })).toBe(false);
    expect(snapshot.can({ type: 'afweging.beantwoorden', afweging: 1, antwoord: 'ja' })).toBe(true);
  });
});
