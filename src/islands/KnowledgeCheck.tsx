import type { UiSection } from '../i18n/ui.ts';
import type { QuestionView } from '../components/knowledge-check.ts';
import { CheckQuestion } from './CheckQuestion.tsx';
import { useLessonProgress } from './use-lesson-progress.ts';

interface Props {
  beroepsgroep: string;
  slug: string;
  questions: QuestionView[];
  strings: UiSection<'check.'>;
}

/**
 * The lesson's knowledge check. Rendered at build time it is plain HTML that works without
 * JavaScript (choose, then open the answer), with the options in an order derived from each
 * question. Hydrated when it comes into view, it marks the lesson as read, and once the stored
 * progress is read each question shows its options in the learner's own order and gets a
 * "Controleer" button; a wrong answer gets the explanation and a new try in another order, until it
 * is right (see CheckQuestion). Space for the parts that need JavaScript is kept from the start
 * (`data-ready`), so nothing moves when they appear; "Controleer" is in the page from the start, so
 * Tab reaches it before the check wakes.
 */
export default function KnowledgeCheck({ beroepsgroep, slug, questions, strings }: Props) {
  const lesson = useLessonProgress(beroepsgroep, slug);
  return (
    <section class="knowledge-check" aria-labelledby="test-je-kennis" data-ready={String(lesson.ready)}>
      <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" id="test-je-kennis">
        {strings['check.heading']}
      </h2>
      {/* One instruction, true with and without JavaScript ("Controleer" or "Bekijk het antwoord"). */}
      <p>{strings['check.intro']}</p>
      <p class="needs-js check-read">{lesson.ready && !lesson.saved ? '' : strings['check.read']}</p>
      {lesson.notice && (
        <p role="status" class="check-notice">
          {lesson.notice}
        </p>
      )}
      {questions.map((question, i) => (
        <CheckQuestion
          key={question.id}
          question={question}
          number={i + 1}
          strings={strings}
          ready={lesson.ready}
          seed={lesson.seed}
          earlier={lesson.earlier[question.name]}
          onAnswer={(options, right) => lesson.answer(question.name, options, right)}
        />
      ))}
    </section>
  );
}
