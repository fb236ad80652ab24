import { makeCertificatePdf } from '../../modules/certificate/certificate-pdf.ts';
import {
  certificateFileName,
  certificateJson,
  verificationCode,
} from '../../modules/certificate/certificate-record.ts';
import { makeCertificate, type LearnerDetails } from '../../modules/certificate/make-certificate.ts';
import type { Progress } from '../../modules/progress/progress.ts';
import type { ModuleData } from '../lib/module-data.ts';

/** A certificate ready to download: the PDF, the JSON, their file names and the verification code. */
export interface Issued {
  code: string;
  pdf: { name: string; bytes: Uint8Array };
  json: { name: string; text: string };
}

export type IssueResult =
  { ok: true; issued: Issued } | { ok: false; field?: keyof LearnerDetails; message: string };

/**
 * Makes the certificate in the browser: runs makeCertificate on the learner's progress with the module
 * page's own module data (the same the page judged "complete" with) and draws the PDF. Loaded with
 * import() on submit, so pdf-lib and zod stay out of the module page's first JavaScript; no case
 * machine is built. Never throws.
 */
export async function issueCertificate(
  module: ModuleData,
  progress: Progress,
  learner: LearnerDetails,
  failed: string,
): Promise<IssueResult> {
  try {
    const made = await makeCertificate({ progress, module, learner });
    if (!made.ok) return made.code === 'gegevens' ? made : { ok: false, message: made.message };
    const { record, summary } = made;
    return {
      ok: true,
      issued: {
        code: verificationCode(record.integrity),
        pdf: {
          name: certificateFileName(record, 'pdf'),
          // The site's address, set at build (MELDCODE_SITE): where the PDF says to verify it.
          bytes: await makeCertificatePdf(record, summary, { site: import.meta.env.SITE }),
        },
        json: { name: certificateFileName(record, 'json'), text: certificateJson(record) },
      },
    };
  } catch {
    return { ok: false, message: failed };
  }
}
