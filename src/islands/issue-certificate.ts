import { makeCertificatePdf } from '../../modules/certificate/certificate-pdf.ts';
import {
  certificateFileName,
  certificateJson,
  verificationCode,
} from '../../modules/certificate/certificate-record.ts';
import { makeCertificate, type LearnerDetails } from '../../modules/certificate/make-certificate.ts';
import { compilePlayableCase } from '../../modules/case-run/playable-case.ts';
import type { Progress } from '../../modules/progress/progress.ts';
import type { IssueData } from '../lib/issue-data.ts';
import { siteUrl } from '../lib/site-url.ts';

/** A certificate ready to download: the PDF, the JSON, their file names and the verification code. */
export interface Issued {
  code: string;
  pdf: { name: string; bytes: Uint8Array };
  json: { name: string; text: string };
}

export type IssueResult =
  { ok: true; issued: Issued } | { ok: false; field?: keyof LearnerDetails; message: string };

/**
 * Makes the certificate in the browser: fetches the module's issue data, compiles its cases, runs
 * makeCertificate on the learner's progress and draws the PDF. Loaded with import() on submit, so
 * pdf-lib, zod and the case machine stay out of the module page's first JavaScript. Never throws.
 */
export async function issueCertificate(
  moduleId: string,
  progress: Progress,
  learner: LearnerDetails,
  failed: string,
): Promise<IssueResult> {
  try {
    const response = await fetch(siteUrl(`/${moduleId}/bewijs.json`));
    if (!response.ok) return { ok: false, message: failed };
    const data = (await response.json()) as IssueData;
    const module = {
      id: data.id,
      name: data.name,
      lessons: data.lessons,
      cases: data.cases.map((play) => ({ compiled: compilePlayableCase(play), hash: play.hash })),
    };
    const made = await makeCertificate({ progress, module, learner });
    if (!made.ok) return made.code === 'gegevens' ? made : { ok: false, message: made.message };
    const { record, summary } = made;
    return {
      ok: true,
      issued: {
        code: verificationCode(record.integrity),
        pdf: { name: certificateFileName(record, 'pdf'), bytes: await makeCertificatePdf(record, summary) },
        json: { name: certificateFileName(record, 'json'), text: certificateJson(record) },
      },
    };
  } catch {
    return { ok: false, message: failed };
  }
}
