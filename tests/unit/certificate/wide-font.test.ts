import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCertificatePdf } from '../../../modules/certificate/read-certificate-pdf.ts';
import { fontRuns, wideFontsNeeded, type WideFonts } from '../../../modules/certificate/certificate-font.ts';
import { printedMismatch } from '../../../modules/certificate/certificate-pdf-text.ts';
import { parseToUnicode } from '../../../modules/certificate/parse-to-unicode.ts';
import type { LearnerDetails } from '../../../modules/certificate/make-certificate.ts';
import type { CourseModule } from '../../../modules/course/course-module.ts';
import { verifyCertificate, type VerifyContext } from '../../../modules/certificate/verify-certificate.ts';
import { fonts, issuePdf } from './font-helpers.ts';
import { fixtureContext, fixtureModule } from './helpers.ts';

let module: CourseModule;
let context: VerifyContext;

beforeAll(async () => {
  module = await fixtureModule(1);
  context = await fixtureContext(module);
});

const issue = (learner: LearnerDetails, withFonts: WideFonts | null = fonts) =>
  issuePdf(module, learner, withFonts ?? undefined);

describe('names in any script', () => {
  it.each([
    ['Greek', 'Γιώργος Παπαδόπουλος', 'Γιώργος Παπαδόπουλος'],
    ['Turkish', 'Şükrü Çağlar İnönü ğış', 'Şükrü Çağlar İnönü ğış'],
    ['Cyrillic', 'Ольга Петренко', 'Ольга Петренко'],
    ['Polish', 'Łukasz Wałęsa', 'Łukasz Wałęsa'],
  ])('%s: prints the name and verifies as valid', async (_script, name, shown) => {
    const { summary, pdf } = await issue({ name, organisation: 'Zorg İzmir Ελλάς' });
    expect(wideFontsNeeded(summary)).toEqual({
      bold: true,
      regular: true,
      arabic: false,
      cjk: false,
      korean: false,
    });
    const read = await readCertificatePdf(pdf);
    if (!read.ok) throw new Error(read.message);
    expect(read.printed.name).toBe(shown);
    expect(read.printed.code).toBe(summary.code);
    expect(printedMismatch(read.printed, { name: summary.name, code: summary.code })).toBeUndefined();
    const verdict = await verifyCertificate(pdf, context);
    expect(verdict.status).toBe('geldig');
  });

  it('prints a Persian name with its zero-width non-joiner, and verifies it as valid', async () => {
    const { summary, pdf } = await issue({ name: 'مهدی نیک\u200Cنام' });
    expect(summary.name).toBe('مهدی نیک\u200Cنام');
    const read = await readCertificatePdf(pdf);
    if (!read.ok) throw new Error(read.message);
    expect(read.printed.name).not.toMatch(/\?/);
    expect(printedMismatch(read.printed, { name: summary.name, code: summary.code })).toBeUndefined();
    expect((await verifyCertificate(pdf, context)).status).toBe('geldig');
    // The non-joiner is read back as a space, and is left out of the comparison as spaces are.
    expect(read.printed.name).toBe('مهدی نیک نام');
  });

  it.each([
    ['a joiner after a virama', 'क्\u200Dष', 'क् ष'],
    ['a conjunct', 'नमस्ते', 'नमस्ते'],
    ['a vowel sign drawn before its consonant', 'हिन्दी', 'िहन्दी'],
  ])('Devanagari, %s: prints the name in Noto Sans and verifies as valid', async (_what, name, shown) => {
    // fontkit's Indic shaper needs a regenerator runtime (fontkit-regenerator.ts): without it, no PDF.
    const { summary, pdf } = await issue({ name });
    const read = await readCertificatePdf(pdf);
    if (!read.ok) throw new Error(read.message);
    expect(read.printed.name).toBe(shown);
    expect(printedMismatch(read.printed, { name: summary.name, code: summary.code })).toBeUndefined();
    expect((await verifyCertificate(pdf, context)).status).toBe('geldig');
    const other = await readCertificatePdf((await issue({ name: 'नमस्कार' })).pdf);
    if (!other.ok) throw new Error(other.message);
    expect(printedMismatch(other.printed, { name: summary.name, code: summary.code })).toMatchObject({
      code: 'pdf-past-niet',
    });
  });

  it('refuses a record attached to a PDF that prints another name in Noto Sans', async () => {
    const greek = await issue({ name: 'Γιώργος Παπαδόπουλος' });
    const other = await readCertificatePdf((await issue({ name: 'Γιώργος Παπαδόπουλοσ' })).pdf);
    if (!other.ok) throw new Error(other.message);
    expect(
      printedMismatch(other.printed, { name: greek.summary.name, code: greek.summary.code }),
    ).toMatchObject({
      code: 'pdf-past-niet',
    });
  });

  it('prints all text in subsets of Noto Sans, and embeds a script font only when a detail needs it', async () => {
    const dutch = await issue({ name: 'Noë van Dijk', organisation: 'OBS De Regenboog' });
    const greek = await issue({ name: 'Γιώργος Παπαδόπουλος' });
    const chinese = await issue({ name: '李明', organisation: 'OBS De Regenboog' });
    expect(Object.values(wideFontsNeeded(dutch.summary))).not.toContain(true);
    const fontNames = async (pdf: Uint8Array) => {
      const doc = await PDFDocument.load(pdf);
      const resources = doc.getPage(0).node.Resources()!;
      const dict = resources.lookup(PDFName.of('Font'), PDFDict);
      const names = dict.keys().map((key) => String(dict.lookup(key, PDFDict).get(PDFName.of('BaseFont'))));
      return [...new Set(names.map((name) => name.replace(/^\/[A-Z]{6}\+/, '')))].sort();
    };
    expect(await fontNames(dutch.pdf)).toEqual(['NotoSans', 'NotoSans-Bold']);
    expect(await fontNames(greek.pdf)).toEqual(['NotoSans', 'NotoSans-Bold']);
    expect(await fontNames(chinese.pdf)).toEqual(['NotoSans', 'NotoSans-Bold', 'NotoSansSC-Bold']);
    expect((await issue({ name: 'Γιώργος Παπαδόπουλος' })).pdf).toEqual(greek.pdf);
    expect(greek.pdf.length).toBeLessThan(dutch.pdf.length + 20_000);
    expect(chinese.pdf.length).toBeLessThan(dutch.pdf.length + 20_000);
  });

  it.each([
    ['Arabic', 'أمل حسن', { arabic: true }, ['NotoSansArabic-Bold']],
    ['Arabic with a ligature (lam-alef)', 'سلام العلي', { arabic: true }, ['NotoSansArabic-Bold']],
    ['Latin and Arabic', 'Amal أمل', { arabic: true }, ['NotoSans-Bold', 'NotoSansArabic-Bold']],
    ['Chinese', '李明', { cjk: true }, ['NotoSansSC-Bold']],
    ['Japanese', '山田 はなこ', { cjk: true }, ['NotoSansSC-Bold']],
    ['Korean', '김민준', { korean: true }, ['NotoSansKR-Bold']],
    ['Greek and Chinese', 'Γιώργος 李', { bold: true, cjk: true }, ['NotoSans-Bold', 'NotoSansSC-Bold']],
  ])('%s: prints the name in its script, read back as typed, and verifies', async (_, name, needed, used) => {
    const { summary, pdf } = await issue({ name });
    expect(wideFontsNeeded(summary)).toEqual({
      bold: false,
      regular: false,
      arabic: false,
      cjk: false,
      korean: false,
      ...needed,
    });
    const read = await readCertificatePdf(pdf);
    if (!read.ok) throw new Error(read.message);
    expect(read.printed.name?.replace(/\s+/g, '')).toBe(name.replace(/\s+/g, ''));
    expect(printedMismatch(read.printed, { name: summary.name, code: summary.code })).toBeUndefined();
    expect((await verifyCertificate(pdf, context)).status).toBe('geldig');
    // The name's fonts: only the glyphs used are embedded (a subset: a few KB, not the 10 MB font).
    const doc = await PDFDocument.load(pdf);
    const fontDict = doc.getPage(0).node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
    const names = fontDict.keys().map((key) => {
      const base = String(fontDict.lookup(key, PDFDict).get(PDFName.of('BaseFont')));
      return base.replace(/^\/([A-Z]{6}\+)?/, '');
    });
    for (const font of used) expect(names).toContain(font);
    expect(pdf.length).toBeLessThan(60_000);
  });

  it('refuses an Arabic name printed in another order or with another letter', async () => {
    const amal = await issue({ name: 'أمل حسن' });
    for (const other of ['حسن أمل', 'أمل حسين']) {
      const read = await readCertificatePdf((await issue({ name: other })).pdf);
      if (!read.ok) throw new Error(read.message);
      expect(
        printedMismatch(read.printed, { name: amal.summary.name, code: amal.summary.code }),
      ).toMatchObject({
        code: 'pdf-past-niet',
      });
    }
  });

  it('prints a letter as ? when its script font could not be loaded', async () => {
    const { pdf, summary } = await issue({ name: 'Li 李明' }, { ...fonts, cjk: undefined });
    const read = await readCertificatePdf(pdf);
    if (!read.ok) throw new Error(read.message);
    expect(read.printed.name).toBe('Li ??');
    expect(printedMismatch(read.printed, { name: summary.name, code: summary.code })).toBeUndefined();
  });

  it('splits a text into runs of one font, spaces with the run before', () => {
    expect(fontRuns('Amal أمل حسن 李 김')).toEqual([
      { text: 'Amal ', script: undefined },
      { text: 'أمل حسن ', script: 'arabic' },
      { text: '李 ', script: 'cjk' },
      { text: '김', script: 'korean' },
    ]);
  });

  it('prints WinAnsi when the bytes are no font (a portal page instead of the file)', async () => {
    const html = new TextEncoder().encode('<!doctype html><title>Log in</title>');
    const { pdf } = await issue({ name: 'Şükrü Çağlar' }, { bold: html, regular: html });
    const read = await readCertificatePdf(pdf);
    expect(read.ok && read.printed.name).toBe('Sükrü Çaglar');
  });

  it('prints WinAnsi, as before, when the fonts could not be loaded', async () => {
    const { pdf, summary } = await issue({ name: 'Şükrü Çağlar' }, null);
    const read = await readCertificatePdf(pdf);
    if (!read.ok) throw new Error(read.message);
    expect(read.printed.name).toBe('Sükrü Çaglar');
    expect(printedMismatch(read.printed, { name: summary.name, code: summary.code })).toBeUndefined();
  });
});

describe('parseToUnicode', () => {
  const cmap = (body: string) => new TextEncoder().encode(`begincmap\n${body}\nendcmap`);

  it('reads bfchar, bfrange with a start and bfrange with an array, surrogate pairs included', () => {
    const map = parseToUnicode(
      cmap(
        '2 beginbfchar\n<0003> <0393>\n<0004><D83DDE00>\nendbfchar\n2 beginbfrange\n<0010> <0012> <0041>\n<0020> <0021> [<03B1> <00660069>]\nendbfrange',
      ),
    );
    expect(Object.fromEntries(map)).toEqual({
      3: 'Γ',
      4: '😀',
      16: 'A',
      17: 'B',
      18: 'C',
      32: 'α',
      33: 'fi',
    });
  });

  it('stops after 65,536 codes however many wide ranges a crafted CMap has, and fast', () => {
    const ranges = Array.from({ length: 20_000 }, () => '<0000> <FFFF> <0041>').join('\n');
    const begins = 'beginbfchar '.repeat(40_000);
    const started = performance.now();
    const map = parseToUnicode(cmap(`${begins}\n20000 beginbfrange\n${ranges}\nendbfrange`));
    expect(map.size).toBeLessThanOrEqual(65_536);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
