import { beforeAll, describe, expect, it } from 'vitest';
import { makeCertificatePdf } from '../../../modules/certificate/certificate-pdf.ts';
import {
  certificateJson,
  sealCertificate,
  type Certificate,
} from '../../../modules/certificate/certificate-record.ts';
import { makeCertificate } from '../../../modules/certificate/make-certificate.ts';
import type { CourseModule } from '../../../modules/course/course-module.ts';
import { MAX_FILE_BYTES } from '../../../modules/certificate/read-certificate-file.ts';
import {
  createVerifier,
  verifyCertificate,
  type Verdict,
  type VerifyContext,
} from '../../../modules/certificate/verify-certificate.ts';
import { sha256 } from '../../../modules/certificate/module-edition.ts';
import { canonicalJson } from '../../../modules/scoring/hash-case.ts';
import { encodeLog, logCaseOf } from '../../../modules/scoring/log-codec.ts';
import { fixtureContext, fixtureModule, fixtureProgress, ISSUED, RANDOM } from './helpers.ts';

let module: CourseModule;
let context: VerifyContext;
let record: Certificate;

beforeAll(async () => {
  module = await fixtureModule(1);
  context = await fixtureContext(module);
  const made = await makeCertificate({
    progress: fixtureProgress(module),
    module,
    learner: { name: 'Noë van Dijk', organisation: 'OBS De Regenboog' },
    now: ISSUED,
    random: RANDOM,
  });
  if (!made.ok) throw new Error(made.message);
  record = made.record;
});

const reseal = (changed: Record<string, unknown>) =>
  sealCertificate({ ...record, integrity: undefined, ...changed } as never);
const reason = (verdict: Verdict) => (verdict.status === 'ongeldig' ? verdict.reason : verdict.status);
const verify = (source: Parameters<typeof verifyCertificate>[0]) => verifyCertificate(source, context);

