/**
 * What an LMS package knows of its module (one beroepsgroep's course), as the build writes it into the
 * package's launch page: the course module (its standing is judged as on the site), the lessons'
 * knowledge-check questions with their options (which are right, to report answers), and each case's
 * definition without its story. It is a ProgressModule, so the compact suspend_data codec reads it
 * directly. Example (shortened):
 *
 * {
 *   "id": "onderwijs", "name": "Onderwijs", "sector": "onderwijs", "passPercentage": 70,
 *   "lessons": [{ "slug": "signalen", "title": "Signalen herkennen", "minutes": 10, "questions": [
 *     { "id": "blauwe-plekken", "prompt": "…", "options": [{ "id": "a", "text": "…", "correct": true }] }] }],
 *   "cases": [{ "def": { "id": "daan-blauwe-plekken", "version": 1, "start": "…", "nodes": […], … },
 *               "hash": "sha256:9f2c…", <the verify table's other fields>, "minutes": 15 }]
 * }
 */
import type { Sector } from '../beroepsgroep/beroepsgroep.schema.ts';
import type { CaseDef } from '../case/case.schema.ts';
import type { CourseCase, CourseLesson, CourseModule } from '../course/course-module.ts';
import type { ProgressModule } from '../progress/progress-module.ts';

/** A course question (course/course-module.ts) with its texts, to report answers. */
export interface LmsQuestion {
  id: string;
  prompt: string;
  options: { id: string; text: string; correct: boolean }[];
}

/** The course module (course/course-module.ts) with what the package reports and stores besides. */
export interface LmsModule extends CourseModule, ProgressModule {
  description: string;
  sector: Sector;
  passPercentage: number;
  lessons: (Omit<CourseLesson, 'questions'> & { questions: LmsQuestion[] })[];
  /** Each case's verify table, with its definition without the story (for the compact codec and the cmi5 statements). */
  cases: (CourseCase & { def: CaseDef })[];
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
