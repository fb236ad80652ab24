import { describe, expect, it } from 'vitest';
import { nl } from '../../../modules/strings/nl.ts';
import {
  checklistEvents,
  checklistOf,
  emptyChecklist,
  type StappenChecklist,
} from '../../../modules/wijzer/stappen-checklist.ts';
import { acuutMogelijk, wijzerMoment } from '../../../modules/wijzer/wijzer-moment.ts';
import {
  resumeWijzer,
  sendAllInWijzer,
  sendInWijzer,
  startWijzer,
  type WijzerRun,
  type WijzerSetup,
} from '../../../modules/wijzer/wijzer-run.ts';

const kind: WijzerSetup = { beroepsgroep: 'onderwijs', sector: 'onderwijs', client: 'kind' };
const volwassene: WijzerSetup = { beroepsgroep: 'ggz', sector: 'gezondheidszorg', client: 'volwassene' };
const klaar: StappenChecklist = {
  signalen: true,
  kindcheck: 'open',
  overleg: ['collega'],
  gesprek: 'gevoerd',
};

function answer(run: WijzerRun, afweging: 1 | 2 | 3 | 4 | 5, antwoord: 'ja' | 'nee'): WijzerRun {
  const result = sendInWijzer(run, { type: 'afweging.beantwoorden', afweging, antwoord });
  if (!result.ok) throw new Error(result.explanation);
  return result.run;
}

const afterSteps = (setup: WijzerSetup, list: StappenChecklist) =>
  sendAllInWijzer(startWijzer(setup), checklistEvents(list));

describe('the wijzer on the stappenplan machine', () => {
  it('starts with nothing done and afweging 1 as the next question', () => {
    const run = startWijzer(kind);
    expect(run.events).toEqual([]);
    expect(wijzerMoment(run.snapshot)).toEqual({ kind: 'afweging', nummer: 1 });
    expect(acuutMogelijk(run.snapshot)).toBe(true);
  });

  it('refuses afweging 1 before steps 1–3, with the open steps, and leaves the run as it was', () => {
    const run = startWijzer(kind);
    const result = sendInWijzer(run, { type: 'afweging.beantwoorden', afweging: 1, antwoord: 'ja' });
    expect(result.ok).toBe(false);
    expect(result.run).toBe(run);
    if (!result.ok)
      expect(result.explanation).toMatch(/^Afweging 1 komt na stap 1 tot en met 3; nog open: stap 1/);
  });

  it('asks the kindcheck of an adult client before afweging 1', () => {
    const { run } = afterSteps(volwassene, klaar);
    expect(sendInWijzer(run, { type: 'afweging.beantwoorden', afweging: 1, antwoord: 'ja' }).ok).toBe(false);
    const checked = afterSteps(volwassene, { ...klaar, kindcheck: 'geen-zorgen' }).run;
    expect(wijzerMoment(answer(checked, 1, 'ja').snapshot)).toEqual({ kind: 'afweging', nummer: 2 });
  });

  it('refuses to skip the gesprek for another reason, and keeps the other steps', () => {
    const { run, explanations } = afterSteps(kind, { ...klaar, gesprek: 'andere-reden' });
    expect(explanations).toEqual([nl.refusal.gesprekReden]);
    expect(checklistOf(run.snapshot.context)).toEqual({ ...klaar, gesprek: 'open' });
  });

  it('accepts a recognised reason to skip the gesprek', () => {
    const { run, explanations } = afterSteps(kind, { ...klaar, gesprek: 'gevaar-betrokkenen' });
    expect(explanations).toEqual([]);
    expect(run.snapshot.context.gesprek).toEqual({ overgeslagen: 'gevaar-betrokkenen' });
  });

  it('walks afweging 2 nee, 3 ja, 4 ja, help followed and 5 ja to closing with agreements', () => {
    let run = answer(afterSteps(kind, klaar).run, 1, 'ja');
    run = answer(answer(answer(run, 2, 'nee'), 3, 'ja'), 4, 'ja');
    expect(wijzerMoment(run.snapshot)).toEqual({ kind: 'hulp-volgen' });
    expect(sendInWijzer(run, { type: 'afweging.beantwoorden', afweging: 5, antwoord: 'ja' })).toMatchObject({
      ok: false,
      explanation: nl.refusal.afweging5VoorHulp,
    });
    const followed = sendInWijzer(run, { type: 'hulp.volgen' });
    expect(followed.ok).toBe(true);
    run = answer(followed.run, 5, 'ja');
    expect(wijzerMoment(run.snapshot)).toEqual({ kind: 'klaar', end: 'afgeslotenMetAfspraken' });
    expect(acuutMogelijk(run.snapshot)).toBe(false);
  });

  it('asks for the report after afweging 2 ja, and ends when it is made', () => {
    const run = answer(answer(afterSteps(kind, klaar).run, 1, 'ja'), 2, 'ja');
    expect(wijzerMoment(run.snapshot)).toEqual({ kind: 'melden', reden: 'afweging-2-ja' });
    const done = sendInWijzer(run, { type: 'melding.doen', hulpGaatDoor: true });
    expect(done.ok && wijzerMoment(done.run.snapshot)).toEqual({ kind: 'klaar', end: 'gemeld' });
  });

  it('acts at once in acute danger from steps 1–3, for a recognised reason only', () => {
    const run = startWijzer(kind);
    expect(sendInWijzer(run, { type: 'acuut.handelen', reden: '' as never })).toMatchObject({
      ok: false,
      explanation: nl.refusal.acuteReden,
    });
    const acted = sendInWijzer(run, { type: 'acuut.handelen', reden: 'onthulling' });
    expect(acted.ok && acted.run.snapshot.context.acuut).toBe('onthulling');
    expect(acted.ok && wijzerMoment(acted.run.snapshot)).toEqual({ kind: 'klaar', end: 'gemeld' });
  });

  it('resumes a run from its events, and refuses events that no longer fit', () => {
    const run = answer(afterSteps(kind, klaar).run, 1, 'ja');
    const resumed = resumeWijzer(kind, run.events);
    expect(resumed?.snapshot.value).toEqual(run.snapshot.value);
    expect(resumed?.snapshot.context).toEqual(run.snapshot.context);
    expect(resumeWijzer(kind, [{ type: 'hulp.volgen' }])).toBeUndefined();
  });
});

describe('the checklist of steps 1–3', () => {
  it('sends nothing when nothing is done', () => {
    expect(checklistEvents(emptyChecklist)).toEqual([]);
  });

  it('reads back what the machine recorded', () => {
    const list: StappenChecklist = {
      signalen: true,
      kindcheck: 'zorgen',
      overleg: ['collega', 'veilig-thuis'],
      gesprek: 'geen-contact',
    };
    expect(checklistOf(afterSteps(volwassene, list).run.snapshot.context)).toEqual(list);
  });
});
