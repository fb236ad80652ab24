/**
 * Which fonts the learner's details on a certificate PDF need, and how a text is split over them.
 *
 * The Dutch text of a certificate prints in Helvetica (WinAnsi). A name, organisation or
 * registration number with a letter outside WinAnsi prints in Noto Sans (Latin with every accent,
 * Greek, Cyrillic): regular, or bold for the name. Letters Noto Sans lacks print in a font for their
 * script, one weight each (bold, also for an organisation): Noto Sans Arabic, Noto Sans SC (Chinese
 * characters and Japanese kana) and Noto Sans KR (Hangul). Each is embedded as a subset of the glyphs
 * used. The caller loads the font files (the browser fetches a file only when a text needs it: Noto
 * Sans SC is about 10 MB); a font that is not given prints its letters as `?`.
 *
 * fontkit lays out each run of one script with that font's OpenType features: Arabic letters are
 * joined (initial, medial, final forms) and an Arabic run is drawn right to left. The line itself
 * runs left to right, as the Dutch page does: in "Amal أمل" the Arabic word comes after "Amal".
 */
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { WIN_ANSI } from './printable.ts';
import { installRegenerator } from './fontkit-regenerator.ts';
import type { CertificateSummary } from './certificate-summary.ts';

/** The scripts printed in a font of their own: not in WinAnsi, nor in Noto Sans. */
export type Script = 'arabic' | 'cjk' | 'korean';
export const SCRIPTS: readonly Script[] = ['arabic', 'cjk', 'korean'];

/**
 * The font files (TTF bytes) a certificate may embed: Noto Sans regular and bold for letters outside
 * WinAnsi, and one font for each Script. Any may be missing.
 */
export type WideFonts = Partial<Record<'regular' | 'bold' | Script, Uint8Array>>;

/** Which of the WideFonts a certificate needs. */
export type FontsNeeded = Record<keyof WideFonts & string, boolean>;

const RANGES: [Script, number, number][] = [
  ['arabic', 0x0600, 0x06ff],
  ['arabic', 0x0750, 0x077f],
  ['arabic', 0x0870, 0x08ff],
  ['arabic', 0xfb50, 0xfdff],
  ['arabic', 0xfe70, 0xfeff],
  ['korean', 0x1100, 0x11ff],
  ['korean', 0x3130, 0x318f],
  ['korean', 0xa960, 0xa97f],
  ['korean', 0xac00, 0xd7ff],
  ['cjk', 0x2e80, 0x2fdf],
  ['cjk', 0x3000, 0x30ff],
  ['cjk', 0x3100, 0x312f],
  ['cjk', 0x31a0, 0x31ff],
  ['cjk', 0x3400, 0x4dbf],
  ['cjk', 0x4e00, 0x9fff],
  ['cjk', 0xf900, 0xfaff],
  ['cjk', 0xff00, 0xffef],
  ['cjk', 0x20000, 0x3134f],
];

/** The Script a character prints in, or undefined for Helvetica or Noto Sans. */
export function scriptOf(char: string): Script | undefined {
  const code = char.codePointAt(0)!;
  return RANGES.find(([, from, to]) => code >= from && code <= to)?.[0];
}

/** A part of a text in one font: a Script, or undefined for Helvetica or Noto Sans. */
export interface FontRun {
  text: string;
  script: Script | undefined;
}

/**
 * The text (NFC) in runs of one font each. White space stays with the run before it (with the run
 * after it at the start), so an Arabic name of two words is one run, laid out right to left as a whole;
 * so does a zero-width non-joiner or joiner (نیک‌نام), which the run's font shapes.
 */
export function fontRuns(text: string): FontRun[] {
  const runs: FontRun[] = [];
  for (const char of text.normalize('NFC')) {
    const last = runs.at(-1);
    const script = /[\s\u200c\u200d]/.test(char) && last ? last.script : scriptOf(char);
    if (last && (last.script === script || /^\s*$/.test(last.text))) {
      last.text += char;
      last.script = script;
    } else runs.push({ text: char, script });
  }
  return runs;
}

/** Whether a text has a letter that Helvetica in WinAnsi cannot print as typed. */
export function needsWideFont(text: string | undefined): boolean {
  return text !== undefined && [...text.normalize('NFC')].some((char) => !WIN_ANSI.has(char.codePointAt(0)!));
}

/** The texts on the certificate that may need other fonts than Helvetica: the learner's details. */
export function learnerTexts(summary: Pick<CertificateSummary, 'name' | 'organisation' | 'registration'>) {
  return {
    name: summary.name,
    details: [
      summary.organisation,
      summary.registration && `Registratienummer: ${summary.registration}`,
    ].filter((line): line is string => Boolean(line)),
  };
}

/**
 * Which fonts the PDF of this summary needs: Noto Sans bold for the name and regular for the
 * organisation and the registration number, each only when WinAnsi cannot print the letters outside
 * the Scripts; a Script's font when a detail has a letter in it. Everything else on the certificate
 * is Dutch text and prints in Helvetica.
 */
