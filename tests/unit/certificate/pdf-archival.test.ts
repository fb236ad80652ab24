import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WideFonts } from '../../../modules/certificate/certificate-font.ts';
import { ATTACHMENT_NAME, readCertificatePdf } from '../../../modules/certificate/read-certificate-pdf.ts';
import type { LearnerDetails } from '../../../modules/certificate/make-certificate.ts';
import { xmpMetadata } from '../../../modules/certificate/pdf-archival.ts';
import { verifyCertificate, type VerifyContext } from '../../../modules/certificate/verify-certificate.ts';
import type { CourseModule } from '../../../modules/course/course-module.ts';
import { fonts, issuePdf } from './font-helpers.ts';
import { fixtureContext, fixtureModule } from './helpers.ts';

let module: CourseModule;
let context: VerifyContext;

beforeAll(async () => {
  module = await fixtureModule(1);
  context = await fixtureContext(module);
});

async function issue(learner: LearnerDetails, withFonts?: WideFonts) {
  const issued = await issuePdf(module, learner, withFonts);
  return { ...issued, doc: await PDFDocument.load(issued.pdf, { updateMetadata: false }) };
}

const decoded = (stream: unknown) => {
  if (!(stream instanceof PDFRawStream)) throw new Error('no stream');
  return decodePDFRawStream(stream).decode();
};

/** Every font of every page, with whether its font program is embedded. */
function pageFonts(doc: PDFDocument) {
  return doc.getPages().flatMap((page) => {
    const dict = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
    return dict.keys().map((key) => {
      const fontDict = dict.lookup(key, PDFDict);
      const descendants = fontDict.lookup(PDFName.of('DescendantFonts'));
      const described = descendants instanceof PDFArray ? descendants.lookup(0, PDFDict) : fontDict;
      const descriptor = described.lookup(PDFName.of('FontDescriptor'));
      const embedded =
        descriptor instanceof PDFDict &&
        ['FontFile', 'FontFile2', 'FontFile3'].some(
          (file) => descriptor.lookup(PDFName.of(file)) instanceof PDFRawStream,
        );
      return { name: String(fontDict.get(PDFName.of('BaseFont'))), embedded };
    });
  });
}

