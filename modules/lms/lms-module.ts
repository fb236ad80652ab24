/**
 * What an LMS package knows of its module (one beroepsgroep's course), as the build writes it into the
 * package's launch page: the lessons with their knowledge-check questions (and which options are
 * right, to report answers), and each case with the hash its attempts record. It is a ProgressModule,
 * so the compact suspend_data codec reads it directly. Example (shortened):
 *
 * {
 *   "id": "onderwijs", "title": "Onderwijs", "sector": "onderwijs", "passPercentage": 70,
 *   "lessons": [{ "slug": "signalen", "title": "Signalen herkennen", "questions": [
 *     { "id": "blauwe-plekken", "prompt": "…", "options": [{ "id": "a", "text": "…", "correct": true }] }] }],
 *   "cases": [{ "def": { "id": "daan-blauwe-plekken", "version": 1, "start": "…", "nodes": […], … },
 *               "hash": "sha256:9f2c…" }]
 * }
 */
import type { Sector } from '../beroepsgroep/beroepsgroep.schema.ts';
import type { CaseDef } from '../case/case.schema.ts';
import type { ProgressModule } from '../progress/progress-module.ts';

export interface LmsQuestion {
  id: string;
  prompt: string;
  options: { id: string; text: string; correct: boolean }[];
}

export interface LmsModule extends ProgressModule {
  id: string;
  title: string;
  description: string;
  sector: Sector;
  passPercentage: number;
  lessons: { slug: string; title: string; questions: LmsQuestion[] }[];
  cases: { def: CaseDef; hash: string }[];
}

/**
 * A short fingerprint of what the compact codec counts positions in (lessons, questions, options,
 * cases and their hashes): suspend_data written against other content is recognised, not misread.
 */
export function moduleFingerprint(module: ProgressModule): string {
  const shape = JSON.stringify([
    module.id,
    module.lessons.map((l) => [l.slug, l.questions.map((q) => [q.id, q.options.map((o) => o.id)])]),
    module.cases.map((c) => [c.def.id, c.def.version, c.hash]),
  ]);
  // FNV-1a, 32 bits: enough to tell versions of one module apart; not a security measure.
  let hash = 0x811c9dc5;
  for (let i = 0; i < shape.length; i++) {
    hash ^= shape.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
