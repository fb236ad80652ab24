import { describe, expect, it } from 'vitest';
import { criticalChoices } from '../../../modules/case/critical-choices.ts';
import { content } from './content-facts.ts';

// The same mistake scores the same in every case: a dangerous choice is wrong (fout, 0 points), promising
// secrecy is always dangerous, and so is putting off to next week's team meeting what acute danger asks
// for today. A review found such choices at half points in some cases and at zero in others.

const choices = content.cases.flatMap(({ compiled, file }) =>
  compiled.def.nodes.flatMap((node) => {
    const critical = criticalChoices(node);
    return (node.choices ?? []).map((choice) => ({
      where: `${file}: ${node.id}/${choice.id}`,
      choice,
      category: critical.get(choice.id),
    }));
  }),
);

describe('the scoring of mistakes in the cases', () => {
  it('gives a dangerous choice verdict fout and 0 points', () => {
    for (const { where, choice, category } of choices) {
      if (!category) continue;
      expect({ verdict: choice.verdict, score: choice.score }, where).toEqual({ verdict: 'fout', score: 0 });
    }
  });

  it('marks every promise of secrecy as geheimhouding-beloven', () => {
    const promises = choices.filter(
      ({ choice }) => choice.verdict !== 'goed' && /\bbeloof\b/i.test(choice.label),
    );
    expect(promises.length).toBeGreaterThanOrEqual(8);
    for (const { where, category } of promises) expect(category, where).toBe('geheimhouding-beloven');
  });

  it('marks waiting for the team meeting as waiting in acute danger', () => {
    const meetings = choices.filter(({ choice }) => /teamoverleg/i.test(choice.label));
    expect(meetings.length).toBeGreaterThanOrEqual(4);
    for (const { where, category } of meetings) expect(category, where).toBe('wachten-bij-acuut-gevaar');
  });

  it('names reporting later in acute danger as waiting, not as not reporting', () => {
    // "Ik meld bij de volgende controle" does report, too late: the result must say so.
    const later = choices.filter(
      ({ choice, category }) =>
        category && /\bmeld\b[^.]*\b(morgen|volgende|donderdag|na het weekend)/i.test(choice.label),
    );
    expect(later.length).toBeGreaterThanOrEqual(5);
    for (const { where, category } of later) expect(category, where).toBe('wachten-bij-acuut-gevaar');
  });
});
