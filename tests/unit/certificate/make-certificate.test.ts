import { beforeAll, describe, expect, it } from 'vitest';
import { certificateIntegrity } from '../../../modules/certificate/certificate-record.ts';
import { cleanLearner, makeCertificate } from '../../../modules/certificate/make-certificate.ts';
import type { CourseModule } from '../../../modules/course/course-module.ts';
import { createVerifier } from '../../../modules/certificate/verify-certificate.ts';
import { answerFromVersion1, emptyProgress } from '../../../modules/progress/progress.ts';
import { detourLog, fixtureContext, fixtureModule, fixtureProgress, ISSUED, RANDOM } from './helpers.ts';

let module: CourseModule;
beforeAll(async () => {
  module = await fixtureModule(1);
});
const make = (progress = fixtureProgress(module), name = 'Noë van Dijk') =>
  makeCertificate({ progress, module, learner: { name }, now: ISSUED, random: RANDOM });

describe('makeCertificate', () => {
  it('makes a sealed record whose summary is what verification recomputes', async () => {
    const made = await make();
    if (!made.ok) throw new Error(made.message);
    expect(made.record).toMatchObject({
      kind: 'bewijs-van-deelname',
      version: 2,
      id: '070W3GE1R70W3GE1R70W3GE1R7',
      issuedAt: '2026-12-02T10:15:00.000Z',
      learner: { name: 'Noë van Dijk' },
      module: { id: 'onderwijs' },
      studyMinutes: 10,
      // Measured in the learner's browser (helpers.ts): 300 s on the lesson, 67 minutes on the attempt.
      measured: { seconds: 4320, unmeasured: 0, caseAttempts: 1, questionTries: 3 },
      cases: [{ caseId: 'geldig', caseVersion: 1, log: '1.9ix.10000' }],
      answers: { 'onderwijs/les#v1': ['ja'], 'onderwijs/les#v2': ['a', 'b'] },
    });
    expect(made.record.integrity).toBe(await certificateIntegrity(made.record));
    const verdict = await createVerifier(await fixtureContext(module)).verifyRecord(made.record);
    expect(verdict.status === 'geldig' && verdict.summary).toEqual(made.summary);
  });

  it('lists what is still to do, and issues nothing', async () => {
    const progress = emptyProgress();
    expect(await make(progress)).toEqual({
      ok: false,
      code: 'niet-af',
      unfinished: { lessons: ['De les'], questions: ['De les'], cases: ['Een geldige casus'] },
      message:
        'De module Onderwijs is nog niet af, dus er is nog geen bewijs van deelname: lees nog “De les”; beantwoord de kennisvragen bij “De les” goed; haal de casus “Een geldige casus”.',
    });
  });

  it('puts the right answers on the record, and issues nothing while a question is not answered right', async () => {
    const made = await make();
    expect(made.ok && made.record.answers['onderwijs/les#v2']).toEqual(['a', 'b']);
    const wrong = fixtureProgress(module);
    wrong.answers['onderwijs/les#v2'] = {
      ...wrong.answers['onderwijs/les#v2']!,
      last: { options: ['c'], right: false, at: '2026-12-01T09:01:00.000Z' },
    };
    const old = fixtureProgress(module);
    old.answers['onderwijs/les#v1'] = answerFromVersion1({ options: ['ja'], at: '2026-12-01T09:00:00.000Z' });
    for (const progress of [wrong, old]) {
      const refused = await make(progress);
      expect(refused.ok || (refused.code === 'niet-af' && refused.unfinished)).toEqual({
        lessons: [],
        questions: ['De les'],
        cases: [],
      });
    }
  });

  it('does not count an attempt below the pass mark, unfinished, or on another version of the case', async () => {
    const failed = fixtureProgress(module, [
      { node: 'signalen', choice: 'niets' },
      { node: 'signalen', choice: 'noteren' },
      { node: 'overleg', choice: 'vt' },
      { node: 'overleg', choice: 'collega' },
      { node: 'gesprek', choice: 'nee' },
      { node: 'gesprek', choice: 'ja' },
      { node: 'afweging-1', choice: 'nee' },
    ]);
    const unfinished = fixtureProgress(module, detourLog.slice(0, 3));
    const otherVersion = fixtureProgress(module);
    otherVersion.attempts[0]!.caseVersion = 2;
    for (const progress of [failed, unfinished, otherVersion]) {
      const made = await make(progress);
      expect(made.ok || (made.code === 'niet-af' && made.unfinished)).toEqual({
        lessons: [],
        questions: [],
        cases: ['Een geldige casus'],
      });
    }
  });

  it('takes the best passed attempt', async () => {
    const progress = fixtureProgress(module);
    const expert = detourLog.slice(1);
    progress.attempts.push({
      ...progress.attempts[0]!,
      startedAt: '2026-12-01T10:00:00.000Z',
      seed: 7,
      events: expert,
    });
    const made = await make(progress);
    expect(made.ok && made.record.cases[0]!.log).toBe('1.7.0000');
    expect(made.ok && made.summary.score.total).toBe(8);
  });
});

