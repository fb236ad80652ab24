import { getAdjacencyMap, getSimplePaths, type AdjacencyValue } from 'xstate/graph';
import { describePosition, explainRefusal } from '../stappenplan/explain-refusal.ts';
import { maxScore, scoreAttempt } from '../scoring/score-attempt.ts';
import { caseActions } from './case-action.ts';
import type { CaseIssue } from './case-issue.ts';
import type { CaseEvent, CaseSnapshot, CompiledCase } from './compile-case.ts';
import { expertPath } from './expert-path.ts';

/** Above this many distinct states a case is too tangled to check (or to learn from). */
const STATE_LIMIT = 5_000;

function serialize(snapshot: CaseSnapshot): string {
  const { stappenplan } = snapshot.context;
  return `${String(snapshot.value)}|${JSON.stringify(stappenplan.value)}|${JSON.stringify(stappenplan.context)}`;
}

/** How xstate/graph walks a case: the choices at each node, and a state is its node plus the stappenplan. */
export function caseGraphOptions(compiled: CompiledCase) {
  const events = (snapshot: CaseSnapshot): CaseEvent[] =>
    (compiled.nodes.get(String(snapshot.value))?.choices ?? []).map((choice) => ({
      type: 'choice.select',
      choice: choice.id,
    }));
  return { events, serializeState: serialize, serializeEvent: (e: CaseEvent) => e.choice };
}

/**
 * Checks every route through a compiled case with xstate/graph: every choice is allowed by the
 * stappenplan wherever it can be made, every node is reachable, every route can end, every ending
 * is a finished stappenplan, the expert route earns the maximum, and replay reproduces each score.
 */
export function checkCasePaths(compiled: CompiledCase, file: string, stateLimit = STATE_LIMIT): CaseIssue[] {
  const { machine, nodes } = compiled;
  const options = caseGraphOptions(compiled);
  const issues: CaseIssue[] = [];
  const issueKeys = new Set<string>();
  const add = (issue: CaseIssue) => {
    const key = `${issue.node}|${issue.choice}|${issue.message.split(';')[0]}`;
    if (issueKeys.has(key)) return;
    issueKeys.add(key);
    issues.push(issue);
  };
  let adjacency: Graph;
  try {
    adjacency = new Map(Object.entries(getAdjacencyMap(machine, { ...options, limit: stateLimit })));
  } catch {
    add({
      file,
      message: `more than ${stateLimit} distinct moments; let wrong choices return to their node`,
    });
    return issues;
  }

  const route = routesFrom(adjacency);
  const reachable = new Set<string>();
  for (const [key, { state }] of adjacency) {
    const nodeId = String(state.value);
    reachable.add(nodeId);
    const node = nodes.get(nodeId)!;
    for (const choice of node.choices ?? []) {
      if (!choice.action) continue;
      const action = caseActions[choice.action];
      if (!state.context.stappenplan.can(action)) {
        add({
          file,
          node: nodeId,
          choice: choice.id,
          message: `action "${choice.action}" is not allowed here: ${explainRefusal(state.context.stappenplan, action)}${via(route(key))}`,
        });
      }
    }
    if (node.end && state.context.stappenplan.status !== 'done') {
      add({
        file,
        node: nodeId,
        message: `this ending is reached while the stappenplan is at ${describePosition(state.context.stappenplan)}; add the choice that finishes it (e.g. melden after afweging 2 ja)${via(route(key))}`,
      });
    }
  }
  // Unreachable and trapped nodes are often consequences of a refused action: report the cause first.
  if (issues.length > 0) return issues;
  for (const key of trappedStates(adjacency)) {
    add({
      file,
      node: String(adjacency.get(key)!.state.value),
      message: `from here no choice leads to an ending; give a choice a next that moves the case on${via(route(key))}`,
    });
  }
  if (issues.length > 0) return issues;
  for (const id of nodes.keys()) {
    if (!reachable.has(id))
      add({
        file,
        node: id,
        message: "no route reaches this node; point a choice's next to it, or remove it",
      });
  }

  if (issues.length > 0) return issues;
  const expert = expertPath(compiled);
  if (!expert) {
    add({
      file,
      message:
        'the expert route (always the best "goed" choice) does not reach an ending; check the next of each goed choice',
    });
    return issues;
  }

  const max = maxScore(compiled);
  const paths = getSimplePaths(machine, { ...options, toState: (s) => s.status === 'done' });
  for (const path of paths) {
    const decisions = path.steps
      .slice(1)
      .map((step, i) => ({ node: String(path.steps[i].state.value), choice: step.event.choice }));
    // Summed here from the graph's own steps, apart from scoreAttempt, so the replay has something to agree with.
    const firstTry = new Set<string>();
    const expected = decisions.reduce((sum, d) => {
      const points = firstTry.has(d.node)
        ? 0
        : nodes.get(d.node)!.choices!.find((c) => c.id === d.choice)!.score;
      firstTry.add(d.node);
      return sum + points;
    }, 0);
    const score = scoreAttempt(compiled, decisions);
    if (score.total !== expected)
      add({ file, message: `replaying a route gives ${score.total}, not ${expected}${via(decisions)}` });
    if (score.total > max)
      add({
        file,
        message: `a route earns ${score.total}, more than the expert route (${max}); the expert route must earn the most${via(decisions)}`,
      });
  }
  return issues;
}

type Graph = Map<string, AdjacencyValue<CaseSnapshot, CaseEvent>>;
type Route = { node: string; choice: string }[];

/** Shortest route from the start to each state, to show authors how a problem is reached. */
function routesFrom(adjacency: Graph): (key: string) => Route {
  // Breadth-first with parent links; a route is rebuilt only for the few states that have an issue.
  const [first] = adjacency.keys();
  const parents = new Map<string, null | { from: string; node: string; choice: string }>([[first, null]]);
  const queue = [first];
  for (let i = 0; i < queue.length; i++) {
    const { state, transitions } = adjacency.get(queue[i])!;
    for (const { event, state: next } of Object.values(transitions)) {
      const nextKey = serialize(next);
      if (parents.has(nextKey)) continue;
      parents.set(nextKey, { from: queue[i], node: String(state.value), choice: event.choice });
      queue.push(nextKey);
    }
  }
  return (key) => {
    const route: Route = [];
    for (let step = parents.get(key); step; step = parents.get(step.from)) route.unshift(step);
    return route;
  };
}

/** States from which no ending can be reached, reduced to where the trap starts (not every state before it). */
function trappedStates(adjacency: Graph): string[] {
  const trapped = new Set(unfinishable(adjacency));
  const starts = [...trapped].filter((key) =>
    Object.values(adjacency.get(key)!.transitions).every(
      ({ state }) => serialize(state) === key || !trapped.has(serialize(state)),
    ),
  );
  return starts.length > 0 ? starts : [...trapped];
}

function unfinishable(adjacency: Graph): string[] {
  const canEnd = new Set(
    [...adjacency].filter(([, { state }]) => state.status === 'done').map(([key]) => key),
  );
  let grew = true;
  while (grew) {
    grew = false;
    for (const [key, { transitions }] of adjacency) {
      if (canEnd.has(key)) continue;
      if (Object.values(transitions).some(({ state }) => canEnd.has(serialize(state)))) {
        canEnd.add(key);
        grew = true;
      }
    }
  }
  return [...adjacency.keys()].filter((key) => !canEnd.has(key));
}

function via(route: Route): string {
  return route.length === 0
    ? ''
    : ` (route: ${route.map((step) => `${step.node}→${step.choice}`).join(', ')})`;
}
