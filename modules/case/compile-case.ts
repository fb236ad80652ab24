import { assign, initialTransition, transition, type SnapshotFrom } from 'xstate';
import { setupMachine } from '../stappenplan/setup-machine.ts';
import type { Sector } from '../beroepsgroep/beroepsgroep.schema.ts';
import {
  stappenplanMachine,
  type StappenplanEvent,
  type StappenplanInput,
} from '../stappenplan/stappenplan.machine.ts';
import { actionEvent, caseActions, type ActionEvents } from './case-action.ts';
import { checkCaseStructure } from './check-case-structure.ts';
import { routeTarget } from './consequences.ts';
import { CaseError } from './case-issue.ts';
import type { CaseDef, CaseNode, Consequence } from './case.schema.ts';

export type StappenplanSnapshot = SnapshotFrom<typeof stappenplanMachine>;

/** The learner picks a choice at the current node. */
export type CaseEvent = { type: 'choice.select'; choice: string };

export interface CaseContext {
  /** Where the meldcode stands; choices whose action it does not allow are refused. */
  stappenplan: StappenplanSnapshot;
  /** The last choice made, for its feedback. */
  last: null | { node: string; choice: string };
}

type ChoiceParams = { node: string; choice: string; event: StappenplanEvent | null };

function createCaseMachine(def: CaseDef, input: StappenplanInput, events: ActionEvents) {
  const states = Object.fromEntries(
    def.nodes.map((node) => [
      node.id,
      node.end
        ? { type: 'final' as const }
        : {
            on: {
              'choice.select': (node.choices ?? []).map((choice) => {
                const params: ChoiceParams = {
                  node: node.id,
                  choice: choice.id,
                  event: actionEvent(choice, events),
                };
                return {
                  guard: { type: 'isAllowedChoice' as const, params },
                  // A consequence is shown, not decided: the machine goes straight to where it leads.
                  target: routeTarget(def, choice.next),
                  actions: { type: 'applyChoice' as const, params },
                };
              }),
            },
          },
    ]),
  );
  return setupMachine({
    types: { context: {} as CaseContext, events: {} as CaseEvent },
    guards: {
      isAllowedChoice: ({ context, event }, params: ChoiceParams) =>
        event.choice === params.choice && (!params.event || context.stappenplan.can(params.event)),
    },
    actions: {
      applyChoice: assign(({ context }, params: ChoiceParams) => ({
        stappenplan: params.event
          ? transition(stappenplanMachine, context.stappenplan, params.event)[0]
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

/** A case ready to play: its definition, its nodes by id, its pass mark, and its machine on the stappenplan rules. */
export interface CompiledCase {
  def: CaseDef;
  input: StappenplanInput;
  nodes: ReadonlyMap<string, CaseNode>;
  /** What wrong choices lead to before the learner goes on (no state of the machine: see consequences.ts). */
  consequences: ReadonlyMap<string, Consequence>;
  /** The share of the maximum needed to pass: the case's own, or else its module's. */
  passPercentage: number;
  machine: CaseMachine;
}

export interface CompileOptions {
  sector: Sector;
  /** The module's pass mark, used when the case sets none. */
  passPercentage: number;
  file: string;
  lineOf?: (path: (string | number)[]) => number | undefined;
}

/** Checks the structure of a case and builds its machine; throws a {@link CaseError} listing every problem. */
export function compileCase(def: CaseDef, options: CompileOptions): CompiledCase {
  const issues = checkCaseStructure(def, options);
  if (issues.length > 0) throw new CaseError(issues);
  return compileCheckedCase(def, { ...options, events: caseActions });
}

/**
 * Builds the machine of a case whose structure was already checked (by compileCase at build time),
 * without checking again: the browser player uses it, so the checks and their messages stay out of
 * its bundle. Content that was not checked must go through {@link compileCase}.
 */
export function compileCheckedCase(
  def: CaseDef,
  options: Pick<CompileOptions, 'sector' | 'passPercentage'> & {
    /** The event of every action the case takes: `caseActions`, or the case's own `actionEvents`. */
    events: ActionEvents;
  },
): CompiledCase {
  const input: StappenplanInput = { client: def.client, sector: options.sector, verdachte: def.verdachte };
  return {
    def,
    input,
    nodes: new Map(def.nodes.map((node) => [node.id, node])),
    consequences: new Map((def.consequences ?? []).map((consequence) => [consequence.id, consequence])),
    passPercentage: def.passPercentage ?? options.passPercentage,
    machine: createCaseMachine(def, input, options.events),
  };
}
