import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { makeCertificatePdf } from '../../../modules/certificate/certificate-pdf.ts';
import { readCertificatePdf } from '../../../modules/certificate/read-certificate-pdf.ts';
import {
  MAX_PAGE_CONTENT_BYTES,
  printedMismatch,
} from '../../../modules/certificate/certificate-pdf-text.ts';
import { printable, WIN_ANSI } from '../../../modules/certificate/printable.ts';
import { makeCertificate } from '../../../modules/certificate/make-certificate.ts';
import { fixtureModule, fixtureProgress, ISSUED, RANDOM } from './helpers.ts';

/** A one-page PDF with `content` as its page content (compressed if asked) and a record attached. */
async function pdfWith(content: string, compress = false) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage();
  const bytes = new TextEncoder().encode(content);
  const stream = compress ? doc.context.flateStream(bytes) : doc.context.stream(bytes);
  page.node.set(PDFName.of('Contents'), doc.context.register(stream));
  await doc.attach(new TextEncoder().encode('{}'), 'bewijs-van-deelname.json', {
    mimeType: 'application/json',
  });
  return doc.save({ useObjectStreams: false });
}

const printedOf = async (bytes: Uint8Array) => {
  const read = await readCertificatePdf(bytes);
  return read.ok ? read.printed : read.code;
};

describe('how a certificate prints a name', () => {
  it('uses exactly the characters Helvetica prints in WinAnsi', async () => {
    const doc = await PDFDocument.create();
    for (const name of [StandardFonts.Helvetica, StandardFonts.HelveticaBold]) {
      const font = await doc.embedFont(name);
      expect(new Set(font.getCharacterSet())).toEqual(WIN_ANSI);
    }
  });

  it('keeps Dutch letters, drops an accent WinAnsi lacks, and prints ? for what it cannot', () => {
    expect(printable('Noë Łukasz Şahin')).toBe('Noë Lukasz Sahin');
    expect(printable('Ĳsbrand “€” — Œ')).toBe('?sbrand “€” — Œ');
    expect(printable('王芳')).toBe('??');
  });
});

describe('the name and code printed on a PDF', () => {
  // Literal strings with escapes, a TJ array, a line by T* and ', an artifact, hex with spaces.
  const content = [
    '/P <</MCID 0>> BDC BT /F1 10 Tf (Werken met de meldcode) Tj ET EMC',
    '/H1 <</MCID 1>> BDC BT [(Bewijs) -250 ( van deelname)] TJ ET EMC',
    '/Artifact BMC 0 0 m 1 1 l S EMC',
    '% a comment (not text) Tj',
    "/P <</MCID 2>> BDC BT (No\\353 van) Tj T* (Dijk \\(SKJ\\)) ' ET EMC",
    '/P <</MCID 3>> BDC BT <56657269666963 6174696563 6F64653A> Tj ( 7E30Z-Z0SSR) Tj ET EMC',
  ].join('\n');

  it('reads them from our marked content, compressed or not', async () => {
    const expected = { name: 'Noë van Dijk (SKJ)', code: '7E30Z-Z0SSR' };
    expect(await printedOf(await pdfWith(content))).toEqual(expected);
    expect(await printedOf(await pdfWith(content, true))).toEqual(expected);
  });

  it('finds nothing in text without our marked content and heading', async () => {
    expect(await printedOf(await pdfWith('BT (Bewijs van deelname) Tj (Noë) Tj ET'))).toEqual({});
    expect(await printedOf(await pdfWith(content.replace('Bewijs', 'Certificaat')))).toEqual({
      code: '7E30Z-Z0SSR',
    });
  });

  it('stops decoding page content past its limit', async () => {
    const big = `${content}\n${'0 0 m '.repeat(Math.ceil(MAX_PAGE_CONTENT_BYTES / 6) + 10)}`;
    expect(await printedOf(await pdfWith(big, true))).toBe('te-veel-uitgepakt');
  });

  it('matches a long name wrapped over two lines, and names outside WinAnsi', async () => {
    const module = await fixtureModule(1);
    const name = `Noë Łukasz ${'Şahin'.repeat(14)} 王`; // one word wider than the page
    const made = await makeCertificate({
      progress: fixtureProgress(module),
      module,
      learner: { name },
      now: ISSUED,
      random: RANDOM,
    });
    if (!made.ok) throw new Error(made.message);
    const read = await readCertificatePdf(await makeCertificatePdf(made.record, made.summary));
    if (!read.ok) throw new Error(read.message);
    expect(read.printed.name).not.toBe(printable(name)); // the word broken over two lines
    expect(printedMismatch(read.printed, { name, code: made.summary.code })).toBeUndefined();
  });
});

describe('printedMismatch', () => {
  const record = { name: 'Noë van Dijk', code: '7E30Z-Z0SSR' };

  it('accepts the same name and code, spaces aside', () => {
    expect(printedMismatch({ name: 'Noë van  Dijk', code: '7E30Z-Z0SSR' }, record)).toBeUndefined();
  });

  it('accepts a ? for a letter the first certificate code could not print, and nothing else', () => {
    const lukasz = { name: 'Noë Łukasz', code: '7E30Z-Z0SSR' };
    expect(printedMismatch({ name: 'Noë ?ukasz', code: lukasz.code }, lukasz)).toBeUndefined();
    expect(printedMismatch({ name: 'Noë Lukasz', code: lukasz.code }, lukasz)).toBeUndefined();
    expect(printedMismatch({ name: 'Noë Xukasz', code: lukasz.code }, lukasz)).toMatchObject({
      code: 'pdf-past-niet',
    });
    expect(printedMismatch({ name: 'Noë ?ukasz?', code: lukasz.code }, lukasz)).toMatchObject({
      code: 'pdf-past-niet',
    });
  });

  it('names a different name or code, and a PDF where they cannot be read', () => {
    expect(printedMismatch({ name: 'Noë de Vries', code: '7E30Z-Z0SSR' }, record)).toEqual({
      code: 'pdf-past-niet',
      reason:
        'Op de PDF staat de naam “Noë de Vries”, maar in het bijgevoegde bewijs staat “Noë van Dijk”. De PDF is veranderd, of het bijgevoegde bewijs hoort bij een andere PDF. Vraag de deelnemer om de oorspronkelijke PDF of het .json-bestand.',
    });
    expect(printedMismatch({ name: 'Noë van Dijk', code: '7E30Z-Z0SST' }, record)).toMatchObject({
      code: 'pdf-past-niet',
      reason: expect.stringMatching(
        /^Op de PDF staat verificatiecode 7E30Z-Z0SST, maar het bijgevoegde bewijs heeft verificatiecode 7E30Z-Z0SSR\./,
      ),
    });
    expect(printedMismatch({ code: '7E30Z-Z0SSR' }, record)).toMatchObject({
      code: 'pdf-tekst-onleesbaar',
    });
    expect(printedMismatch({ name: 'Noë van Dijk' }, record)).toMatchObject({
      code: 'pdf-tekst-onleesbaar',
    });
  });
});
