import { answerTo, questionKey, type Progress } from '../progress/progress.ts';
import { attemptId } from '../scoring/attempt.ts';
import type { LmsModule, LmsQuestion } from './lms-module.ts';

/** A knowledge-check answer or a case decision to report, with a key that says whether it was sent. */
export type Reportable =
  | {
      kind: 'antwoord';
      key: string;
      slug: string;
      question: LmsQuestion;
      /** The first try: its options, and whether they were right. */
      options: string[];
      right: boolean;
    }
  | {
      kind: 'keuze';
      key: string;
      caseId: string;
      caseVersion: number;
      node: string;
      choice: string;
      /** The attempt this decision belongs to, and its place in the attempt's log. */
      attempt: string;
      index: number;
    };

/**
 * Every answer and every decision in `progress` that belongs to the module, in the order they
 * happened, each with a stable key: an answer by its question and time, a decision by its attempt and
 * position. What was sent before is recognised by its key, so nothing is reported twice. Of a
 * knowledge-check question only the first try is reported (later tries follow the explanation, so
 * they say less about what the learner knew); an answer kept from version 1 has no first try known
 * and is not reported (a version 1 package reported it when it was made).
 */
export function reportables(progress: Progress, module: LmsModule): Reportable[] {
  const items: { at: number; item: Reportable }[] = [];
  for (const lesson of module.lessons)
    for (const question of lesson.questions) {
      const key = questionKey(module.id, lesson.slug, question.id);
      const first = answerTo(progress, key)?.first;
      if (!first) continue;
      items.push({
        at: Date.parse(first.at),
        item: {
          kind: 'antwoord',
          key: `${key}@${first.at}`,
          slug: lesson.slug,
          question,
          options: first.options,
          right: first.right,
        },
      });
    }
  for (const attempt of progress.attempts) {
    const found = module.cases.find(
      ({ def, hash }) =>
        def.id === attempt.caseId && def.version === attempt.caseVersion && hash === attempt.caseHash,
    );
    if (!found) continue;
    const id = attemptId(attempt);
    attempt.events.forEach((event, index) =>
      items.push({
        at: Date.parse(event.at ?? attempt.startedAt),
        item: {
          kind: 'keuze',
          key: `${id}/${index}`,
          caseId: attempt.caseId,
          caseVersion: attempt.caseVersion,
          node: event.node,
          choice: event.choice,
          attempt: id,
          index,
        },
      }),
    );
  }
  return items.sort((a, b) => a.at - b.at).map(({ item }) => item);
}
