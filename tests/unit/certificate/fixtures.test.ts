import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { loadVerifyContext, moduleContents } from '../../../modules/authoring/module-archive-files.ts';
import { readArchive } from '../../../modules/authoring/archive-files.ts';
import {
  certificateJson,
  sealCertificate,
  type Certificate,
} from '../../../modules/certificate/certificate-record.ts';
import { makeCertificate } from '../../../modules/certificate/make-certificate.ts';
import {
  createVerifier,
  type Verdict,
  type Verifier,
} from '../../../modules/certificate/verify-certificate.ts';
import { compileArchivedVersion } from '../../../modules/scoring/compile-archived-version.ts';
import { decodeLog, encodeLog } from '../../../modules/scoring/log-codec.ts';
import { completeProgress, fixtureIssued } from '../../fixtures/certificates/sample-progress.ts';

// The fixtures in tests/fixtures/certificates/, made by `npm run fixtures:certificates` from the real
// content, against the real archives in content/archief/.
const root = new URL('../../../', import.meta.url).pathname;
const folder = new URL('../../fixtures/certificates/', import.meta.url);
const SLOW = 60_000;
let verifier: Verifier;
beforeAll(() => {
  const { context, issues } = loadVerifyContext(root);
  expect(issues).toEqual([]);
  verifier = createVerifier(context);
});
const verify = (file: string) => verifier.verify(new Uint8Array(readFileSync(new URL(file, folder))));
const reasonOf = (verdict: Verdict) =>
  verdict.status === 'ongeldig' ? [verdict.code, verdict.reason] : verdict.status;

