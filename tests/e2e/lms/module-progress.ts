import { loadContent } from '../../../modules/authoring/load-content.ts';
import { expertPath } from '../../../modules/case/expert-path.ts';
import { lmsModuleOf } from '../../../modules/lms/lms-module-of.ts';
import type { LmsModule } from '../../../modules/lms/lms-module.ts';
import { emptyProgress, lessonKey, questionKey, type Progress } from '../../../modules/progress/progress.ts';

const root = new URL('../../../', import.meta.url).pathname;

/** A module of the real content, as its launch page has it, and its compiled cases. */
export async function realModule(id: string) {
  const content = loadContent(root);
  const module = (await lmsModuleOf(content, id)) as LmsModule;
  const compiled = new Map(
    content.cases
      .filter((c) => c.compiled.def.beroepsgroep === id)
      .map((c) => [c.compiled.def.id, c.compiled]),
  );
  return { module, compiled };
}

function rightAtOnce(options: string[], at: string) {
  const tried = { options, right: true, at };
  return { tries: 1, first: tried, last: tried };
}

/** A learner who did the whole module right: every lesson, every right answer, each case the expert way `times` times. */
export function completeProgress(
  { module, compiled }: Awaited<ReturnType<typeof realModule>>,
  times = 1,
): Progress {
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, 0) + minute * 60_000).toISOString();
  return {
    ...emptyProgress(),
    lessons: module.lessons.map((l) => lessonKey(module.id, l.slug)).sort(),
    answers: Object.fromEntries(
      module.lessons.flatMap((l, i) =>
        l.questions.map((q, j) => [
          questionKey(module.id, l.slug, q.id),
          rightAtOnce(
            q.options.filter((o) => o.correct).map((o) => o.id),
            at(i * 10 + j),
          ),
        ]),
      ),
    ),
    attempts: module.cases.flatMap(({ def, hash }, c) =>
      Array.from({ length: times }, (_, n) => ({
        kind: 'poging' as const,
        version: 2 as const,
        caseId: def.id,
        caseVersion: def.version,
        caseHash: hash,
        startedAt: at(100 + c * 1000 + n * 5),
        seed: 1000 + c * 1000 + n,
        events: expertPath(compiled.get(def.id)!)!.map((step, k) => ({
          ...step,
          at: at(100 + c * 1000 + n * 5 + k / 10),
        })),
      })),
    ),
  };
}
