import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCertificatePdf, timeLines } from '../../../modules/certificate/certificate-pdf.ts';
import { ATTACHMENT_NAME, readCertificatePdf } from '../../../modules/certificate/read-certificate-pdf.ts';
import { siteAddress, verifyAddress } from '../../../modules/certificate/site-address.ts';
import { certificateJson, type Certificate } from '../../../modules/certificate/certificate-record.ts';
import type { CertificateSummary } from '../../../modules/certificate/certificate-summary.ts';
import { makeCertificate } from '../../../modules/certificate/make-certificate.ts';
import { fixtureModule, fixtureProgress, ISSUED, RANDOM } from './helpers.ts';

let record: Certificate;
let summary: CertificateSummary;
let pdf: Uint8Array;

beforeAll(async () => {
  const module = await fixtureModule(1);
  const made = await makeCertificate({
    progress: fixtureProgress(module),
    module,
    learner: { name: 'Noë Łukasz Şahin', organisation: 'Zorggroep Ëlst' },
    now: ISSUED,
    random: RANDOM,
  });
  if (!made.ok) throw new Error(made.message);
  ({ record, summary } = made);
  pdf = await makeCertificatePdf(record, summary);
});

/** The text shown by the page's content stream, decoded from pdf-lib's hex strings. */
async function pageText(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  const stream = doc.getPage(0).node.Contents()!;
  const { decodePDFRawStream } = await import('pdf-lib');
  const content = new TextDecoder('latin1').decode(
    decodePDFRawStream(
      doc.context.lookup(stream instanceof PDFArray ? stream.get(0) : stream) as never,
    ).decode(),
  );
  return { doc, content };
}

