import type { CaseDef, CaseNode, Choice, Verdict } from '../case/case.schema.ts';
import type { CompiledCase } from '../case/compile-case.ts';
import { discussionQuestions } from '../case/discussion-questions.ts';
import { consequenceChain, routeTarget } from '../case/consequences.ts';
import { expertPath } from '../case/expert-path.ts';
import { phaseInfo } from '../stappenplan/phases.ts';

/** A choice as the handout prints it. */
export interface HandoutChoice {
  label: string;
  verdict: Verdict;
  feedback: string;
  rationale: string;
  /** What happens because of this (wrong) choice before the case goes on: its consequences, in order. */
  consequences: { title?: string; situation: string }[];
}

/** A moment of the case on the expert route, as a trainer prepares it. */
export interface HandoutMoment {
  node: string;
  /** The moment's title, or else the name of its step or afweging. */
  heading: string;
  /** The step or afweging it belongs to. */
  phase: string;
  situation: string;
  signals: string[];
  dialogue: NonNullable<CaseNode['dialogue']>;
  question?: string;
  /** The expert's choice here; null at the ending. */
  expert: HandoutChoice | null;
  /** The other choices at this moment: the wrong turns to discuss, with what happens and why. */
  wrongTurns: HandoutChoice[];
  questions: string[];
}

/** A printable handout for a trainer: the case along the expert route, ending included. */
export interface TrainerHandout {
  title: string;
  summary: string;
  goals: string[];
  moments: HandoutMoment[];
}

function moment(def: CaseDef, node: CaseNode, expertChoice: string | null): HandoutMoment {
  const asChoice = ({ label, verdict, feedback, rationale, next }: Choice): HandoutChoice => ({
    label,
    verdict,
    feedback,
    rationale,
    consequences: whatFollows(def, next).map(({ title, situation }) =>
      title ? { title, situation } : { situation },
    ),
  });
  const choices = node.choices ?? [];
  const expert = choices.find((choice) => choice.id === expertChoice);
  const { name } = phaseInfo(node.phase);
  return {
    node: node.id,
    heading: node.title ?? name,
    phase: name,
    situation: node.situation,
    signals: node.signals ?? [],
    dialogue: node.dialogue ?? [],
    question: node.question,
    expert: expert ? asChoice(expert) : null,
    wrongTurns: choices.filter((choice) => choice.id !== expertChoice).map(asChoice),
    questions: discussionQuestions(node),
  };
}

/** The handout of a case, made from the case itself: every moment on the expert route, then its ending. */
export function trainerHandout(compiled: CompiledCase): TrainerHandout {
  const { def, nodes } = compiled;
  const path = expertPath(compiled) ?? [];
  const moments = path.map((step) => moment(def, nodes.get(step.node)!, step.choice));
  const last = path.at(-1);
  const endId = last
    ? routeTarget(def, nodes.get(last.node)!.choices!.find((c) => c.id === last.choice)!.next)
    : def.start;
  const end = nodes.get(endId);
  if (end?.end) moments.push(moment(def, end, null));
  return { title: def.title, summary: def.summary, goals: def.goals, moments };
}

/** The consequences a choice leads to, and the bad ending (outcome: slecht) where it ends there. */
function whatFollows(def: CaseDef, next: string): { title?: string; situation: string }[] {
  const { shown, target } = consequenceChain(def, next);
  const end = def.nodes.find((node) => node.id === target);
  return end?.outcome === 'slecht' ? [...shown, end] : shown;
}