describe('PDF/A-3b, read back with pdf-lib requirement by requirement', () => {
  it.each([
    ['a Dutch name', 'Noë van Dijk'],
    ['an Arabic name', 'Amal أمل'],
  ])('%s: every font embedded, no standard font left', async (_, name) => {
    const { doc, pdf, summary } = await issue({ name, organisation: 'Zorggroep Ëlst' }, fonts);
    const used = pageFonts(doc);
    expect(used.length).toBeGreaterThanOrEqual(2);
    for (const { name: fontName, embedded } of used) {
      expect(embedded, fontName).toBe(true);
      expect(fontName).toMatch(/^\/[A-Z]{6}\+NotoSans/);
    }
    // The text still reads back, and the check still passes.
    const read = await readCertificatePdf(pdf);
    expect(read.ok && read.printed).toEqual({ name, code: summary.code });
    expect((await verifyCertificate(pdf, context)).status).toBe('geldig');
  });

  it('has XMP metadata, uncompressed, claiming part 3 conformance B and repeating the document information', async () => {
    const { doc } = await issue({ name: 'Noë <van> & Dijk' }, fonts);
    const stream = doc.catalog.lookup(PDFName.of('Metadata'));
    if (!(stream instanceof PDFRawStream)) throw new Error('no metadata');
    expect(stream.dict.get(PDFName.of('Type'))).toBe(PDFName.of('Metadata'));
    expect(stream.dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('XML'));
    expect(stream.dict.has(PDFName.of('Filter'))).toBe(false);
    const xmp = new TextDecoder('utf-8', { fatal: true }).decode(stream.contents);
    expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    const field = (tag: string) => new RegExp(`<${tag}>(?:<rdf:\\w+><rdf:li[^>]*>)?([^<]*)<`).exec(xmp)?.[1];
    const text = (value: string | undefined) =>
      value
        ?.replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    expect(text(field('dc:title'))).toBe(doc.getTitle());
    expect(doc.getTitle()).toContain('Noë <van> & Dijk');
    expect(text(field('dc:creator'))).toBe(doc.getAuthor());
    expect(text(field('dc:description'))).toBe(doc.getSubject());
    expect(text(field('pdf:Producer'))).toBe(doc.getProducer());
    expect(text(field('pdf:Keywords'))).toBe(doc.getKeywords());
    expect(text(field('xmp:CreatorTool'))).toBe(doc.getCreator());
    expect(new Date(field('xmp:CreateDate')!)).toEqual(doc.getCreationDate());
    expect(new Date(field('xmp:ModifyDate')!)).toEqual(doc.getModificationDate());
  });

  it('has an output intent with an sRGB ICC profile', async () => {
    const { doc } = await issue({ name: 'Noë van Dijk' }, fonts);
    const intents = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    expect(intents.size()).toBe(1);
    const intent = intents.lookup(0, PDFDict);
    expect(intent.get(PDFName.of('Type'))).toBe(PDFName.of('OutputIntent'));
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    expect(intent.lookup(PDFName.of('OutputConditionIdentifier'), PDFString).decodeText()).toBe(
      'sRGB IEC61966-2.1',
    );
    const profile = intent.lookup(PDFName.of('DestOutputProfile'));
    if (!(profile instanceof PDFRawStream)) throw new Error('no profile');
    expect(profile.dict.lookup(PDFName.of('N'), PDFNumber).asNumber()).toBe(3);
    const icc = decoded(profile);
    const ascii = (from: number, to: number) => String.fromCharCode(...icc.subarray(from, to));
    expect(new DataView(icc.buffer, icc.byteOffset).getUint32(0)).toBe(icc.length);
    expect(ascii(36, 40)).toBe('acsp');
    expect(ascii(12, 16)).toBe('mntr');
    expect(ascii(16, 20)).toBe('RGB ');
    expect(icc[8]).toBe(2); // ICC version 2: readable by every PDF/A level
  });

  it('attaches the record as an associated file (AF, AFRelationship Data) with its type and date', async () => {
    const { doc } = await issue({ name: 'Noë van Dijk' }, fonts);
    const af = doc.catalog.lookup(PDFName.of('AF'), PDFArray);
    expect(af.size()).toBe(1);
    expect(af.get(0)).toBeInstanceOf(PDFRef);
    const spec = af.lookup(0, PDFDict);
    expect(spec.get(PDFName.of('Type'))).toBe(PDFName.of('Filespec'));
    expect(spec.get(PDFName.of('AFRelationship'))).toBe(PDFName.of('Data'));
    expect(spec.lookup(PDFName.of('F'), PDFString).decodeText()).toBe(ATTACHMENT_NAME);
    expect(spec.lookup(PDFName.of('UF'), PDFHexString).decodeText()).toBe(ATTACHMENT_NAME);
    const file = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'));
    if (!(file instanceof PDFRawStream)) throw new Error('no attachment');
    expect(file.dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('application/json'));
    expect(file.dict.lookup(PDFName.of('Params'), PDFDict).has(PDFName.of('ModDate'))).toBe(true);
  });

  it('has a file identifier, the same for the same certificate', async () => {
    const first = await issue({ name: 'Noë van Dijk' }, fonts);
    const id = first.doc.context.trailerInfo.ID;
    expect(id).toBeInstanceOf(PDFArray);
    const [a, b] = (id as PDFArray).asArray();
    expect(a).toBeInstanceOf(PDFHexString);
    expect(String(a)).toMatch(/^<[0-9a-f]{32}>$/);
    expect(String(b)).toBe(String(a));
    expect((await issue({ name: 'Noë van Dijk' }, fonts)).pdf).toEqual(first.pdf);
  });

  it('claims no PDF/A when Noto Sans could not be loaded: it prints in Helvetica, not embedded', async () => {
    for (const withFonts of [undefined, { ...fonts, bold: new TextEncoder().encode('<!doctype html>') }]) {
      const { doc } = await issue({ name: 'Noë van Dijk' }, withFonts);
      expect(pageFonts(doc).map((f) => f.name)).toEqual(
        expect.arrayContaining(['/Helvetica', '/Helvetica-Bold']),
      );
      expect(doc.catalog.has(PDFName.of('Metadata'))).toBe(false);
      expect(doc.catalog.has(PDFName.of('OutputIntents'))).toBe(false);
    }
  });

  it('reads back after a PDF tool saved it again with object streams (within the inflate budget)', async () => {
    const { doc, summary } = await issue({ name: 'أمل 李明 Γιώργος', organisation: 'Zorggroep Ëlst' }, fonts);
    const resaved = await doc.save({ useObjectStreams: true });
    const read = await readCertificatePdf(resaved);
    expect(read.ok && read.printed).toEqual({ name: 'أمل 李明 Γιώργος', code: summary.code });
  });

  it('escapes XML in the metadata', () => {
    const xmp = xmpMetadata({
      title: 'a <b> & "c"',
      author: 'x',
      subject: 'y',
      keywords: ['k&'],
      creator: 'c',
      producer: 'p',
      date: new Date('2026-01-02T03:04:05.678Z'),
      language: 'nl-NL',
      id: '0'.repeat(32),
    });
    expect(xmp).toContain('a &lt;b&gt; &amp; &quot;c&quot;');
    expect(xmp).toContain('<pdf:Keywords>k&amp;</pdf:Keywords>');
    expect(xmp).toContain('<xmp:CreateDate>2026-01-02T03:04:05Z</xmp:CreateDate>');
  });
});