describe('makeCertificatePdf', () => {
  it('attaches the record, which readCertificatePdf gives back exactly, with the name and code printed', async () => {
    expect(await readCertificatePdf(pdf)).toEqual({
      ok: true,
      text: certificateJson(record),
      printed: { name: 'Noë Lukasz Sahin', code: summary.code },
    });
  });

  it('is deterministic, A4, with title, language and dates set', async () => {
    expect(await makeCertificatePdf(record, summary)).toEqual(pdf);
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(doc.getTitle()).toBe('Bewijs van deelname — Onderwijs — Noë Łukasz Şahin');
    expect(doc.getAuthor()).toBe('Werken met de meldcode');
    expect(doc.getCreationDate()).toEqual(ISSUED);
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('nl-NL');
    const preferences = doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(String(preferences.get(PDFName.of('DisplayDocTitle')))).toBe('true');
  });

  it('is tagged: MarkInfo, a structure tree of Document, H1, H2 and P, marked content for every run', async () => {
    const { doc, content } = await pageText(pdf);
    const markInfo = doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(String(markInfo.get(PDFName.of('Marked')))).toBe('true');
    const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const document = root.lookup(PDFName.of('K'), PDFDict);
    expect(document.get(PDFName.of('S'))).toBe(PDFName.of('Document'));
    const kids = document.lookup(PDFName.of('K'), PDFArray);
    const tags = kids
      .asArray()
      .map((ref) => String(doc.context.lookup(ref as PDFRef, PDFDict).get(PDFName.of('S'))));
    expect(tags.filter((t) => t === '/H1')).toHaveLength(1);
    expect(tags.filter((t) => t === '/H2')).toHaveLength(3);
    expect(tags.length).toBeGreaterThan(10);
    const marked = [...content.matchAll(/\/(H1|H2|P) <<\s*\/MCID (\d+)\s*>> BDC/g)];
    expect(marked.map((m) => `/${m[1]}`)).toEqual(tags);
    expect(marked.map((m) => Number(m[2]))).toEqual(tags.map((_, i) => i));
    expect(content).toContain('/Artifact BMC');
    expect(doc.getPage(0).node.get(PDFName.of('StructParents'))?.toString()).toBe('0');
  });

  it('writes names outside WinAnsi without their accents on the page, and exactly in the record', async () => {
    const { content } = await pageText(pdf);
    const hex = [...content.matchAll(/<([0-9A-F]+)> Tj/g)].map((m) =>
      Buffer.from(m[1]!, 'hex').toString('latin1'),
    );
    expect(hex).toContain('Noë Lukasz Sahin');
    expect(hex).toContain('Zorggroep Ëlst');
    expect(JSON.parse((await readCertificatePdf(pdf)).ok ? certificateJson(record) : '').learner.name).toBe(
      'Noë Łukasz Şahin',
    );
  });

  it('prints the measured time with the estimate beside it, and the tries, never the estimate as the time', async () => {
    const { content } = await pageText(pdf);
    const lines = [...content.matchAll(/<([0-9A-F]+)> Tj/g)].map((m) =>
      Buffer.from(m[1]!, 'hex').toString('latin1'),
    );
    expect(lines).toContain(
      'Gemeten leertijd: 1 uur en 12 minuten (geschatte studietijd van de module: 10 minuten).',
    );
    expect(lines).toContain('Casussen: 1 poging. Kennisvragen: 3 keer een antwoord gecontroleerd.');
    expect(lines.some((line) => line.startsWith('Studietijd'))).toBe(false);
  });

  it('states what an accreditation register asks, where to verify, and what a check does not prove', async () => {
    const { content } = await pageText(
      await makeCertificatePdf(record, summary, { site: 'https://meldcode.example.nl' }),
    );
    const text = [...content.matchAll(/<([0-9A-F]+)> Tj/g)]
      .map((m) => Buffer.from(m[1]!, 'hex').toString('latin1'))
      .join('')
      .replace(/\s+/g, ' ');
    const edition = record.module.contentVersion.slice(7, 19);
    for (const part of [
      'Dit bewijs is gemaakt op 2 december 2026. Volgens dit bewijs is de module Onderwijs van de e-learning Werken met de meldcode afgerond',
      'Aanbieder: Werken met de meldcode, open e-learning (https://meldcode.example.nl/).',
      `Module: Onderwijs, versie ${edition}.`,
      'Gemeten leertijd: 1 uur en 12 minuten (geschatte studietijd van de module: 10 minuten).',
      'Score: 6 van 8 punten (75%).',
      `Verificatiecode: ${summary.code}`,
      'Controleer dit bewijs op https://meldcode.example.nl/organisatie/, of met npm run verify.',
      'Klopt de controle? Dan betekent dat: de keuzes halen de norm en het bestand is niet veranderd. Dit zegt niet wie het bestand heeft gemaakt, en ook niet dat het uit het volgen van de cursus komt.',
    ])
      expect(text).toContain(part);
    expect(text).not.toMatch(/heeft op .* afgerond/);
  });

  it('names the site set at build, http(s) only, as the place to verify', () => {
    expect(siteAddress(undefined)).toBe('http://localhost:4321/');
    expect(siteAddress(' https://meldcode.example.nl ')).toBe('https://meldcode.example.nl/');
    expect(siteAddress('https://example.nl/meldcode')).toBe('https://example.nl/meldcode/');
    expect(verifyAddress('https://example.nl/meldcode/')).toBe('https://example.nl/meldcode/organisatie/');
    for (const wrong of [
      'meldcode.nl',
      'ftp://example.nl/',
      'https://example.nl/?a=1',
      'javascript:alert(1)',
    ])
      expect(() => siteAddress(wrong), wrong).toThrow(/MELDCODE_SITE/);
  });

  it('says so when time was not (all) measured', () => {
    const estimate = { studyMinutes: 95 };
    expect(timeLines({ ...estimate, measured: null })).toEqual([
      'Gemeten leertijd: niet gemeten (geschatte studietijd van de module: 1 uur en 35 minuten).',
    ]);
    expect(
      timeLines({
        ...estimate,
        measured: { seconds: 2400, unmeasured: 3, caseAttempts: 2, questionTries: 1 },
      }),
    ).toEqual([
      'Gemeten leertijd: ten minste 40 minuten (geschatte studietijd van de module: 1 uur en 35 minuten).',
      'Van 3 onderdelen is de tijd niet gemeten: gedaan voordat de e-learning tijd mat.',
      'Casussen: 2 pogingen. Kennisvragen: 1 keer een antwoord gecontroleerd.',
    ]);
    expect(
      timeLines({
        ...estimate,
        measured: { seconds: 0, unmeasured: 4, caseAttempts: 1, questionTries: 5 },
      })[0],
    ).toBe('Gemeten leertijd: niet gemeten (geschatte studietijd van de module: 1 uur en 35 minuten).');
  });

  it('goes on to a second page when the cases do not fit on one', async () => {
    const many = { ...summary, score: { ...summary.score, cases: Array(40).fill(summary.score.cases[0]) } };
    const doc = await PDFDocument.load(await makeCertificatePdf(record, many));
    expect(doc.getPageCount()).toBe(2);
  });
});

describe('readCertificatePdf', () => {
  it('refuses a PDF without the attachment and a broken one', async () => {
    const plain = await PDFDocument.create();
    plain.addPage();
    expect(await readCertificatePdf(await plain.save())).toMatchObject({
      ok: false,
      code: 'pdf-zonder-bewijs',
    });
    expect(await readCertificatePdf(pdf.slice(0, 2000))).toMatchObject({ ok: false, code: 'pdf-beschadigd' });
  });

  it('reads a certificate saved with object streams', async () => {
    const doc = await PDFDocument.load(pdf);
    const resaved = await doc.save({ useObjectStreams: true });
    expect(await readCertificatePdf(resaved)).toEqual({
      ok: true,
      text: certificateJson(record),
      printed: { name: 'Noë Lukasz Sahin', code: summary.code },
    });
  });

  it('stops inflating an attachment past 1 MB', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(new Uint8Array(8 * 1024 * 1024), ATTACHMENT_NAME, { mimeType: 'application/json' });
    const bomb = await doc.save();
    expect(bomb.length).toBeLessThan(200_000);
    const start = performance.now();
    expect(await readCertificatePdf(bomb)).toMatchObject({ ok: false, code: 'te-veel-uitgepakt' });
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