const expected: Record<string, string | [string, string | RegExp]> = {
  'geldig.pdf': 'geldig',
  'geldig.json': 'geldig',
  'geldig-formule-in-naam.json': 'geldig',
  'bewerkt-naam.json': [
    'bewerkt',
    'Het bewijs is na uitgifte veranderd: de inhoud past niet meer bij de controlehash (integrity). Vraag de deelnemer om het oorspronkelijke bestand.',
  ],
  'bewerkt-keuze.json': [
    'bewerkt',
    'Het bewijs is na uitgifte veranderd: de inhoud past niet meer bij de controlehash (integrity). Vraag de deelnemer om het oorspronkelijke bestand.',
  ],
  'dubbel-veld.json': [
    'bewerkt',
    'Het bewijs is na uitgifte veranderd: het veld "learner" staat er twee keer in, zodat programma\'s het verschillend kunnen lezen. Vraag de deelnemer om het oorspronkelijke bestand.',
  ],
  'proto-veld.json': [
    'bewerkt',
    'Het bewijs is na uitgifte veranderd: het bevat een veld "__proto__" dat in geen bewijs van deelname staat en programma\'s kan misleiden. Vraag de deelnemer om het oorspronkelijke bestand.',
  ],
  'bewerkt-score.json': [
    'formaat',
    'Het bewijs heeft niet de vorm van een bewijs van deelname (fout in "score"); het is veranderd of beschadigd.',
  ],
  'nagerekend-niet-gehaald.json': [
    'niet-gehaald',
    'De casus “Aylin en de zomervakantie” is niet gehaald door een gevaarlijke keuze: eerst naar de familie of de verdachte, wachten bij acuut gevaar en niet melden waar het moet.',
  ],
  'onbekende-module.json': ['onbekende-module', 'De module "brandweer" is onbekend bij deze controle.'],
  'onbekende-versie.json': [
    'onbekende-versie',
    'Deze versie van de module Onderwijs (abababababab) staat niet in het archief; werk de controle bij naar de nieuwste versie van de cursus.',
  ],
  'toekomstige-versie.json': [
    'toekomstig',
    'Dit bewijs komt uit een nieuwere versie van de cursus; werk de controle bij naar de nieuwste versie.',
  ],
  'datum-in-de-toekomst.json': [
    'datum-in-de-toekomst',
    'Dit bewijs heeft als datum 2 december 2099. Die datum ligt in de toekomst, dus het bewijs kan niet kloppen. De datum is veranderd, of de klok van het apparaat stond verkeerd. Vraag de deelnemer om het bewijs opnieuw te maken.',
  ],
  // Dated a week before the current edition was archived: the dates and the version move with the content.
  'datum-voor-versie.json': [
    'datum-voor-versie',
    /^Dit bewijs heeft als datum \d{1,2} \p{L}+ \d{4}\. Maar deze versie van de module Onderwijs \([0-9a-f]{12}\) bestaat pas sinds \d{1,2} \p{L}+ \d{4}\. Een bewijs kan niet ouder zijn dan de lesstof\. De datum is veranderd, of de klok van het apparaat stond verkeerd\. Vraag de deelnemer om het bewijs opnieuw te maken\.$/u,
  ],
  'andere-naam-op-pdf.pdf': [
    'pdf-past-niet',
    'Op de PDF staat de naam “Iemand Anders”, maar in het bijgevoegde bewijs staat “Noë van Dijk”. De PDF is veranderd, of het bijgevoegde bewijs hoort bij een andere PDF. Vraag de deelnemer om de oorspronkelijke PDF of het .json-bestand.',
  ],
  'andere-code-op-pdf.pdf': [
    'pdf-past-niet',
    /^Op de PDF staat verificatiecode AAAAA-BBBBB, maar het bijgevoegde bewijs heeft verificatiecode [0-9A-Z]{5}-[0-9A-Z]{5}\. De PDF is veranderd, of het bijgevoegde bewijs hoort bij een andere PDF\. Vraag de deelnemer om de oorspronkelijke PDF of het \.json-bestand\.$/,
  ],
  'bijlage-zonder-tekst.pdf': [
    'pdf-tekst-onleesbaar',
    'Op deze PDF zijn de naam en de verificatiecode niet te lezen. Zo kan de controle ze niet vergelijken met het bijgevoegde bewijs. De PDF is veranderd, of opnieuw gemaakt met een ander programma. Vraag de deelnemer om de oorspronkelijke PDF of het .json-bestand.',
  ],
  'leeg.json': ['leeg', 'Het bestand is leeg.'],
  'geen-bewijs.txt': [
    'geen-pdf-of-json',
    'Dit is geen PDF en geen JSON-bestand: kies de PDF of het .json-bestand van een bewijs van deelname.',
  ],
  // Cut off part way: said to be incomplete, not to lack a certificate.
  'kapot.pdf': [
    'pdf-beschadigd',
    'De PDF is beschadigd of onvolledig: het einde van het bestand ontbreekt, bijvoorbeeld doordat downloaden of kopiëren is afgebroken. Vraag de deelnemer om het bestand opnieuw te sturen.',
  ],
  'zonder-bewijs.pdf': [
    'pdf-zonder-bewijs',
    'Deze PDF bevat geen bewijs van deelname: het bijgevoegde bestand bewijs-van-deelname.json ontbreekt. Alleen een PDF van Werken met de meldcode kan worden gecontroleerd.',
  ],
  'zipbom.pdf': [
    'te-veel-uitgepakt',
    'Deze PDF pakt uit tot veel meer gegevens dan een bewijs van deelname heeft; hij is niet verder gelezen.',
  ],
  'zipbom-bijlage.pdf': [
    'te-veel-uitgepakt',
    'Deze PDF pakt uit tot veel meer gegevens dan een bewijs van deelname heeft; hij is niet verder gelezen.',
  ],
};

