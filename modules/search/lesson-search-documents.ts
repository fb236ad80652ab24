import type { Lesson } from '../lesson/lesson.schema.ts';
import type { SearchDocument, SearchGroup } from './search-document.ts';
import { stripMdx } from './strip-mdx.ts';

/** A lesson as the search needs it: its frontmatter, its MDX source and where it is published. */
export interface LessonSource {
  slug: string;
  lesson: Lesson;
  /** The whole `.mdx` file, frontmatter included (it is stripped). */
  mdx: string;
}

/** The anchor of a question on its lesson page: the knowledge check's fieldset has this id. */
export function questionAnchor(questionId: string): string {
  return `vraag-${questionId}`;
}

/**
 * The lesson itself (summary and body text) and one document per knowledge-check question. A question
 * is indexed by its prompt and explanation, not its options: a wrong option shown as a snippet, out of
 * context, would read as advice.
 */
export function lessonSearchDocuments(source: LessonSource, group: SearchGroup): SearchDocument[] {
  const url = `/${group.id}/${source.slug}/`;
  const { title, summary, questions } = source.lesson;
  return [
    { kind: 'les', title, text: `${summary}\n${stripMdx(source.mdx)}`, url, group },
    ...questions.map((question): SearchDocument => ({
      kind: 'kennisvraag',
      title: question.prompt,
      text: question.explanation,
      url: `${url}#${questionAnchor(question.id)}`,
      group,
    })),
  ];
}
