import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, type LoadedCase } from '../../../modules/authoring/load-content.ts';
import type { LoadedLesson } from '../../../modules/authoring/load-lessons.ts';

// Helpers for the fact guards: the real content, read by the one content loader, and its text in forms
// that regular expressions can search (markdown emphasis removed, line breaks folded into spaces).

/** The project root. */
export const root = new URL('../../../', import.meta.url).pathname;

/** The course content as the site and the CLIs load it. */
export const content = loadContent(root);

/** Text with markdown emphasis and YAML folding removed, so a phrase split over lines is still found. */
export function flatten(text: string): string {
  return text
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sentences of a flattened text, split after . ! ? or a colon that opens a list. */
export function sentences(text: string): string[] {
  return flatten(text)
    .split(/(?<=[.!?])\s+|\s+-\s+/)
    .filter(Boolean);
}

/** A lesson file as written, frontmatter included. */
export function lessonFile(lesson: LoadedLesson): string {
  return readFileSync(join(root, lesson.file), 'utf8');
}

/** The body of a lesson: the MDX after its frontmatter. */
export function lessonBody(lesson: LoadedLesson): string {
  return lessonFile(lesson).replace(/^---\r?\n[\s\S]*?\r?\n---/, '');
}

/** What a lesson states as true: its body, questions, right options and explanations; wrong options are left out. */
export function lessonClaims(lesson: LoadedLesson): string {
  const questions = lesson.lesson.questions.flatMap((question) => [
    question.prompt,
    ...question.options.filter((option) => option.correct).map((option) => option.text),
    question.explanation,
  ]);
  return [lessonBody(lesson), ...questions].join('\n');
}

/** A case file as written: every text a learner can read in it. */
export function caseFile(loaded: LoadedCase): string {
  return readFileSync(join(root, loaded.file), 'utf8');
}
