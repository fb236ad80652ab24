import { describe, expect, it } from 'vitest';
import { recordAnswer } from '../../../modules/progress/progress-changes.ts';
import { resumePoint } from '../../../modules/progress/resume-point.ts';
import { attempt, progress } from './helpers.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 9, minute));

describe('resumePoint ("verder waar je was")', () => {
  it('is nothing without answers or attempts, also when lessons were only read', () => {
    expect(resumePoint(progress())).toBeNull();
    expect(resumePoint(progress({ lessons: ['onderwijs/signalen'] }))).toBeNull();
  });

  it('is the lesson of the latest answer', () => {
    let p = recordAnswer(progress(), 'onderwijs/signalen#a', { options: ['x'], right: false }, at(30));
    p = recordAnswer(p, 'basis/vijf-stappen#b', { options: ['x'], right: false }, at(40));
    p = recordAnswer(p, 'onderwijs/afwegingen#c', { options: ['x'], right: false }, at(35));
    expect(resumePoint(p)).toEqual({
      kind: 'les',
      beroepsgroep: 'basis',
      slug: 'vijf-stappen',
      at: at(40).toISOString(),
    });
  });

  it('is the case of the latest attempt when that is later, counting its last decision', () => {
    const p = recordAnswer(
      progress({
        attempts: [attempt(10, [{ node: 'signalen', choice: 'noteren', at: at(50).toISOString() }])],
      }),
      'onderwijs/signalen#a',
      { options: ['x'], right: false },
      at(45),
    );
    expect(resumePoint(p)).toEqual({ kind: 'casus', caseId: 'geldig', at: at(50).toISOString() });
    const earlier = recordAnswer(
      progress({ attempts: [attempt(10)] }),
      'onderwijs/signalen#a',
      { options: ['x'], right: false },
      at(45),
    );
    expect(resumePoint(earlier)).toMatchObject({ kind: 'les', slug: 'signalen' });
  });

  it('takes the case on a tie', () => {
    const p = recordAnswer(
      progress({ attempts: [attempt(45)] }),
      'onderwijs/signalen#a',
      { options: ['x'], right: false },
      at(45),
    );
    expect(resumePoint(p)).toMatchObject({ kind: 'casus' });
  });
});
