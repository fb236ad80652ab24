import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WideFonts } from '../../../modules/certificate/certificate-font.ts';
import { makeCertificatePdf } from '../../../modules/certificate/certificate-pdf.ts';
import { makeCertificate, type LearnerDetails } from '../../../modules/certificate/make-certificate.ts';
import type { CourseModule } from '../../../modules/course/course-module.ts';
import { fixtureProgress, ISSUED, RANDOM } from './helpers.ts';

const font = (path: string) =>
  new Uint8Array(readFileSync(fileURLToPath(import.meta.resolve(`@expo-google-fonts/${path}`))));

/** Every font a certificate may embed, as the browser fetches them (src/islands/issue-certificate.ts). */
export const fonts: WideFonts = {
  regular: font('noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: font('noto-sans/700Bold/NotoSans_700Bold.ttf'),
  arabic: font('noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf'),
  cjk: font('noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
  korean: font('noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf'),
};

/** A certificate of the fixture module for `learner`, its PDF made with `withFonts` (none: Helvetica). */
export async function issuePdf(module: CourseModule, learner: LearnerDetails, withFonts?: WideFonts) {
  const made = await makeCertificate({
    progress: fixtureProgress(module),
    module,
    learner,
    now: ISSUED,
    random: RANDOM,
  });
  if (!made.ok) throw new Error(made.message);
  const pdf = await makeCertificatePdf(made.record, made.summary, { fonts: withFonts });
  return { ...made, pdf };
}
