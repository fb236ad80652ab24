/**
 * The certificate as a PDF: makeCertificatePdf draws an A4 "Bewijs van deelname" in Dutch with real
 * text (Helvetica, WinAnsi: ë, é, ï and the other Dutch letters; the learner's details in other scripts
 * in embedded subsets of Noto Sans when the caller gives the fonts: certificate-font.ts), tagged for
 * screen readers (tagged-writer.ts). Title (shown in the window), author, subject, keywords, language
 * nl-NL and dates are set. The record is attached as ATTACHMENT_NAME (application/json, AFRelationship
 * Data); read-certificate-pdf.ts reads it back.
 */
import { AFRelationship, PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { certificateJson, type Certificate } from './certificate-record.ts';
import {
  formatEdition,
  formatLongDate,
  formatMeasured,
  formatMinutes,
  formatScore,
  type CertificateSummary,
} from './certificate-summary.ts';
import { ATTACHMENT_NAME } from './read-certificate-pdf.ts';
import { embedDocumentFonts, embedLearnerFonts, learnerTexts, type WideFonts } from './certificate-font.ts';
import { describeDocument } from './pdf-archival.ts';
import { siteAddress, verifyAddress } from './site-address.ts';
import { TaggedWriter } from './tagged-writer.ts';
import { CHECKED, NOT_PROVEN } from './verdict-text.ts';

const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.32, 0.34, 0.38);

/**
 * What an accreditation register asks, one line each: provider (with the site's address), module
 * and its edition (the short content version), the measured time beside the estimate, the tries, and
 * the score. The verification code and where to verify follow.
 */
export function registerLines(
  summary: Pick<CertificateSummary, 'module' | 'contentVersion' | 'measured' | 'studyMinutes' | 'score'>,
  site?: string,
): string[] {
  return [
    `Aanbieder: Werken met de meldcode, open e-learning (${siteAddress(site)}).`,
    `Module: ${summary.module}, versie ${formatEdition(summary.contentVersion)}.`,
    ...timeLines(summary),
    `Score: ${formatScore(summary.score)}.`,
  ];
}

/** Where and how to verify the certificate, and what a check proves and what not (verdict-text.ts). */
export function checkLines(site?: string): string[] {
  return [
    `Controleer dit bewijs op ${verifyAddress(site)}, of met npm run verify. Er wordt niets verstuurd. De gegevens zitten als bestand in deze PDF (${ATTACHMENT_NAME}); de controle rekent de score opnieuw uit en toont dezelfde verificatiecode.`,
    `Klopt de controle? Dan betekent dat: ${CHECKED}. ${NOT_PROVEN}`,
  ];
}

/**
 * The measured time, with the course's estimate beside it, and the tries: what the learner did, not
 * what the course expects. A certificate without measured time says so.
 */
export function timeLines(summary: Pick<CertificateSummary, 'measured' | 'studyMinutes'>): string[] {
  const estimate = `geschatte studietijd van de module: ${formatMinutes(summary.studyMinutes)}`;
  const { measured } = summary;
  if (measured === null) return [`Gemeten leertijd: niet gemeten (${estimate}).`];
  const time = formatMeasured(measured);
  const lines = [`Gemeten leertijd: ${time} (${estimate}).`];
  if (measured.unmeasured > 0)
    lines.push(
      `Van ${measured.unmeasured === 1 ? '1 onderdeel' : `${measured.unmeasured} onderdelen`} is de tijd niet gemeten: gedaan voordat de e-learning tijd mat.`,
    );
  const attempts = measured.caseAttempts === 1 ? '1 poging' : `${measured.caseAttempts} pogingen`;
  const tries = measured.questionTries === 1 ? '1 keer' : `${measured.questionTries} keer`;
  lines.push(`Casussen: ${attempts}. Kennisvragen: ${tries} een antwoord gecontroleerd.`);
  return lines;
}

/** Where the certificate says it can be verified: the site's address, set at build (site-address.ts). */
export interface CertificatePdfOptions {
  /** The site's public address; default DEFAULT_SITE. */
  site?: string;
  /**
   * Fonts (certificate-font.ts): with Noto Sans regular and bold all text prints in them and the PDF
   * is PDF/A-3b (pdf-archival.ts); without, in Helvetica, and it claims no PDF/A.
   */
  fonts?: WideFonts;
}