describe('verifyCertificate: valid', () => {
  it('recomputes the score of a certificate issued on version 1 of a case that is at version 2 today', async () => {
    const verdict = await verify(certificateJson(record));
    expect(verdict.status).toBe('geldig');
    if (verdict.status !== 'geldig') return;
    expect(verdict.summary).toMatchObject({
      name: 'Noë van Dijk',
      organisation: 'OBS De Regenboog',
      beroepsgroep: 'onderwijs',
      module: 'Onderwijs',
      date: '2026-12-02T10:15:00.000Z',
      studyMinutes: 10,
      questions: 2,
      score: {
        total: 6,
        max: 8,
        percentage: 75,
        cases: [{ caseId: 'geldig', version: 1, total: 6, max: 8, percentage: 75, passPercentage: 70 }],
      },
    });
    expect(verdict.summary.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it('keeps a version 1 certificate (issued before time was measured) valid by its own rules: time "niet gemeten"', async () => {
    const { measured: _, integrity: __, ...rest } = record;
    const v1 = { ...rest, version: 1 };
    const sealed = { ...v1, integrity: await sha256(canonicalJson(v1)) };
    const verdict = await verify(JSON.stringify(sealed));
    expect(verdict).toMatchObject({ status: 'geldig', summary: { measured: null, studyMinutes: 10 } });
    // Edited after issue: still caught, by the hash of version 1.
    expect(await verify(JSON.stringify({ ...sealed, studyMinutes: 11 }))).toMatchObject({ code: 'bewerkt' });
    // Measured time written into a version 1 record: it no longer fits the hash.
    const added = { ...sealed, measured: record.measured };
    expect(await verify(JSON.stringify(added))).toMatchObject({ code: 'bewerkt' });
  });

  it('keeps the measured time under the integrity hash', async () => {
    const faster = { ...record, measured: { ...record.measured!, seconds: 99_999 } };
    expect(await verify(JSON.stringify(faster))).toMatchObject({ code: 'bewerkt' });
    expect(await verify(JSON.stringify({ ...record, measured: null }))).toMatchObject({ code: 'bewerkt' });
  });

  it('reads the same record from JSON text, bytes, an ArrayBuffer, a Blob, a parsed value and the PDF', async () => {
    const text = certificateJson(record);
    const bytes = new TextEncoder().encode(text);
    const pdf = await makeCertificatePdf(record, (await makeSummary())!);
    const sources = [
      text,
      bytes,
      bytes.buffer,
      new Blob([bytes]),
      new Blob([pdf as Uint8Array<ArrayBuffer>]),
    ];
    for (const source of sources) expect((await verify(source)).status).toBe('geldig');
    expect((await createVerifier(context).verifyRecord(record)).status).toBe('geldig');
  });

  it('accepts a JSON file with a byte order mark', async () => {
    expect((await verify(new TextEncoder().encode(`\uFEFF${certificateJson(record)}`))).status).toBe(
      'geldig',
    );
  });
});

async function makeSummary() {
  const verdict = await verify(certificateJson(record));
  return verdict.status === 'geldig' ? verdict.summary : undefined;
}

describe('verifyCertificate: edited after issue', () => {
  it('refuses a changed name, decision or date with the integrity reason', async () => {
    const edits = [
      { ...record, learner: { ...record.learner, name: 'Iemand Anders' } },
      { ...record, cases: [{ ...record.cases[0]!, log: record.cases[0]!.log.replace(/.$/, '1') }] },
      { ...record, issuedAt: '2027-01-01T00:00:00.000Z' },
    ];
    for (const edited of edits)
      expect(await verify(JSON.stringify(edited))).toEqual({
        status: 'ongeldig',
        code: 'bewerkt',
        reason:
          'Het bewijs is na uitgifte veranderd: de inhoud past niet meer bij de controlehash (integrity). Vraag de deelnemer om het oorspronkelijke bestand.',
      });
  });

  it('refuses a PDF whose printed name or code differs from its attached record', async () => {
    const summary = (await makeSummary())!;
    const renamed = await makeCertificatePdf(record, { ...summary, name: 'Iemand Anders' });
    expect(await verify(renamed)).toEqual({
      status: 'ongeldig',
      code: 'pdf-past-niet',
      reason:
        'Op de PDF staat de naam “Iemand Anders”, maar in het bijgevoegde bewijs staat “Noë van Dijk”. De PDF is veranderd, of het bijgevoegde bewijs hoort bij een andere PDF. Vraag de deelnemer om de oorspronkelijke PDF of het .json-bestand.',
    });
    const recoded = await makeCertificatePdf(record, { ...summary, code: 'AAAAA-BBBBB' });
    expect(reason(await verify(recoded))).toBe(
      `Op de PDF staat verificatiecode AAAAA-BBBBB, maar het bijgevoegde bewijs heeft verificatiecode ${summary.code}. De PDF is veranderd, of het bijgevoegde bewijs hoort bij een andere PDF. Vraag de deelnemer om de oorspronkelijke PDF of het .json-bestand.`,
    );
    // Another person's record in this PDF: the hash of that record fits, the printed name does not.
    const other = await reseal({ learner: { name: 'Sam de Vries' } });
    const swapped = await makeCertificatePdf(other, summary);
    expect(await verify(swapped)).toMatchObject({ code: 'pdf-past-niet' });
    // The same record as JSON has nothing printed to compare.
    expect((await verify(JSON.stringify(other))).status).toBe('geldig');
  });

  it('refuses a PDF with the record attached but without our printed name and code', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(new TextEncoder().encode(certificateJson(record)), 'bewijs-van-deelname.json', {
      mimeType: 'application/json',
    });
    expect(await verify(await doc.save())).toMatchObject({
      status: 'ongeldig',
      code: 'pdf-tekst-onleesbaar',
    });
  });

  it('refuses a score written into the record: scores are never taken from the file', async () => {
    expect(await verify(JSON.stringify({ ...record, score: { total: 8, max: 8 } }))).toEqual({
      status: 'ongeldig',
      code: 'formaat',
      reason:
        'Het bewijs heeft niet de vorm van een bewijs van deelname (fout in "score"); het is veranderd of beschadigd.',
    });
  });

  it('recomputes the score of decisions changed with a recomputed hash, and says the case was not passed', async () => {
    const worse = encodeLog(logCaseOf(module.cases[0]!), {
      seed: 12345,
      events: [
        { node: 'signalen', choice: 'niets' },
        { node: 'signalen', choice: 'noteren' },
        { node: 'overleg', choice: 'vt' },
        { node: 'overleg', choice: 'collega' },
        { node: 'gesprek', choice: 'nee' },
        { node: 'gesprek', choice: 'ja' },
        { node: 'afweging-1', choice: 'nee' },
      ],
    });
    if (!worse.ok) throw new Error(worse.message);
    const forged = await reseal({ cases: [{ ...record.cases[0]!, log: worse.value }] });
    expect(reason(await verify(JSON.stringify(forged)))).toBe(
      'De casus “Een geldige casus” is niet gehaald: 3 van 8 punten (38%), de grens is 70%.',
    );
  });

  it('says so when a log does not fit the case', async () => {
    const forged = await reseal({ cases: [{ ...record.cases[0]!, log: '1.9ix.9' }] });
    expect(await verify(JSON.stringify(forged))).toEqual({
      status: 'ongeldig',
      code: 'log-past-niet',
      reason:
        'Casus “Een geldige casus”: Keuze 1 in het logboek past niet bij deze versie van de casus: moment "signalen" heeft geen keuze op plaats 10.',
    });
  });

  it('says so when a log stops before the end', async () => {
    const forged = await reseal({ cases: [{ ...record.cases[0]!, log: '1.9ix.0' }] });
    expect(reason(await verify(JSON.stringify(forged)))).toBe(
      'De casus “Een geldige casus” is niet afgemaakt.',
    );
  });
});

describe('verifyCertificate: keys that readers would read differently', () => {
  const changed = (detail: string) => ({
    status: 'ongeldig',
    code: 'bewerkt',
    reason: `Het bewijs is na uitgifte veranderd: ${detail}. Vraag de deelnemer om het oorspronkelijke bestand.`,
  });
  const twice = (field: string) =>
    changed(`het veld "${field}" staat er twee keer in, zodat programma's het verschillend kunnen lezen`);
  const foreign = (field: string) =>
    changed(
      `het bevat een veld "${field}" dat in geen bewijs van deelname staat en programma's kan misleiden`,
    );
  const edit = (find: string, replace: string) => {
    const text = certificateJson(record);
    expect(text).toContain(find);
    return text.replace(find, replace);
  };

  it('refuses a field given twice, though JSON.parse keeps the last one and the hash fits it', async () => {
    // Another person first: a reader that keeps the first would show that name.
    const learner = edit('\n  "learner": {', '\n  "learner": { "name": "Iemand Anders" },\n  "learner": {');
    expect(JSON.parse(learner)).toEqual(record);
    expect(await verify(learner)).toEqual(twice('learner'));
    const name = edit('"name": "Noë van Dijk"', '"name": "Iemand Anders", "name": "Noë van Dijk"');
    expect(await verify(name)).toEqual(twice('learner.name'));
    // The same key written with an escape is the same key.
    const escaped = edit('"name": "Noë van Dijk"', '"n\\u0061me": "Iemand Anders", "name": "Noë van Dijk"');
    expect(await verify(escaped)).toEqual(twice('learner.name'));
    const log = edit('"caseVersion": 1,', '"caseVersion": 2, "caseVersion": 1,');
    expect(await verify(log)).toEqual(twice('cases.0.caseVersion'));
  });

  it('refuses __proto__, constructor and prototype anywhere, also in a record already parsed', async () => {
    const proto = edit('{\n  "kind"', '{\n  "__proto__": { "isAdmin": true },\n  "kind"');
    expect(await verify(proto)).toEqual(foreign('__proto__'));
    expect(await createVerifier(context).verifyRecord(JSON.parse(proto))).toEqual(foreign('__proto__'));
    const constructor = edit('"name": "Noë van Dijk"', '"name": "Noë van Dijk", "constructor": 1');
    expect(await verify(constructor)).toEqual(foreign('learner.constructor'));
    const prototype = edit('"caseVersion": 1,', '"caseVersion": 1, "prototype": {},');
    expect(await verify(prototype)).toEqual(foreign('cases.0.prototype'));
  });

  it('does not name a field whose name is not plain text, and leaves JSON that does not parse to the parser', async () => {
    expect(await verify('{"\\u001b[2J": 1, "\\u001b[2J": 2}')).toEqual(
      changed("een veld staat er twee keer in, zodat programma's het verschillend kunnen lezen"),
    );
    expect(reason(await verify('{"kind": 1, "kind": 2'))).toBe(
      'Dit bestand bevat geen leesbare JSON van een bewijs van deelname.',
    );
    // Keys inside strings are no keys.
    expect(reason(await verify('{"kind": "x", "note": "\\"kind\\": 1, {\\"kind\\""}'))).toBe(
      'Dit is geen bewijs van deelname van Werken met de meldcode.',
    );
  });
});

describe('verifyCertificate: module and versions', () => {
  it('names an unknown module', async () => {
    const forged = await reseal({ module: { ...record.module, id: 'brandweer' } });
    expect(await verify(JSON.stringify(forged))).toEqual({
      status: 'ongeldig',
      code: 'onbekende-module',
      reason: 'De module "brandweer" is onbekend bij deze controle.',
    });
  });

  it('names an unknown content version of the module', async () => {
    const forged = await reseal({
      module: { ...record.module, contentVersion: `sha256:${'ab'.repeat(32)}` },
    });
    expect(await verify(JSON.stringify(forged))).toEqual({
      status: 'ongeldig',
      code: 'onbekende-versie',
      reason:
        'Deze versie van de module Onderwijs (abababababab) staat niet in het archief; werk de controle bij naar de nieuwste versie van de cursus.',
    });
  });

  it('names an unknown case version, when the module edition names it', async () => {
    const v3 = {
      ...module,
      cases: [{ ...module.cases[0]!, version: 3, hash: `sha256:${'cd'.repeat(32)}` }],
    };
    const made = await makeCertificate({
      progress: fixtureProgress(v3),
      module: v3,
      learner: { name: 'A' },
      now: ISSUED,
    });
    if (!made.ok) throw new Error(made.message);
    const verdict = await verifyCertificate(certificateJson(made.record), await fixtureContext(v3));
    expect(verdict).toEqual({
      status: 'ongeldig',
      code: 'onbekende-versie',
      reason: 'Versie 3 van de casus "geldig" staat niet in het archief (bekend: versie 1, 2).',
    });
  });

  it('refuses a certificate that leaves out a case or a question, or adds one', async () => {
    expect(
      reason(await verify(JSON.stringify(await reseal({ answers: { 'onderwijs/les#v1': ['ja'] } })))),
    ).toBe('Niet alle kennisvragen zijn beantwoord: 1 van de 2 ontbreken.');
    const extra = { ...record.answers, 'onderwijs/les#v9': ['ja'] };
    expect(reason(await verify(JSON.stringify(await reseal({ answers: extra }))))).toBe(
      'De kennisvraag "onderwijs/les#v9" hoort niet bij deze versie van de module.',
    );
    const other = { ...record.cases[0]!, caseId: 'andere-casus' };
    expect(reason(await verify(JSON.stringify(await reseal({ cases: [other] }))))).toBe(
      'De casus "geldig" van deze module ontbreekt in het bewijs.',
    );
    expect(
      reason(await verify(JSON.stringify(await reseal({ cases: [record.cases[0], record.cases[0]] })))),
    ).toBe('Een casus staat twee keer in het bewijs.');
    expect(reason(await verify(JSON.stringify(await reseal({ studyMinutes: 600 }))))).toBe(
      'De studietijd in het bewijs (600 minuten) is niet die van deze versie van de module.',
    );
  });

  it('refuses a record from a newer version of the site', async () => {
    expect(await verify(JSON.stringify({ ...record, version: 3 }))).toEqual({
      status: 'ongeldig',
      code: 'toekomstig',
      reason:
        'Dit bewijs komt uit een nieuwere versie van de cursus; werk de controle bij naar de nieuwste versie.',
    });
  });
});

describe('verifyCertificate: the date', () => {
  // The fixture's edition was archived on 1 December 2026; the verifier's clock is fixed at 3 December, 12:00 UTC.
  const now = new Date('2026-12-03T12:00:00.000Z');
  const dated = async (issuedAt: string, changed: Record<string, unknown> = {}) =>
    verifyCertificate(JSON.stringify(await reseal({ issuedAt, ...changed })), context, { now: () => now });

  it('refuses a certificate dated in the future, allowing a day for a clock that is off', async () => {
    expect(await dated('2026-12-04T12:00:00.001Z')).toEqual({
      status: 'ongeldig',
      code: 'datum-in-de-toekomst',
      reason:
        'Dit bewijs heeft als datum 4 december 2026. Die datum ligt in de toekomst, dus het bewijs kan niet kloppen. De datum is veranderd, of de klok van het apparaat stond verkeerd. Vraag de deelnemer om het bewijs opnieuw te maken.',
    });
    expect((await dated('2026-12-04T12:00:00.000Z')).status).toBe('geldig');
    expect((await dated('2026-12-03T11:00:00.000Z')).status).toBe('geldig');
  });

  it('refuses a certificate dated before its module edition was archived, allowing the same day', async () => {
    expect(await dated('2026-11-29T23:59:59.999Z')).toEqual({
      status: 'ongeldig',
      code: 'datum-voor-versie',
      reason: `Dit bewijs heeft als datum 30 november 2026. Maar deze versie van de module Onderwijs (${record.module.contentVersion.slice(7, 19)}) bestaat pas sinds 1 december 2026. Een bewijs kan niet ouder zijn dan de lesstof. De datum is veranderd, of de klok van het apparaat stond verkeerd. Vraag de deelnemer om het bewijs opnieuw te maken.`,
    });
    expect((await dated('2026-11-30T00:00:00.000Z')).status).toBe('geldig');
  });

  it('holds a version 1 certificate (issued before time was measured) to the same dates', async () => {
    const { measured: _, integrity: __, ...rest } = record;
    const v1 = async (issuedAt: string) => {
      const unsealed = { ...rest, issuedAt, version: 1 };
      const sealed = { ...unsealed, integrity: await sha256(canonicalJson(unsealed)) };
      return verifyCertificate(JSON.stringify(sealed), context, { now: () => now });
    };
    expect((await v1('2026-12-02T10:15:00.000Z')).status).toBe('geldig');
    expect(await v1('2026-11-20T10:15:00.000Z')).toMatchObject({ code: 'datum-voor-versie' });
    expect(await v1('2027-01-20T10:15:00.000Z')).toMatchObject({ code: 'datum-in-de-toekomst' });
  });

  it('checks the date with the current time when no clock is given', async () => {
    const tomorrow = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString();
    expect(await verify(JSON.stringify(await reseal({ issuedAt: tomorrow })))).toMatchObject({
      code: 'datum-in-de-toekomst',
    });
  });
});

describe('verifyCertificate: bad input', () => {
  it('refuses an empty file', async () => {
    expect(await verify(new Uint8Array())).toEqual({
      status: 'ongeldig',
      code: 'leeg',
      reason: 'Het bestand is leeg.',
    });
  });

  it('refuses a file of 1 MB or more by its size, without reading it', async () => {
    let read = false;
    const huge = { size: MAX_FILE_BYTES, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) };
    expect(await verify(huge)).toEqual({
      status: 'ongeldig',
      code: 'te-groot',
      reason:
        'Het bestand is 1 MB groot; een bewijs van deelname is veel kleiner (bestanden vanaf 1 MB worden niet gelezen).',
    });
    expect(read).toBe(false);
    expect(
      (await verify({ size: MAX_FILE_BYTES - 1, arrayBuffer: async () => new ArrayBuffer(8) })).status,
    ).toBe('ongeldig');
  });

  it('refuses what is neither PDF nor JSON', async () => {
    expect(reason(await verify(new TextEncoder().encode('Hallo')))).toBe(
      'Dit is geen PDF en geen JSON-bestand: kies de PDF of het .json-bestand van een bewijs van deelname.',
    );
  });

  it('refuses JSON that is not UTF-8, not JSON, or not a certificate', async () => {
    expect(reason(await verify(new Uint8Array([0x7b, 0xff, 0x7d])))).toBe(
      'Dit JSON-bestand is geen geldige UTF-8-tekst en kan niet worden gelezen.',
    );
    expect(reason(await verify('{"kind": '))).toBe(
      'Dit bestand bevat geen leesbare JSON van een bewijs van deelname.',
    );
    expect(reason(await verify('{"kind": "voortgang", "version": 1}'))).toBe(
      'Dit is geen bewijs van deelname van Werken met de meldcode.',
    );
  });

  it('refuses a name with control characters even when the hash fits', async () => {
    const forged = await reseal({ learner: { name: 'Noë\u202Eedoc' } });
    expect(reason(await verify(JSON.stringify(forged)))).toBe(
      'Het bewijs heeft niet de vorm van een bewijs van deelname (fout in "learner.name"); het is veranderd of beschadigd.',
    );
  });

  it('refuses invisible characters in the learner details even when the hash fits', async () => {
    // Zero-width space, non-joiner and joiner, direction marks, word joiner, invisible operators, byte
    // order mark, soft hyphen, combining grapheme joiner, Arabic letter mark, Mongolian vowel
    // separator, Hangul filler, variation selector, tag, Braille blank, line separator.
    const invisible = [
      ...'\u200B\u200C\u200D\u200E\u200F\u2060\u2061\u2062\u2063\u2064\uFEFF\u00AD\u034F\u061C\u180E\u3164\uFE0F\u2800\u2028',
      '\u{E0041}',
    ];
    const bad = (field: string) =>
      `Het bewijs heeft niet de vorm van een bewijs van deelname (fout in "learner.${field}"); het is veranderd of beschadigd.`;
    for (const char of invisible) {
      const code = char.codePointAt(0)!.toString(16);
      const name = await reseal({ learner: { name: `Noë${char} van Dijk` } });
      expect(reason(await verify(JSON.stringify(name))), code).toBe(bad('name'));
      // A name of nothing but an invisible character is blank.
      const blank = await reseal({ learner: { name: char } });
      expect(reason(await verify(JSON.stringify(blank))), code).toBe(bad('name'));
      const organisation = await reseal({ learner: { name: 'Noë', organisation: `OBS${char}` } });
      expect(reason(await verify(JSON.stringify(organisation))), code).toBe(bad('organisation'));
      const registration = await reseal({ learner: { name: 'Noë', registration: `SKJ 1${char}1` } });
      expect(reason(await verify(JSON.stringify(registration))), code).toBe(bad('registration'));
    }
  });

  it('accepts a non-joiner or joiner only where issuing keeps one: between two letters of a script that needs it', async () => {
    for (const name of ['مهدی نیک\u200Cنام', 'क्\u200Dष']) {
      const sealed = await reseal({ learner: { name } });
      expect((await verify(JSON.stringify(sealed))).status, name).toBe('geldig');
    }
    for (const name of ['نیک \u200Cنام', 'Ali\u200Cعلی', '\u200Cنیک']) {
      const sealed = await reseal({ learner: { name } });
      expect(reason(await verify(JSON.stringify(sealed))), name).toMatch(/fout in "learner.name"/);
    }
  });

  it('never throws: random bytes, broken PDFs and deeply nested JSON all get a reason', async () => {
    const nested = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const sources = [
      new Uint8Array(4096).map((_, i) => (i * 7919) & 0xff),
      new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>'),
      new TextEncoder().encode(`%PDF-1.7\n1 0 obj ${'['.repeat(100_000)}`),
      new TextEncoder().encode(`{"a": ${nested}}`),
    ];
    for (const source of sources) expect((await verify(source)).status).toBe('ongeldig');
  });
});

describe('hostile JSON', () => {
  it('refuses JSON nested 150,000 deep before it is parsed (a pass takes a tenth of a second), with the reason', async () => {
    const deep = `${'{"a":'.repeat(150_000)}0${'}'.repeat(150_000)}`;
    expect(await verify(deep)).toEqual({
      status: 'ongeldig',
      code: 'formaat',
      reason:
        'Dit JSON-bestand is veel dieper genest dan een bewijs van deelname; het is niet verder gelezen.',
    });
  });

  it('refuses JSON of 50,000 keys before it is parsed (parsing and reading them took about 100 ms), with the reason', async () => {
    const wide = `{${Array.from({ length: 50_000 }, (_, i) => `"v${i}":${i}`).join(',')}}`;
    expect(await verify(wide)).toEqual({
      status: 'ongeldig',
      code: 'formaat',
      reason:
        'Dit JSON-bestand heeft veel meer velden dan een bewijs van deelname (meer dan 2.000); het is niet verder gelezen.',
    });
  });

  it('reads a record of 1,500 answers (a record has a few dozen keys): past the limit, to the questions', async () => {
    const answers = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`x/y#v${i}`, ['a']]));
    const verdict = await verify(
      certificateJson(await reseal({ answers: { ...record.answers, ...answers } })),
    );
    expect(reason(verdict)).toMatch(/^De kennisvraag "x\/y#v0" hoort niet bij deze versie/);
  });
});
