/**
 * A module's edition: what a learner had to do to complete one module (beroepsgroep) at one moment,
 * reduced to ids. Its hash is the module's content version, which a certificate names:
 *
 * {
 *   "id": "onderwijs",
 *   "contentVersion": "sha256:5be1…",
 *   "minutes": 95,
 *   "lessons": ["onderwijs/waarom-de-meldcode", "onderwijs/stappenplan-op-school"],
 *   "questions": ["onderwijs/waarom-de-meldcode#wie-heeft-een-meldcode"],
 *   "cases": [{ "id": "daan-blauwe-plekken", "version": 1, "hash": "sha256:64b4…" }]
 * }
 *
 * `contentVersion` is SHA-256 over the canonical JSON of the other fields, so it changes when a lesson,
 * a question or a case version is added, removed or raised, or the study time changes, and never
 * when a text is reworded without raising a case version. Texts are not part of it: the cases are
 * frozen in their own archive (scoring/case-archive.ts) and the module's editions in
 * module-archive.ts, so a certificate can be checked against the edition it names.
 */
import type { CourseModule } from '../course/course-module.ts';
import { lessonKey, questionKey } from '../progress/progress.ts';
import { canonicalJson } from '../scoring/hash-case.ts';

/** A case of an edition: exactly the version and content a certificate must have played. */
export interface EditionCase {
  id: string;
  version: number;
  hash: string;
}

export interface ModuleEdition {
  id: string;
  contentVersion: string;
  /** Study time: the lessons' reading time plus the cases' playing time, in minutes. */
  minutes: number;
  lessons: string[];
  questions: string[];
  cases: EditionCase[];
}

/** The edition of a module as its content stands (Browser and Node). */
export async function moduleEdition(content: CourseModule): Promise<ModuleEdition> {
  const fields = {
    id: content.id,
    minutes: studyMinutes(content),
    lessons: content.lessons.map((lesson) => lessonKey(content.id, lesson.slug)),
    questions: content.lessons.flatMap((lesson) =>
      lesson.questions.map((question) => questionKey(content.id, lesson.slug, question.id)),
    ),
    cases: content.cases.map(({ id, version, hash }) => ({ id, version, hash })),
  };
  return { ...fields, contentVersion: await editionHash(fields) };
}

/** The content version: SHA-256 of the canonical JSON of an edition without its own hash. */
export async function editionHash(edition: Omit<ModuleEdition, 'contentVersion'>): Promise<string> {
  const { id, minutes, lessons, questions, cases } = edition;
  return sha256(canonicalJson({ id, minutes, lessons, questions, cases }));
}

/** The module's study time in minutes, as a certificate states it. */
export function studyMinutes(content: Pick<CourseModule, 'lessons' | 'cases'>): number {
  return (
    content.lessons.reduce((sum, lesson) => sum + lesson.minutes, 0) +
    content.cases.reduce((sum, { minutes }) => sum + minutes, 0)
  );
}

/** `sha256:<hex>` of a text as UTF-8, with Web Crypto (browser and Node). */
export async function sha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