/**
 * The certificate as A4 PDF bytes, with the record attached; deterministic for the same input. It
 * states what an accreditation register asks (provider, module edition, measured study time, score,
 * verification code, where to verify) and what a check of it does and does not prove. The name comes
 * right after the heading and the code reads "Verificatiecode: …": verification reads both back
 * (certificate-pdf-text.ts), also from certificates issued before this layout.
 */
export async function makeCertificatePdf(
  record: Certificate,
  summary: CertificateSummary,
  options: CertificatePdfOptions = {},
): Promise<Uint8Array> {
  const issued = new Date(record.issuedAt);
  const site = siteAddress(options.site);
  const doc = await PDFDocument.create({ updateMetadata: false });
  // Noto Sans for all text when the caller gives it: then every font is embedded and the PDF is PDF/A-3b.
  const archival = await embedDocumentFonts(doc, options.fonts, record.id);
  const regular = archival?.regular ?? (await doc.embedFont(StandardFonts.Helvetica));
  const bold = archival?.bold ?? (await doc.embedFont(StandardFonts.HelveticaBold));
  const { regular: _regular, bold: _bold, ...scriptFonts } = options.fonts ?? {};
  const learner = await embedLearnerFonts(doc, summary, archival ? scriptFonts : (options.fonts ?? {}), {
    regular,
    bold,
  });
  const writer = new TaggedWriter(doc, [...(archival ? [regular, bold] : []), ...learner.embedded]);

  writer.text('P', 'Werken met de meldcode — e-learning', regular, 10, MUTED, 18);
  writer.text('H1', 'Bewijs van deelname', bold, 28, INK, 14);
  writer.rule();
  writer.text('P', summary.name, learner.name, 20, INK, 4);
  for (const line of learnerTexts(summary).details) writer.text('P', line, learner.details, 11, MUTED, 2);
  writer.space(12);
  writer.text(
    'P',
    `Dit bewijs is gemaakt op ${formatLongDate(summary.date)}. Volgens dit bewijs is de module ${summary.module} van de e-learning Werken met de meldcode afgerond: alle lessen gelezen, alle ${summary.questions} kennisvragen goed beantwoord en elke casus gehaald.`,
    regular,
    12,
    INK,
    14,
  );
  writer.text('H2', 'Gegevens van de scholing', bold, 14, INK, 6);
  for (const line of registerLines(summary, site)) writer.text('P', line, regular, 11, INK, 2);
  writer.text('P', `Verificatiecode: ${summary.code}`, bold, 12, INK, 2);
  writer.text('P', `Nummer van het bewijs: ${summary.id}`, regular, 10, MUTED, 16);
  writer.text('H2', 'Uitslag per casus', bold, 14, INK, 6);
  for (const c of summary.score.cases)
    writer.text(
      'P',
      `${c.title} (versie ${c.version}): ${formatScore(c)}; grens ${c.passPercentage}%.`,
      regular,
      11,
      INK,
      3,
    );
  writer.space(13);
  writer.text('H2', 'Dit bewijs controleren', bold, 14, INK, 6);
  for (const line of checkLines(site)) writer.text('P', line, regular, 10, INK, 4);
  writer.finish();

  describeDocument(
    doc,
    {
      title: `Bewijs van deelname — ${summary.module} — ${summary.name}`,
      language: 'nl-NL',
      author: 'Werken met de meldcode',
      subject: `Bewijs van deelname aan de module ${summary.module} van Werken met de meldcode`,
      keywords: ['meldcode', 'bewijs van deelname', summary.module, summary.code],
      creator: 'Werken met de meldcode',
      producer: 'Werken met de meldcode (pdf-lib)',
      date: issued,
      id: record.integrity.replace(/^sha256:/, '').slice(0, 32),
    },
    archival !== undefined,
  );
  await doc.attach(new TextEncoder().encode(certificateJson(record)), ATTACHMENT_NAME, {
    mimeType: 'application/json',
    description: 'Het bewijs van deelname als gegevens, om te controleren',
    creationDate: issued,
    modificationDate: issued,
    afRelationship: AFRelationship.Data,
  });
  return doc.save({ useObjectStreams: false });
}
