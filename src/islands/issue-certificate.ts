// The fonts' addresses only: Vite copies them to _astro/ (relative in an LMS package); fetched when a
// name needs them.
import notoSansBold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import notoSansRegular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import notoSansArabic from '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf?url';
import notoSansKorean from '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf?url';
import notoSansChinese from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import {
  wideFontsNeeded,
  type FontsNeeded,
  type WideFonts,
} from '../../modules/certificate/certificate-font.ts';
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
 * machine is built. Noto Sans (about 630 KB a weight) and fontkit are fetched on submit, for a PDF/A
 * file with every font embedded (kept by the service worker after the first time); Noto Sans Arabic
 * (190 KB), SC (10 MB) or KR (6 MB) only for a name, organisation or registration number with a letter
 * in that script (loadFonts). Without the fonts (offline the first time) the PDF prints in Helvetica
 * and claims no PDF/A. Never throws.
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
          bytes: await makeCertificatePdf(record, summary, {
            site: import.meta.env.SITE,
            // Noto Sans always, for a PDF/A file with every font embedded; a script's font when a detail needs it.
            fonts: await loadFonts({ ...wideFontsNeeded(summary), regular: true, bold: true }),
          }),
        },
        json: { name: certificateFileName(record, 'json'), text: certificateJson(record) },
      },
    };
  } catch {
    return { ok: false, message: failed };
  }
}

/** Where each font is (certificate-font.ts). */
const FONT_URLS: Record<keyof WideFonts, string> = {
  regular: notoSansRegular,
  bold: notoSansBold,
  arabic: notoSansArabic,
  cjk: notoSansChinese,
  korean: notoSansKorean,
};

/**
 * The fonts the certificate needs, fetched now (the service worker keeps them after the first time).
 * A font that cannot be fetched (offline before it was ever loaded) is left out: the PDF then prints
 * that text in WinAnsi, or its letters as `?`, as certificates did before.
 */
async function loadFonts(needed: FontsNeeded): Promise<WideFonts> {
  const load = async (url: string) => {
    try {
      const response = await fetch(url);
      return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
    } catch {
      return undefined;
    }
  };
  const keys = (Object.keys(FONT_URLS) as (keyof WideFonts)[]).filter((key) => needed[key]);
  const loaded = await Promise.all(keys.map((key) => load(FONT_URLS[key])));
  return Object.fromEntries(keys.flatMap((key, i) => (loaded[i] ? [[key, loaded[i]]] : [])));
}