describe('cleanLearner', () => {
  it('trims, folds white space and normalises to NFC', () => {
    expect(
      cleanLearner({ name: '  Noe\u0308   van  Dijk ', organisation: ' ', registration: 'BIG 12345678901' }),
    ).toEqual({
      ok: true,
      value: { name: 'Noë van Dijk', registration: 'BIG 12345678901' },
    });
  });

  it('removes invisible characters, and a name of nothing else is no name', () => {
    expect(
      cleanLearner({
        name: '\uFEFFNo\u00ADë\u200B van\u2060 \u200EDijk\u200D',
        organisation: '\u200B \u3164',
        registration: 'SKJ\u200C 110012345\uFE0F',
      }),
    ).toEqual({ ok: true, value: { name: 'Noë van Dijk', registration: 'SKJ 110012345' } });
    expect(cleanLearner({ name: '\u200B\u00AD \u2800' })).toMatchObject({
      ok: false,
      field: 'name',
      message: 'Vul je naam in: die komt op het bewijs.',
    });
    // Direction overrides are not removed but refused: they change how the rest reads.
    expect(cleanLearner({ name: 'Noë\u202Eedoc' })).toMatchObject({ ok: false, field: 'name' });
    expect(cleanLearner({ name: 'Noë\u2067x\u2069' })).toMatchObject({ ok: false, field: 'name' });
  });

  it('keeps a zero-width non-joiner or joiner between two letters of a script that needs one, and removes it elsewhere', () => {
    const name = (typed: string) => {
      const cleaned = cleanLearner({ name: typed });
      return cleaned.ok ? cleaned.value.name : cleaned.message;
    };
    // Persian (Arabic script): نیک‌نام needs the non-joiner, or it reads as another word.
    expect(name('مهدی نیک\u200Cنام')).toBe('مهدی نیک\u200Cنام');
    // Devanagari, after the virama (a mark): joiner and non-joiner choose how the consonants join.
    expect(name('क्\u200Dष क्\u200Cष')).toBe('क्\u200Dष क्\u200Cष');
    expect(name('മലയാളം\u200Cഭാഷ')).toBe('മലയാളം\u200Cഭാഷ');
    // Elsewhere it shows nothing: between Latin letters, between two scripts, next to a space, at the
    // start or the end, doubled, or in an emoji sequence.
    expect(name('Jan\u200CJansen \u200DPiet')).toBe('JanJansen Piet');
    expect(name('Ali\u200Cعلی')).toBe('Aliعلی');
    expect(name('\u200Cنیک \u200Cنام\u200D')).toBe('نیک نام');
    expect(name('نیک\u200C\u200Cنام')).toBe('نیکنام');
    expect(name('Sam 👩\u200D💻')).toBe('Sam 👩💻');
  });

  it('says in Dutch what cannot go on a certificate', () => {
    expect(cleanLearner({ name: ' ' })).toMatchObject({
      field: 'name',
      message: 'Vul je naam in: die komt op het bewijs.',
    });
    expect(cleanLearner({ name: 'x'.repeat(201) })).toMatchObject({
      field: 'name',
      message: 'Je naam is te lang: ten hoogste 200 tekens.',
    });
    expect(cleanLearner({ name: 'A', registration: '1'.repeat(41) })).toMatchObject({
      field: 'registration',
      message: 'Je registratienummer is te lang: ten hoogste 40 tekens.',
    });
    expect(cleanLearner({ name: 'A', organisation: 'Zorg\u202Egro' })).toMatchObject({
      field: 'organisation',
      message:
        'De naam van je organisatie bevat tekens die niet op een bewijs kunnen (zoals stuurtekens). Typ het opnieuw.',
    });
  });
});
