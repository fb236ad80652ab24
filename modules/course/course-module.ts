/**
 * The one shape of a module (a beroepsgroep's course) that every view of a learner's standing reads:
 * the module page and "Mijn voortgang", issuing a certificate and the LMS packages (which add their
 * texts, lms/lms-module.ts). Lessons in course order with their reading time and knowledge-check
 * questions (option ids and which are right: the page shows the answers anyway); each case is its verify table (scoring/verify-table.ts: id, version, hash, title,
 * pass mark and every moment) with its playing time, so scoring needs no case machine. Example
 * (shortened):
 *
 * {
 *   "id": "onderwijs", "name": "Onderwijs",
 *   "lessons": [{ "slug": "signalen", "title": "Signalen herkennen", "minutes": 10,
 *                 "questions": [{ "id": "blauwe-plekken", "options": [{ "id": "a", "correct": true }, …] }] }],
 *   "cases": [{ "id": "daan-blauwe-plekken", "version": 1, "hash": "sha256:64b4…", "title": "…",
 *               "minutes": 15, "max": 12, "pass": 70, "nodes": […], "states": […] }]
 * }
 */
import type { VerifyTable } from '../scoring/verify-table.ts';

/** A knowledge-check question: its options in written order, and which are right. */
export interface CourseQuestion {
  id: string;
  options: readonly { id: string; correct: boolean }[];
}

export interface CourseLesson {
  slug: string;
  title: string;
  minutes: number;
  questions: readonly CourseQuestion[];
}

/** A case of the module: its verify table, with the minutes it takes to play. */
export interface CourseCase extends VerifyTable {
  minutes: number;
}

export interface CourseModule {
  /** The beroepsgroep id. */
  id: string;
  /** The display name, e.g. "Onderwijs". */
  name: string;
  lessons: readonly CourseLesson[];
  cases: readonly CourseCase[];
}
