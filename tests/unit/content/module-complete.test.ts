import { describe, expect, it } from 'vitest';
import { hashCaseSync } from '../../../modules/authoring/hash-case-sync.ts';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { expertPath, type LogStep } from '../../../modules/case/expert-path.ts';
import { makeCertificate } from '../../../modules/certificate/make-certificate.ts';
import { moduleContents } from '../../../modules/authoring/module-archive-files.ts';
import type { CourseModule } from '../../../modules/course/course-module.ts';
import { lmsModuleOf } from '../../../modules/lms/lms-module-of.ts';
import { moduleOutcome } from '../../../modules/lms/module-outcome.ts';
import { moduleStatus } from '../../../modules/course/module-status.ts';
import {
  answerFromVersion1,
  emptyProgress,
  lessonKey,
  questionKey,
  type Answer,
  type Progress,
} from '../../../modules/progress/progress.ts';
import { moduleData } from '../../../src/lib/module-data.ts';
import { verifyTableEntries } from '../../../src/loaders/verify-table-entries.ts';

// Every place that decides whether a module is complete must say the same on the real content: the
// module page and "Mijn voortgang" (moduleStatus on the page's data), issuing a certificate
// (makeCertificate on the course modules of the content) and the LMS (moduleOutcome on the launch
// page's module). All three are views on one course module and one standing (modules/course/).

const content = loadContent(new URL('../../../', import.meta.url).pathname);
const tables = new Map(verifyTableEntries(content).map((table) => [table.id, table]));
const modules = moduleContents(content);
const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 9, 0) + minute * 60_000).toISOString();
const tried = (options: string[], right: boolean, minute: number) => ({ options, right, at: at(minute) });

/** Every lesson read, every question right at the first try, every case along the expert route. */
function everything(moduleId: string): Progress {
  const progress = emptyProgress();
  const lessons = content.lessons.filter((lesson) => lesson.beroepsgroep === moduleId);
  progress.lessons = lessons.map(({ slug }) => lessonKey(moduleId, slug)).sort();
  for (const { slug, lesson } of lessons)
    for (const question of lesson.questions) {
      const right = tried(
        question.options.filter((o) => o.correct).map((o) => o.id),
        true,
        1,
      );
      progress.answers[questionKey(moduleId, slug, question.id)] = { tries: 1, first: right, last: right };
    }
  progress.attempts = content.cases
    .filter(({ compiled }) => compiled.def.beroepsgroep === moduleId)
    .map(({ compiled, authored }, i) => ({
      kind: 'poging' as const,
      version: 2 as const,
      caseId: compiled.def.id,
      caseVersion: compiled.def.version,
      caseHash: hashCaseSync(authored),
      startedAt: at(10 + i),
      seed: i,
      events: expertPath(compiled)!,
    }));
  return progress;
}

/** The same progress with the first attempt's steps changed. */
function withEvents(progress: Progress, change: (events: LogStep[]) => LogStep[]): Progress {
  const [first, ...rest] = progress.attempts;
  return first ? { ...progress, attempts: [{ ...first, events: change(first.events) }, ...rest] } : progress;
}

/** The same progress with one question's answer changed (or removed). */
function withAnswer(progress: Progress, key: string, answer: Answer | undefined): Progress {
  const answers = { ...progress.answers };
  if (answer) answers[key] = answer;
  else delete answers[key];
  return { ...progress, answers };
}

describe('whether a module is complete', { timeout: 120_000 }, () => {
  it('is judged alike by the module page, the certificate and the LMS, on every real module', async () => {
    for (const group of content.beroepsgroepen) {
      const cases = content.cases.filter(({ compiled }) => compiled.def.beroepsgroep === group.id);
      const lessons = content.lessons.filter((lesson) => lesson.beroepsgroep === group.id);
      const page = moduleData(
        group,
        lessons.map(({ slug, lesson }) => ({ slug, entry: { data: lesson } })),
        cases.map(({ compiled }) => ({ data: compiled.def })),
        tables,
      );
      const certificate = modules.find((m) => m.id === group.id)!;
      const lms = (await lmsModuleOf(content, group.id))!;
      // One shape: the page's data is the course module the certificate is made from, and the LMS
      // module is that course module with its texts.
      expect(page, group.id).toEqual(certificate);
      const { id, name, lessons: lmsLessons, cases: lmsCases } = lms;
      const course: CourseModule = {
        id,
        name,
        lessons: lmsLessons.map(({ questions, ...lesson }) => ({
          ...lesson,
          questions: questions.map(({ id, options }) => ({
            id,
            options: options.map((o) => ({ id: o.id, correct: o.correct })),
          })),
        })),
        cases: lmsCases.map(({ def: _def, ...found }) => found),
      };
      expect(course, group.id).toEqual(certificate);

      const all = everything(group.id);
      const [key, answer] = Object.entries(all.answers).at(-1)!;
      const wrong = tried(['niet-dit'], false, 2);
      const variants: [string, Progress, boolean][] = [
        ['everything right at the first try', all, true],
        [
          'one question right after a wrong try',
          withAnswer(all, key, { tries: 2, first: wrong, last: answer.last }),
          true,
        ],
        ['one question still wrong', withAnswer(all, key, { tries: 1, first: wrong, last: wrong }), false],
        [
          'one question answered in version 1',
          withAnswer(all, key, answerFromVersion1({ options: answer.last.options, at: at(1) })),
          false,
        ],
        ['one question not answered', withAnswer(all, key, undefined), false],
        ['one lesson not read', { ...all, lessons: all.lessons.slice(1) }, false],
        ['one case not played', { ...all, attempts: all.attempts.slice(1) }, false],
        ['one case only played to half way', withEvents(all, (events) => events.slice(0, 2)), false],
        ['one case played by hand-edited steps', withEvents(all, (events) => events.slice(1)), false],
      ];
      for (const [name, progress, complete] of variants) {
        const label = `${group.id}: ${name}`;
        expect(moduleStatus(page, progress).complete, label).toBe(complete);
        const made = await makeCertificate({ progress, module: certificate, learner: { name: 'Noë' } });
        expect(made.ok, label).toBe(complete);
        const outcome = moduleOutcome(progress, lms);
        expect(outcome.finished, label).toBe(complete);
        expect(outcome.status === 'passed', label).toBe(complete);
      }
    }
  });
});
