import { assign, initialTransition, setup, transition, type SnapshotFrom } from 'xstate';
import type { Sector } from '../beroepsgroep/beroepsgroep.schema.ts';
import { stappenplanMachine, type StappenplanInput } from '../stappenplan/stappenplan.machine.ts';
import { caseActions, type CaseAction } from './case-action.ts';
import { CaseError, didYouMean, type CaseIssue } from './case-issue.ts';
import type { CaseDef, CaseNode } from './case.schema.ts';

export type StappenplanSnapshot = SnapshotFrom<typeof stappenplanMachine>;

/** The learner picks a choice at the current node. */
export type CaseEvent = { type: 'choice.select'; choice: string };

export interface CaseContext {
  /** Where the meldcode stands; choices whose action it does not allow are refused. */
  stappenplan: StappenplanSnapshot;
  /** The last choice made, for its feedback. */
  last: null | { node: string; choice: string };
}

type ChoiceParams = { node: string; choice: string; action?: CaseAction };

function createCaseMachine(def: CaseDef, input: StappenplanInput) {
  const states = Object.fromEntries(
    def.nodes.map((node) => [
      node.id,
      node.end
        ? { type: 'final' as const }
        : {
            on: {
              'choice.select': (node.choices ?? []).map((choice) => {
                const params: ChoiceParams = { node: node.id, choice: choice.id, action: choice.action };
                return {
                  guard: { type: 'isAllowedChoice' as const, params },
                  target: choice.next,
                  actions: { type: 'applyChoice' as const, params },
                };
              }),
            },
          },
    ]),
  );
  return setup({
    types: { context: {} as CaseContext, events: {} as CaseEvent },
    guards: {
      isAllowedChoice: ({ context, event }, params: ChoiceParams) =>
        event.choice === params.choice &&
        (!params.action || context.stappenplan.can(caseActions[params.action])),
    },
    actions: {
      applyChoice: assign(({ context }, params: ChoiceParams) => ({
        stappenplan: params.action
          ? transition(stappenplanMachine, context.stappenplan, caseActions[params.action])[0]
          : context.stappenplan,
        last: { node: params.node, choice: params.choice },
      })),
    },
  }).createMachine({
    id: def.id,
    initial: def.start,
    context: () => ({ stappenplan: initialTransition(stappenplanMachine, input)[0], last: null }),
    states,
  });
}

export type CaseMachine = ReturnType<typeof createCaseMachine>;
export type CaseSnapshot = SnapshotFrom<CaseMachine>;

/** A case ready to play: its definition, its nodes by id, and its machine on the stappenplan rules. */
export interface CompiledCase {
  def: CaseDef;
  input: StappenplanInput;
  nodes: ReadonlyMap<string, CaseNode>;
  machine: CaseMachine;
}

export interface CompileOptions {
  sector: Sector;
  file: string;
  lineOf?: (path: (string | number)[]) => number | undefined;
}

/** Checks the references inside a case and builds its machine; throws a {@link CaseError} listing every problem. */
export function compileCase(def: CaseDef, options: CompileOptions): CompiledCase {
  const issues = checkReferences(def, options);
  if (issues.length > 0) throw new CaseError(issues);
  const input: StappenplanInput = { client: def.client, sector: options.sector };
  return {
    def,
    input,
    nodes: new Map(def.nodes.map((node) => [node.id, node])),
    machine: createCaseMachine(def, input),
  };
}

function checkReferences(def: CaseDef, { file, lineOf }: CompileOptions): CaseIssue[] {
  const issues: CaseIssue[] = [];
  const ids = def.nodes.map((node) => node.id);
  const at = (path: (string | number)[]) => lineOf?.(path);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) {
      issues.push({
        file,
        line: at(['nodes', i, 'id']),
        node: id,
        message: 'this node id is used twice; give each node its own id',
      });
    }
  });
  if (!ids.includes(def.start)) {
    issues.push({
      file,
      line: at(['start']),
      message: `start points to "${def.start}" which does not exist${didYouMean(def.start, ids)}`,
    });
  }
  def.nodes.forEach((node, n) => {
    const choices = node.choices ?? [];
    const choiceIds = choices.map((choice) => choice.id);
    choices.forEach((choice, c) => {
      const where = { file, node: node.id, choice: choice.id };
      if (choiceIds.indexOf(choice.id) !== c) {
        issues.push({
          ...where,
          line: at(['nodes', n, 'choices', c, 'id']),
          message: 'this choice id is used twice in the node; give each choice its own id',
        });
      }
      if (!ids.includes(choice.next)) {
        issues.push({
          ...where,
          line: at(['nodes', n, 'choices', c, 'next']),
          message: `next points to "${choice.next}" which does not exist${didYouMean(choice.next, ids)}`,
        });
      }
    });
    if (choices.length === 0) return;
    const best = Math.max(...choices.map((choice) => choice.score));
    const expert = choices.filter((choice) => choice.verdict === 'goed');
    if (expert.length === 0) {
      issues.push({
        file,
        node: node.id,
        line: at(['nodes', n, 'choices']),
        message: 'no expert answer: mark the right choice with verdict: goed',
      });
    } else if (!expert.some((choice) => choice.score === best)) {
      issues.push({
        file,
        node: node.id,
        line: at(['nodes', n, 'choices']),
        message: `the expert answer (verdict: goed) must have the highest score at its node (${best}); raise its score or lower the others`,
      });
    }
  });
  return issues;
}
