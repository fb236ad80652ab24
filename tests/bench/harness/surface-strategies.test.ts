import { describe, expect, it } from 'vitest';
import { measureSurfaceStrategies } from '../../../modules/authoring/measure-surface-strategies.ts';
import { caseRows, cueCell, cueRows, questionRows } from '../surface-strategies.ts';
import { everyMoment, fixtureCase, fixtureModule, question } from '../../unit/authoring/surface-fixtures.ts';

const module = fixtureModule(
  [
    fixtureCase(
      'langste-goed',
      everyMoment({
        right: 'Ik doe wat de meldcode op dit moment vraagt.',
        wrong: ['Ik wacht.', 'Nu niet.'],
      }),
    ),
  ],
  [question('v', ['Nee.', 'Ja, met meldrecht.', 'Soms.'], ['Ja, met meldrecht.'])],
);
const figures = {
  modules: [module],
  measurements: [measureSurfaceStrategies(module, { seeds: [0, 1], randomAttempts: 4 })],
};

describe('the surface strategies bench', () => {
  it('gives a row per module and one for all modules, with a pass share per case strategy', () => {
    const rows = caseRows(figures);
    expect(rows.map((row) => row.module)).toEqual(['proef', 'alle modules']);
    expect(rows[0]).toMatchObject({
      cases: 1,
      moments: 6,
      'expert longest %': 100,
      critical: 1,
      'longest %': 100,
      'shortest %': 0,
    });
    expect(rows[0]['all %']).toBeUndefined(); // checkbox strategies are not played on cases
    expect(rows[1]['longest %']).toBe(100);
  });

  it('gives the share of questions each strategy answers right', () => {
    const [row] = questionRows(figures);
    expect(row).toMatchObject({ questions: 1, single: 1, multiple: 0, 'longest %': 100, 'shortest %': 0 });
    expect(row['all-but-shortest on multiple %']).toBe('–');
  });

  it('prints a cue as rate/chance with its items and a mark when flagged', () => {
    const base = { cue: 'longest' as const, kind: 'moment' as const, z: 5, hits: [] as string[] };
    expect(cueCell({ ...base, items: 28, rate: 0.93, chance: 0.43, flag: 'above' })).toBe('93/43 n28 ▲');
    expect(cueCell({ ...base, items: 28, rate: 0.07, chance: 0.43, flag: 'below' })).toBe('7/43 n28 ▼');
    expect(cueCell({ ...base, items: 0, rate: null, chance: null, z: null, flag: null })).toBe('–');
    const rows = cueRows(figures);
    expect(rows.map((row) => `${row.module} ${row.items}`)).toEqual([
      'proef moments',
      'proef questions',
      'alle modules moments',
      'alle modules questions',
    ]);
    expect(rows[0].longest).toBe('100/33 n6'); // six moments: too few to flag
  });
});
