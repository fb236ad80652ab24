import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../modules/case/case-issue.ts';
import { expertPath } from '../../../modules/case/expert-path.ts';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { replayAttempt } from '../../../modules/scoring/replay-attempt.ts';
import { scoreAttempt } from '../../../modules/scoring/score-attempt.ts';

const root = new URL('../../../', import.meta.url).pathname;
const content = loadContent(root);
const byId = new Map(content.cases.map(({ compiled }) => [compiled.def.id, compiled]));

/** Where the expert route of a case leaves the stappenplan. */
function expertOutcome(id: string) {
  const compiled = byId.get(id);
  if (!compiled) throw new Error(`case "${id}" is missing from content/casussen/`);
  const snapshot = replayAttempt(compiled, expertPath(compiled)!);
  return { final: snapshot.context.stappenplan.value, ...snapshot.context.stappenplan.context };
}

describe('the real cases in content/', () => {
  it('all pass the path checks', () => {
    expect(content.issues.map(formatIssue)).toEqual([]);
  });

  it('are at least six, over at least four beroepsgroepen', () => {
    expect(content.cases.length).toBeGreaterThanOrEqual(6);
    expect(
      new Set(content.cases.map(({ compiled }) => compiled.def.beroepsgroep)).size,
    ).toBeGreaterThanOrEqual(4);
  });

  it('each earn their maximum score on the expert route, and pass', () => {
    for (const { compiled } of content.cases) {
      const score = scoreAttempt(compiled, expertPath(compiled)!);
      expect(score, compiled.def.id).toMatchObject({ total: score.max, passed: true, complete: true });
      expect(score.max, compiled.def.id).toBeGreaterThan(0);
    }
  });
});

describe('between them, the cases take every route the course must teach', () => {
  it('afweging 1 nee: close and record', () => {
    expect(expertOutcome('daan-blauwe-plekken')).toMatchObject({
      final: 'afgesloten',
      antwoorden: { 1: 'nee' },
    });
  });

  it('acute onveiligheid after a disclosure: afweging 2 ja, melden', () => {
    expect(expertOutcome('noor-vertelt-op-de-bso')).toMatchObject({
      final: 'gemeld',
      antwoorden: { 2: 'ja' },
      melding: { reden: 'afweging-2-ja' },
    });
  });

  it('structurele onveiligheid: afweging 2 ja, melden while help goes on', () => {
    expect(expertOutcome('mevrouw-de-boer')).toMatchObject({
      final: 'gemeld',
      antwoorden: { 2: 'ja' },
      melding: { reden: 'afweging-2-ja', hulpGaatDoor: true },
    });
  });

  it('hulp accepted and working: afweging 5 ja', () => {
    expect(expertOutcome('mila-huilt-veel')).toMatchObject({
      final: 'afgeslotenMetAfspraken',
      antwoorden: { 2: 'nee', 3: 'ja', 4: 'ja', 5: 'ja' },
    });
  });

  it('hulp refused: afweging 4 nee, melden (with the kindcheck for an adult client)', () => {
    expect(expertOutcome('kindcheck-bij-kim')).toMatchObject({
      final: 'gemeld',
      client: 'volwassene',
      kindcheck: { zorgen: true },
      antwoorden: { 4: 'nee' },
      melding: { reden: 'afweging-4-nee' },
    });
  });

  it('help that does not bring safety: afweging 5 nee, melden', () => {
    expect(expertOutcome('echtpaar-jansen')).toMatchObject({
      final: 'gemeld',
      melding: { reden: 'afweging-5-nee' },
    });
  });

  it('gesprek skipped for safety, with the reason recorded', () => {
    expect(expertOutcome('aylin-zomervakantie')).toMatchObject({
      final: 'gemeld',
      gesprek: { overgeslagen: 'gevaar-betrokkenen' },
    });
  });

  it('violence against a pregnant woman: kindcheck for the unborn child, gesprek with the partner skipped, afweging 2 ja, melden while help goes on', () => {
    expect(expertOutcome('fatima-28-weken')).toMatchObject({
      final: 'gemeld',
      client: 'volwassene',
      kindcheck: { zorgen: true },
      gesprek: { overgeslagen: 'gevaar-betrokkenen' },
      antwoorden: { 1: 'ja', 2: 'ja' },
      melding: { reden: 'afweging-2-ja', hulpGaatDoor: true },
    });
  });

  it('acute danger: act now (112, then Veilig Thuis) without waiting for the other steps', () => {
    expect(expertOutcome('dreiging-bij-linda')).toMatchObject({
      final: 'gemeld',
      client: 'volwassene',
      kindcheck: { zorgen: true },
      overleg: [],
      gesprek: null,
      antwoorden: {},
      melding: { reden: 'acuut' },
    });
  });

  it('a suspected colleague in kinderopvang: houder, vertrouwensinspecteur, aangifte, not Veilig Thuis', () => {
    expect(expertOutcome('collega-tijdens-slaapje')).toMatchObject({
      final: 'aangifteGedaan',
      sector: 'kinderopvang',
      melding: null,
      collega: { verdachte: 'medewerker', redelijkVermoeden: true },
    });
  });
});
