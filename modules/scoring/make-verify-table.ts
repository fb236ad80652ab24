import { initialTransition, transition } from 'xstate';
import type { CaseSnapshot, CompiledCase } from '../case/compile-case.ts';
import { criticalChoices } from '../case/critical-choices.ts';
import { routeTarget } from '../case/consequences.ts';
import { maxScore } from './score-attempt.ts';
import type { VerifyTable } from './verify-table.ts';

/** Above this many moments a table is not made (the content checks allow 5,000 per case). */
export const VERIFY_TABLE_LIMIT = 20_000;

/**
 * The verify table of a compiled case (see verify-table.ts): every moment the case machine can reach
 * from its start, found breadth-first by running the machine itself, so the table holds exactly the
 * machine's transitions and refusals. A moment is the node, whether its first choice was made, and
 * the stappenplan's state and context as they are (nothing is merged). Browser and Node; throws
 * above VERIFY_TABLE_LIMIT moments.
 */
export function makeVerifyTable(compiled: CompiledCase, hash: string): VerifyTable {
  const { def } = compiled;
  const index = new Map(def.nodes.map((node, i) => [node.id, i]));
  const nodes: VerifyTable['nodes'] = def.nodes.map((node) => {
    if (node.end)
      return node.outcome === 'slecht' ? { id: node.id, end: true, bad: true } : { id: node.id, end: true };
    // The rule score-attempt.ts applies: a critical choice, taken first, misses in its category.
    const critical = criticalChoices(node);
    return {
      id: node.id,
      choices: (node.choices ?? []).map((choice) => {
        const miss = critical.get(choice.id);
        return {
          id: choice.id,
          points: choice.score,
          next: index.get(routeTarget(def, choice.next))!,
          ...(miss && { miss }),
        };
      }),
    };
  });
  const [first] = initialTransition(compiled.machine);
  const keys = new Map<string, number>([[momentKey(first), 0]]);
  const queue: CaseSnapshot[] = [first];
  const states: number[][] = [];
  for (let i = 0; i < queue.length; i++) {
    const snapshot = queue[i]!;
    const node = String(snapshot.value);
    const row = [index.get(node)!, snapshot.context.last?.node === node ? 1 : 0];
    for (const choice of snapshot.status === 'done' ? [] : (compiled.nodes.get(node)!.choices ?? [])) {
      const event = { type: 'choice.select' as const, choice: choice.id };
      if (!snapshot.can(event)) {
        row.push(-1);
        continue;
      }
      const [next] = transition(compiled.machine, snapshot, event);
      const key = momentKey(next);
      let to = keys.get(key);
      if (to === undefined) {
        keys.set(key, (to = queue.length));
        queue.push(next);
        if (queue.length > VERIFY_TABLE_LIMIT)
          throw new Error(`${def.id}: more than ${VERIFY_TABLE_LIMIT} moments`);
      }
      row.push(to);
    }
    states.push(row);
  }
  const { id, version, title } = def;
  return { id, version, hash, title, max: maxScore(compiled), pass: compiled.passPercentage, nodes, states };
}

function momentKey(snapshot: CaseSnapshot): string {
  const node = String(snapshot.value);
  const sp = snapshot.context.stappenplan;
  const tried = snapshot.context.last?.node === node;
  return `${node}|${tried ? 1 : 0}|${sp.status}|${JSON.stringify(sp.value)}|${JSON.stringify(sp.context)}`;
}
