import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCertificatePdf } from '../../../modules/certificate/certificate-pdf.ts';
import { certificateJson, type Certificate } from '../../../modules/certificate/certificate-record.ts';
import { makeCertificate } from '../../../modules/certificate/make-certificate.ts';
import {
  MAX_FILE_BYTES,
  MAX_PDF_OBJECTS,
  readCertificateFile,
} from '../../../modules/certificate/read-certificate-file.ts';
import { fixtureModule, fixtureProgress, ISSUED, RANDOM } from './helpers.ts';

// What readCertificateFile refuses before pdf-lib parses a byte: a file too large for a certificate,
// and a PDF of too many objects (pdf-lib spends time and memory on every object it parses).

let record: Certificate;
let pdf: Uint8Array;

beforeAll(async () => {
  const module = await fixtureModule(1);
  const made = await makeCertificate({
    progress: fixtureProgress(module),
    module,
    learner: { name: 'Noë van Dijk' },
    now: ISSUED,
    random: RANDOM,
  });
  if (!made.ok) throw new Error(made.message);
  record = made.record;
  pdf = await makeCertificatePdf(record, made.summary);
});

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/** A PDF whose catalog is followed by `count` tiny objects (`2 0 obj 0 endobj`, …). */
function manyObjects(count: number): Uint8Array {
  const objects = Array.from({ length: count }, (_, i) => `${i + 2} 0 obj 0 endobj\n`).join('');
  return latin1(
    `%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n${objects}trailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );
}

/** A PDF with one object stream whose dictionary is `dict`, holding object 5 (the number 0). */
function objectStream(dict: string): Uint8Array {
  return latin1(
    `%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n<< ${dict} /First 4 /Length 6 >>\nstream\n5 0 0 \nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );
}

const TOO_MANY = {
  ok: false,
  code: 'te-veel-objecten',
  reason:
    'Deze PDF bestaat uit veel meer onderdelen dan een bewijs van deelname (meer dan 1.000 PDF-objecten); hij is niet gelezen.',
};

describe('readCertificateFile: limits before a PDF is parsed', () => {
  it('refuses a file of 1 MB or more by its size: a certificate PDF is about 10 KB', async () => {
    expect(MAX_FILE_BYTES).toBe(1024 * 1024);
    expect(pdf.length).toBeLessThan(MAX_FILE_BYTES / 50);
    let read = false;
    const big = { size: MAX_FILE_BYTES, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) };
    expect(await readCertificateFile(big)).toEqual({
      ok: false,
      code: 'te-groot',
      reason:
        'Het bestand is 1 MB groot; een bewijs van deelname is veel kleiner (bestanden vanaf 1 MB worden niet gelezen).',
    });
    expect(read).toBe(false);
    expect(
      await readCertificateFile({ size: 3.5 * 1024 * 1024, arrayBuffer: async () => new ArrayBuffer(0) }),
    ).toMatchObject({ reason: expect.stringMatching(/^Het bestand is 3,5 MB groot;/) });
  });

  it('refuses a PDF of more objects than a certificate has, without parsing it', async () => {
    expect(MAX_PDF_OBJECTS).toBe(1000);
    const objects = (await PDFDocument.load(pdf)).context.enumerateIndirectObjects().length;
    expect(objects).toBeLessThan(MAX_PDF_OBJECTS / 10);
    // Under the size limit, yet tens of thousands of objects: pdf-lib takes about a second over them.
    const swarm = manyObjects(50_000);
    expect(swarm.length).toBeLessThan(MAX_FILE_BYTES);
    expect(await readCertificateFile(swarm)).toEqual(TOO_MANY);
    expect(await readCertificateFile(manyObjects(MAX_PDF_OBJECTS))).toEqual(TOO_MANY);
    // Just under the limit the PDF is parsed (and holds no certificate).
    expect(await readCertificateFile(manyObjects(MAX_PDF_OBJECTS - 10))).toMatchObject({
      ok: false,
      code: 'pdf-zonder-bewijs',
    });
  });

  it('counts the objects an object stream says it holds, and refuses one that does not say it plainly', async () => {
    expect(await readCertificateFile(objectStream('/Type /ObjStm /N 5000'))).toEqual(TOO_MANY);
    // The same, with the name written with an escape as PDF allows.
    expect(await readCertificateFile(objectStream('/Type /Obj#53tm /#4E 5000'))).toEqual(TOO_MANY);
    // The count behind a reference is not known before parsing.
    expect(await readCertificateFile(objectStream('/Type /ObjStm /N 9 0 R'))).toEqual(TOO_MANY);
    expect(await readCertificateFile(objectStream('/Type /ObjStm'))).toEqual(TOO_MANY);
    expect(await readCertificateFile(objectStream('/Type /ObjStm /N 1'))).toMatchObject({
      ok: false,
      code: 'pdf-zonder-bewijs',
    });
  });

  it('reads our certificate, also when a PDF tool saved it again with object streams', async () => {
    const text = certificateJson(record);
    expect(await readCertificateFile(pdf)).toMatchObject({ ok: true, text, from: 'pdf' });
    const resaved = await (await PDFDocument.load(pdf)).save({ useObjectStreams: true });
    expect(await readCertificateFile(resaved)).toMatchObject({ ok: true, text, from: 'pdf' });
  });
});

describe('readCertificateFile: a PDF cut off part way', () => {
  const TRUNCATED = {
    ok: false,
    code: 'pdf-beschadigd',
    reason:
      'De PDF is beschadigd of onvolledig: het einde van het bestand ontbreekt, bijvoorbeeld doordat downloaden of kopiëren is afgebroken. Vraag de deelnemer om het bestand opnieuw te sturen.',
  };

  it('says it is damaged or incomplete, wherever it was cut, never that it holds no certificate', async () => {
    const verdicts = new Set<string>();
    for (let cut = 64; cut < pdf.length; cut += 61) {
      const read = await readCertificateFile(pdf.slice(0, cut));
      // Cut in the cross-reference table, after the record: pdf-lib still finds the whole record.
      if (read.ok) expect(read.text, `cut at ${cut}`).toBe(certificateJson(record));
      else expect(read, `cut at ${cut}`).toEqual(TRUNCATED);
      verdicts.add(read.ok ? 'ok' : read.code);
    }
    expect(verdicts).toContain('pdf-beschadigd');
  });

  it('still says a whole PDF without the record holds no certificate', async () => {
    const plain = await PDFDocument.create();
    plain.addPage();
    expect(await readCertificateFile(await plain.save())).toMatchObject({
      ok: false,
      code: 'pdf-zonder-bewijs',
    });
    // A few bytes after the end, as some mail programs add, are no damage.
    const padded = new Uint8Array([...pdf, ...new TextEncoder().encode('\r\n\0\0\n')]);
    expect(await readCertificateFile(padded)).toMatchObject({ ok: true });
  });
});
