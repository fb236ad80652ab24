/**
 * The record read back out of a certificate PDF (certificate-pdf.ts makes it). readCertificatePdf parses
 * a PDF with pdf-lib's parser and finds the attachment in the EmbeddedFiles name tree, decoding nothing
 * without a bound (bounded-decode.ts): object and cross-reference streams together at most
 * MAX_INFLATED_BYTES (256 KB), the attachment at most MAX_RECORD_BYTES (1 MB), the content of the first
 * pages at most MAX_PAGE_CONTENT_BYTES (512 KB), so a small file that inflates to gigabytes is refused
 * after a few megabytes. It also reads the name and the verification code printed on the page
 * (certificate-pdf-text.ts), which verification compares with the attached record.
 */
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFObject,
  PDFParser,
  PDFRawStream,
  PDFString,
} from 'pdf-lib';
import { decodeBounded, TooMuchData } from './bounded-decode.ts';
import { printedCertificate, type PrintedCertificate } from './certificate-pdf-text.ts';
import { MAX_RECORD_BYTES } from './certificate-record.ts';

/** The name of the attached record inside the PDF. */
export const ATTACHMENT_NAME = 'bewijs-van-deelname.json';
/**
 * Decoded bytes of object and cross-reference streams a certificate PDF may need, all together. Those
 * streams hold dictionaries only (never fonts or images), a few kilobytes for one page, even after a
 * PDF tool re-saved the file; pdf-lib inflates in JavaScript, so a lower bound refuses a bomb sooner.
 */
export const MAX_INFLATED_BYTES = 256 * 1024;

/** The record's JSON text out of a PDF with the name and code printed on it (certificate-pdf-text.ts), or why there is none. */
export type PdfRecordResult =
  | { ok: true; text: string; printed: PrintedCertificate }
  | { ok: false; code: 'pdf-beschadigd' | 'pdf-zonder-bewijs' | 'te-veel-uitgepakt'; message: string };

const MESSAGES = {
  'pdf-beschadigd': 'De PDF is beschadigd of onvolledig en kan niet worden gelezen.',
  'pdf-zonder-bewijs': `Deze PDF bevat geen bewijs van deelname: het bijgevoegde bestand ${ATTACHMENT_NAME} ontbreekt. Alleen een PDF van Werken met de meldcode kan worden gecontroleerd.`,
  'te-veel-uitgepakt':
    'Deze PDF pakt uit tot veel meer gegevens dan een bewijs van deelname heeft; hij is niet verder gelezen.',
} as const;

/** pdf-lib's parser, but object and cross-reference streams are decoded within a shared budget. */
class BoundedParser extends PDFParser {
  private budget = MAX_INFLATED_BYTES;
  /** Set when the budget ran out: pdf-lib may catch our error and throw one of its own. */
  exceeded = false;

  override parseObject(): PDFObject {
    const object = super.parseObject();
    if (!(object instanceof PDFRawStream)) return object;
    const type = object.dict.lookup(PDFName.of('Type'));
    if (type !== PDFName.of('ObjStm') && type !== PDFName.of('XRef')) return object;
    // Decoded here within the budget, and handed on undecoded, so pdf-lib never inflates it without a bound.
    let bytes: Uint8Array;
    try {
      bytes = decodeBounded(object, this.budget);
    } catch (error) {
      this.exceeded ||= error instanceof TooMuchData;
      throw error;
    }
    this.budget -= bytes.length;
    const dict = object.dict.clone();
    dict.delete(PDFName.of('Filter'));
    dict.delete(PDFName.of('DecodeParms'));
    return PDFRawStream.of(dict, bytes);
  }
}

/** Reads the attached record of a certificate PDF; never throws, never inflates without a bound. */
export async function readCertificatePdf(bytes: Uint8Array): Promise<PdfRecordResult> {
  const fail = (code: keyof typeof MESSAGES) => ({ ok: false, code, message: MESSAGES[code] }) as const;
  const parser = new BoundedParser(bytes, Infinity, true, true);
  try {
    const context = await parser.parseDocument();
    const catalog = context.lookup(context.trailerInfo.Root);
    if (!(catalog instanceof PDFDict)) return fail('pdf-beschadigd');
    const names = catalog.lookup(PDFName.of('Names'));
    const tree = names instanceof PDFDict ? names.lookup(PDFName.of('EmbeddedFiles')) : undefined;
    const spec = tree instanceof PDFDict ? findInNameTree(tree, ATTACHMENT_NAME) : undefined;
    const ef = spec instanceof PDFDict ? spec.lookup(PDFName.of('EF')) : undefined;
    const stream = ef instanceof PDFDict ? ef.lookup(PDFName.of('F')) : undefined;
    if (!(stream instanceof PDFRawStream)) return fail('pdf-zonder-bewijs');
    const record = decodeBounded(stream, MAX_RECORD_BYTES);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(record);
    return { ok: true, text, printed: readPrinted(context) };
  } catch (error) {
    return fail(error instanceof TooMuchData || parser.exceeded ? 'te-veel-uitgepakt' : 'pdf-beschadigd');
  }
}

/** The name and code printed on the PDF; none when its page content cannot be decoded (too much of it is a bomb). */
function readPrinted(context: Parameters<typeof printedCertificate>[0]): PrintedCertificate {
  try {
    return printedCertificate(context, decodeBounded);
  } catch (error) {
    if (error instanceof TooMuchData) throw error;
    return {};
  }
}

/** The value for `key` in a PDF name tree, looking at no more than 10,000 entries, 32 levels deep. */
function findInNameTree(root: PDFDict, key: string): PDFObject | undefined {
  let budget = 10_000;
  const visit = (node: PDFDict, depth: number): PDFObject | undefined => {
    if (depth > 32 || --budget < 0) return undefined;
    const names = node.lookup(PDFName.of('Names'));
    if (names instanceof PDFArray)
      for (let i = 0; i + 1 < names.size() && --budget >= 0; i += 2) {
        const name = names.lookup(i);
        if ((name instanceof PDFString || name instanceof PDFHexString) && name.decodeText() === key)
          return names.lookup(i + 1);
      }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray)
      for (let i = 0; i < kids.size(); i++) {
        const kid = kids.lookup(i);
        const found = kid instanceof PDFDict ? visit(kid, depth + 1) : undefined;
        if (found) return found;
      }
    return undefined;
  };
  return visit(root, 0);
}
