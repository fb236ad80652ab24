import type { SurfaceModule } from '../../../modules/authoring/surface-module.ts';
import { caseSchema } from '../../../modules/case/case.schema.ts';
import { compileCase, type CompiledCase } from '../../../modules/case/compile-case.ts';
import type { Question } from '../../../modules/lesson/knowledge-check.schema.ts';

/** The labels at one moment: the expert's and the wrong ones, in written order after the expert's. */
export interface MomentLabels {
  right: string;
  wrong: string[];
}

/** The six moments of a fixture case, in route order; the fifth (afweging 2 ja) can fail an attempt. */
const steps = [
  { id: 'signalen', phase: 'stap-1', action: 'signalen-vastleggen' },
  { id: 'overleg', phase: 'stap-2', action: 'overleg-collega' },
  { id: 'gesprek', phase: 'stap-3', action: 'gesprek-voeren' },
  { id: 'a1', phase: 'afweging-1', action: 'afweging-1-ja' },
  { id: 'a2', phase: 'afweging-2', action: 'afweging-2-ja' },
  { id: 'melden', phase: 'stap-5', action: 'melden-en-hulp-bieden' },
] as const;

/**
 * A hand-made case of six moments through the stappenplan (signals, overleg, gesprek, afweging 1 ja,
 * afweging 2 ja, melden). The expert's choice earns 2 points and moves on; each wrong one earns 0 and
 * lets the learner try again. `expertAt` puts the expert's choice at that written position.
 */
export function fixtureCase(
  id: string,
  moments: readonly MomentLabels[],
  { passPercentage = 70, expertAt = 0 }: { passPercentage?: number; expertAt?: number } = {},
): CompiledCase {
  if (moments.length !== steps.length) throw new Error(`a fixture case has ${steps.length} moments`);
  const nodes = steps.map((step, i) => {
    const next = steps[i + 1]?.id ?? 'einde';
    const wrong = moments[i].wrong.map((label, j) => ({
      id: `fout-${j + 1}`,
      label,
      verdict: 'fout',
      score: 0,
      feedback: 'Niet de beste keuze.',
      rationale: 'Zo staat het in de meldcode.',
      next: step.id,
    }));
    const right = {
      id: 'goed',
      label: moments[i].right,
      verdict: 'goed',
      score: 2,
      feedback: 'Goed.',
      rationale: 'Zo staat het in de meldcode.',
      action: step.action,
      next,
    };
    const choices = [...wrong];
    choices.splice(Math.min(expertAt, wrong.length), 0, right);
    return {
      id: step.id,
      phase: step.phase,
      situation: `Moment ${step.id}.`,
      question: 'Wat doe je?',
      choices,
    };
  });
  const def = caseSchema.parse({
    id,
    version: 1,
    title: 'Proefcasus',
    beroepsgroep: 'proef',
    client: 'kind',
    summary: 'Een casus voor tests.',
    goals: ['Je doorloopt het afwegingskader.'],
    minutes: 5,
    passPercentage,
    start: 'signalen',
    nodes: [...nodes, { id: 'einde', phase: 'stap-5', situation: 'Je hebt gemeld.', end: true }],
  });
  return compileCase(def, { sector: 'gezondheidszorg', passPercentage, file: `${id}.yaml` });
}

/** The same labels at every moment. */
export const everyMoment = (labels: MomentLabels): MomentLabels[] => steps.map(() => labels);

/** A knowledge-check question with its options in written order; `right` lists the right ones' texts. */
export function question(
  id: string,
  texts: string[],
  right: string[],
  kind: Question['kind'] = right.length === 1 ? 'single' : 'multiple',
): Question {
  return {
    id,
    kind,
    prompt: 'Wat klopt?',
    options: texts.map((text, i) => ({ id: `optie-${i + 1}`, text, correct: right.includes(text) })),
    explanation: 'Zo staat het in de meldcode.',
  };
}

export function fixtureModule(cases: CompiledCase[], questions: Question[] = []): SurfaceModule {
  return { id: 'proef', cases, questions };
}