export function wideFontsNeeded(
  summary: Pick<CertificateSummary, 'name' | 'organisation' | 'registration'>,
): FontsNeeded {
  const { name, details } = learnerTexts(summary);
  const base = (text: string) => needsWideFont(baseText(text));
  const all = [name, ...details].join(' ');
  const has = (script: Script) => [...all].some((char) => scriptOf(char) === script);
  return {
    bold: base(name),
    regular: details.some(base),
    arabic: has('arabic'),
    cjk: has('cjk'),
    korean: has('korean'),
  };
}

/** The letters of a text outside the Scripts. */
function baseText(text: string): string {
  return fontRuns(text)
    .filter((run) => run.script === undefined)
    .map((run) => run.text)
    .join('');
}

/** The fonts a text is printed in: one for its letters outside the Scripts, and one per Script embedded. */
export interface Face {
  base: PDFFont;
  scripts: Partial<Record<Script, PDFFont>>;
}

/** The embedded fonts for the learner's details: the name's face, the details' face. */
export async function embedLearnerFonts(
  doc: PDFDocument,
  summary: Pick<CertificateSummary, 'name' | 'organisation' | 'registration'>,
  fonts: WideFonts,
  standard: { regular: PDFFont; bold: PDFFont },
): Promise<{ name: Face; details: Face; embedded: PDFFont[] }> {
  const needed = wideFontsNeeded(summary);
  const { name, details } = learnerTexts(summary);
  const scriptText = (script: Script) =>
    fontRuns([name, ...details].join(' '))
      .filter((run) => run.script === script)
      .map((run) => run.text)
      .join('');
  const embed = async (key: keyof WideFonts, text: string, label: string) =>
    needed[key]
      ? embedSubset(doc, fonts[key], text, label, key === 'regular' || key === 'bold' ? PLAIN : undefined)
      : undefined;
  const bold = await embed('bold', baseText(name), 'NotoSans-Bold');
  const regular = await embed('regular', details.map(baseText).join(' '), 'NotoSans');
  const scripts: Face['scripts'] = {};
  const labels: Record<Script, string> = {
    arabic: 'NotoSansArabic-Bold',
    cjk: 'NotoSansSC-Bold',
    korean: 'NotoSansKR-Bold',
  };
  for (const script of SCRIPTS) {
    const font = await embed(script, scriptText(script), labels[script]);
    if (font) scripts[script] = font;
  }
  return {
    name: { base: bold ?? standard.bold, scripts },
    details: { base: regular ?? standard.regular, scripts },
    embedded: [bold, regular, ...Object.values(scripts)].filter((font) => font !== undefined),
  };
}

/**
 * Noto Sans regular and bold for all text of the certificate, as subsets: every font embedded, as
 * PDF/A asks. Undefined when either is not given or is no font: the PDF then prints in Helvetica.
 * `key` (the certificate's id) names the subsets, so the same certificate gives the same bytes.
 */
export async function embedDocumentFonts(
  doc: PDFDocument,
  fonts: WideFonts | undefined,
  key: string,
): Promise<{ regular: PDFFont; bold: PDFFont } | undefined> {
  if (!fonts?.regular || !fonts.bold) return undefined;
  const regular = await embedSubset(doc, fonts.regular, key, 'NotoSans', PLAIN);
  const bold = regular && (await embedSubset(doc, fonts.bold, key, 'NotoSans-Bold', PLAIN));
  return regular && bold ? { regular, bold } : undefined;
}

/**
 * OpenType features left out for Noto Sans: kerning, ligatures and contextual forms. Latin, Greek and
 * Cyrillic print well without them, and fontkit lays out text many times faster (a certificate in
 * well under a second, not seconds). The fonts for the Scripts keep theirs: Arabic needs its joined forms.
 */
const PLAIN = Object.fromEntries(
  ['kern', 'liga', 'clig', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'rlig', 'rclt', 'curs'].map((tag) => [
    tag,
    false,
  ]),
);

/** fontkit, loaded the first time a certificate needs an embedded font: most names never do. */
let fontkit: Promise<Parameters<PDFDocument['registerFontkit']>[0]> | undefined;

/**
 * A font embedded as a subset of the glyphs drawn with it (pdf-lib writes a ToUnicode CMap, which
 * certificate-pdf-text.ts reads back), or undefined without font bytes, or fontkit, or a font in them.
 * The subset's name tag comes from the text, so the same certificate gives the same bytes.
 */
async function embedSubset(
  doc: PDFDocument,
  bytes: Uint8Array | undefined,
  text: string,
  label: string,
  features?: Record<string, boolean>,
) {
  if (!bytes) return undefined;
  let hash = 0;
  for (const char of text) hash = (Math.imul(hash, 31) + char.codePointAt(0)!) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++, hash = Math.floor(hash / 26)) tag += String.fromCharCode(65 + (hash % 26));
  try {
    installRegenerator(); // before fontkit lays out a Devanagari name
    fontkit ??= import('@pdf-lib/fontkit').then((module) => module.default);
    doc.registerFontkit(await fontkit);
    return await doc.embedFont(bytes, { subset: true, customName: `${tag}+${label}`, features });
  } catch {
    // fontkit could not be loaded (offline before it ever was) or the bytes are no font: the text
    // prints in WinAnsi, or as `?`, as without the font.
    fontkit = undefined;
    return undefined;
  }
}
