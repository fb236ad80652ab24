import type { CaseSnapshot, CompiledCase } from './compile-case.ts';
import { phaseInfo } from '../stappenplan/phases.ts';
import type { CaseNode, Phase, Verdict } from './case.schema.ts';

/** Everything a view needs to render the current moment of a case; views only render this and send events. */
export interface CaseView {
  node: string;
  phase: Phase;
  /** The step of the stappenplan (1–5) this moment belongs to, if any. */
  stap: number | null;
  /** The afweging (1–5) this moment asks about, if any. */
  afweging: number | null;
  title?: string;
  situation: string;
  signals: string[];
  dialogue: NonNullable<CaseNode['dialogue']>;
  question?: string;
  /** The choices open now, in authored order. */
  choices: { id: string; label: string }[];
  /** Feedback on the choice just made, or null at the start. */
  feedback: null | { label: string; verdict: Verdict; feedback: string; rationale: string };
  done: boolean;
}

/** Derives the view of a case snapshot. */
export function viewCase(compiled: CompiledCase, snapshot: CaseSnapshot): CaseView {
  const node = compiled.nodes.get(String(snapshot.value))!;
  const last = snapshot.context.last;
  const lastChoice =
    last && compiled.nodes.get(last.node)?.choices?.find((choice) => choice.id === last.choice);
  const { stap, afweging } = phaseInfo(node.phase);
  return {
    node: node.id,
    phase: node.phase,
    stap,
    afweging,
    title: node.title,
    situation: node.situation,
    signals: node.signals ?? [],
    dialogue: node.dialogue ?? [],
    question: node.question,
    choices: (node.choices ?? [])
      .filter((choice) => snapshot.can({ type: 'choice.select', choice: choice.id }))
      .map(({ id, label }) => ({ id, label })),
    feedback: lastChoice
      ? {
          label: lastChoice.label,
          verdict: lastChoice.verdict,
          feedback: lastChoice.feedback,
          rationale: lastChoice.rationale,
        }
      : null,
    done: snapshot.status === 'done',
  };
}
