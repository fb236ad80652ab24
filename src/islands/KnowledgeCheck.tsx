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
 * JavaScript (choose, then open the answer). Hydrated when it comes into view, it marks the lesson
 * as read, ticks earlier answers again, and gives each question a "Controleer" button whose result
 * is announced politely. Space for the parts that need JavaScript is kept from the start
 * (`data-ready`), so nothing moves when they appear.
 */
export default function KnowledgeCheck({ beroepsgroep, slug, questions, strings }: Props) {
  const lesson = useLessonProgress(beroepsgroep, slug);
  return (
    <section class="knowledge-check" aria-labelledby="test-je-kennis" data-ready={String(lesson.ready)}>
      <h2 id="test-je-kennis">{strings['check.heading']}</h2>
      <p>{strings['check.intro']}</p>
      <p class="needs-js check-read">
        {strings['check.howto']} {lesson.ready && !lesson.saved ? '' : strings['check.read']}
      </p>
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
          earlier={lesson.earlier[question.name]}
          onAnswer={(options, right) => lesson.answer(question.name, options, right)}
        />
      ))}
    </section>
  );
}