describe('the certificate fixtures', () => {
  it('are all listed here', () => {
    const files = readdirSync(folder).filter((f) => /\.(pdf|json|txt)$/.test(f));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [file, verdict] of Object.entries(expected))
    it(`${file}: ${Array.isArray(verdict) ? verdict[0] : verdict}`, async () => {
      const found = reasonOf(await verify(file));
      if (Array.isArray(verdict) && verdict[1] instanceof RegExp) {
        expect(found[0]).toBe(verdict[0]);
        expect(found[1]).toMatch(verdict[1]);
      } else expect(found).toEqual(verdict);
    });

  it('the PDF and the JSON give the same summary, with a Dutch name intact', async () => {
    const pdf = await verify('geldig.pdf');
    const json = await verify('geldig.json');
    expect(pdf.status === 'geldig' && pdf.summary).toEqual(json.status === 'geldig' && json.summary);
    expect(pdf.status === 'geldig' && pdf.summary.name).toBe('Noë van Dijk');
  });

  it(
    'are what the project code makes today (else run npm run fixtures:certificates)',
    { timeout: SLOW },
    async () => {
      const content = loadContent(root);
      const module = moduleContents(content).find((m) => m.id === 'onderwijs')!;
      const made = await makeCertificate({
        progress: completeProgress(module),
        module,
        learner: { name: 'Noë van Dijk', organisation: 'OBS De Regenboog', registration: 'SKJ 110012345' },
        now: await fixtureIssued(root, module),
        random: new Uint8Array(16).map((_, i) => (37 + i * 11) & 0xff),
      });
      expect(made.ok && certificateJson(made.record)).toBe(
        readFileSync(new URL('geldig.json', folder), 'utf8'),
      );
    },
  );
});

// tests/fixtures/certificates/versie-1/: the valid certificates as the version 1 code wrote them, before
// time was measured (never regenerated with today's code; its README says how they were made).
describe('certificates of version 1, issued before time was measured', () => {
  const v1 = new URL('versie-1/', folder);
  const verifyV1 = (file: string) => verifier.verify(new Uint8Array(readFileSync(new URL(file, v1))));

  it('stay valid, their time not measured (not zero), their estimate as it was', async () => {
    // Made by the version 1 code after their edition was archived (the date check refuses one dated before).
    for (const file of ['geldig.json', 'geldig.pdf']) {
      const verdict = await verifyV1(file);
      expect(verdict, file).toMatchObject({
        status: 'geldig',
        summary: { measured: null, name: 'Noë van Dijk' },
      });
    }
    const text = readFileSync(new URL('geldig.json', v1), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ version: 1 });
    expect(JSON.parse(text)).not.toHaveProperty('measured');
  });
});

// tests/fixtures/certificates/eerdere-editie/: two certificates of the first edition of the onderwijs
// module, issued before authors could mark dangerous choices (kept as they were; never regenerated).
// Their case versions are archived without marks, so they keep the verdicts of their edition.
describe('certificates of an earlier edition', () => {
  const earlier = new URL('eerdere-editie/', folder);
  const read = (file: string) => JSON.parse(readFileSync(new URL(file, earlier), 'utf8')) as Certificate;

  it('still verify as they did when they were issued', async () => {
    expect(reasonOf(await verifier.verifyRecord(read('geldig.json')))).toBe('geldig');
    expect(reasonOf(await verifier.verifyRecord(read('nagerekend-niet-gehaald.json')))).toEqual([
      'niet-gehaald',
      'De casus “Aylin en de zomervakantie” is niet gehaald door een gevaarlijke keuze: niet melden waar het moet.',
    ]);
  });

  it('are judged by the rules of their edition: a choice marked dangerous only later does not fail them', async () => {
    const record = read('geldig.json');
    const item = record.cases.find((c) => c.caseId === 'aylin-zomervakantie')!;
    expect(item.caseVersion).toBe(1);
    const entry = readArchive(root)
      .archives.find((a) => a.caseId === item.caseId)!
      .versions.find((v) => v.version === 1)!;
    const compiled = compileArchivedVersion(item.caseId, entry);
    if (!compiled.ok) throw new Error(compiled.problems.join('; '));
    const decoded = decodeLog(compiled.compiled.def, item.log);
    if (!decoded.ok) throw new Error(decoded.message);
    // First advising Aylin to talk it out with her father, then the expert's choice: dangerous from version 2 on.
    const events = [{ node: 'mentorgesprek', choice: 'zelf-uitpraten' }, ...decoded.value.events];
    const log = encodeLog(compiled.compiled.def, { seed: decoded.value.seed, events });
    if (!log.ok) throw new Error(log.message);
    const cases = record.cases.map((c) => (c === item ? { ...c, log: log.value } : c));
    const resealed = await sealCertificate({ ...record, cases, integrity: undefined } as never);
    expect(reasonOf(await verifier.verifyRecord(resealed))).toBe('geldig');
  });
});
