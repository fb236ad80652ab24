import { describe, expect, it } from 'vitest';
import {
  actionEvent,
  actionEvents,
  caseActions,
  type CaseAction,
} from '../../../modules/case/case-action.ts';
import type { AcuteReason } from '../../../modules/stappenplan/acute-reasons.ts';

type Choice = { action?: CaseAction; acuteReason?: AcuteReason };

const def: { nodes: { choices?: Choice[] }[] } = {
  nodes: [
    {
      choices: [{ action: 'signalen-vastleggen' }, { action: 'acuut-handelen', acuteReason: 'letsel' }, {}],
    },
    { choices: [{ action: 'afweging-2-ja' }, { action: 'signalen-vastleggen' }] },
    {},
  ],
};

describe('actionEvents', () => {
  it('holds the event of each action the choices take, once, and no others', () => {
    expect(actionEvents(def)).toEqual({
      'signalen-vastleggen': caseActions['signalen-vastleggen'],
      'afweging-2-ja': caseActions['afweging-2-ja'],
    });
  });

  it('is enough to give every choice its event, acting in acute danger with the reason the choice states', () => {
    const events = actionEvents(def);
    const choices = def.nodes.flatMap((node) => node.choices ?? []);
    expect(choices.map((choice) => actionEvent(choice, events))).toEqual([
      { type: 'signalen.vastleggen' },
      { type: 'acuut.handelen', reden: 'letsel' },
      null,
      { type: 'afweging.beantwoorden', afweging: 2, antwoord: 'ja' },
      { type: 'signalen.vastleggen' },
    ]);
  });
});

describe('actionEvent', () => {
  it('says in Dutch which action has no event, rather than letting the choice pass unchecked', () => {
    expect(() => actionEvent({ action: 'melden' }, {})).toThrow(
      'geen stappenplan-gebeurtenis voor de actie "melden" bij deze casus',
    );
  });
});
