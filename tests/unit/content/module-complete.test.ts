import { describe, expect, it } from 'vitest';
import { hashCaseSync } from '../../../modules/authoring/hash-case-sync.ts';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { expertPath } from '../../../modules/case/expert-path.ts';
import { makeCertificate } from '../../../modules/certificate/make-certificate.ts';
import type { ModuleContent } from '../../../modules/certificate/module-edition.ts';
import { lmsModuleOf } from '../../../modules/lms/lms-module-of.ts';
import { moduleOutcome } from '../../../modules/lms/module-outcome.ts';
import { moduleStatus } from '../../../modules/progress/module-status.ts';
import {
  answerFromVersion1,
  emptyProgress,
  lessonKey,
  questionKey,
  type Answer,
  type Progress,
} from '../../../modules/progress/progress.ts';
import { statusModule } from '../../../src/islands/status-module.ts';
import { moduleData } from '../../../src/lib/module-data.ts';
import { verifyTableEntries } from '../../../src/loaders/verify-table-entries.ts';

// Every place that decides whether a module is complete must say the same on the real content: the
// module page and "Mijn voortgang" (moduleStatus on the page's data, cases scored by their tables),
// issuing a certificate (makeCertificate, cases replayed on the machine) and the LMS (moduleOutcome).

const content = loadContent(new URL('../../../', import.meta.url).pathname);
const tables = new Map(verifyTableEntries(content).map((table) => [table.id, table]));
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
      const page = statusModule(
        moduleData(
          group,
          lessons.map(({ slug, lesson }) => ({ slug, entry: { data: lesson } })),
          cases.map(({ compiled }) => ({ data: compiled.def })),
          tables,
        ),
      );
      const certificate: ModuleContent = {
        id: group.id,
        name: group.name,
        lessons: lessons.map(({ slug, lesson }) => ({ slug, ...lesson })),
        cases: cases.map(({ compiled, authored }) => ({ compiled, hash: hashCaseSync(authored) })),
      };
      const lms = (await lmsModuleOf(content, group.id))!;
      const compiled = new Map(cases.map(({ compiled: c }) => [c.def.id, c]));

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
      ];
      for (const [name, progress, complete] of variants) {
        const label = `${group.id}: ${name}`;
        expect(moduleStatus(page, progress).complete, label).toBe(complete);
        const made = await makeCertificate({ progress, module: certificate, learner: { name: 'Noë' } });
        expect(made.ok, label).toBe(complete);
        const outcome = moduleOutcome(progress, lms, compiled);
        expect(outcome.finished, label).toBe(complete);
        expect(outcome.status === 'passed', label).toBe(complete);
      }
    }
  });
});
