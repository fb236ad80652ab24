import type { CaseIssue } from '../case/case-issue.ts';
import type { CompiledCase } from '../case/compile-case.ts';
import { consequenceChain } from '../case/consequences.ts';
import { expertPath } from '../case/expert-path.ts';
import { scoreAttempt } from '../scoring/score-attempt.ts';
import { describePosition, explainRefusal } from '../stappenplan/explain-refusal.ts';
import { bestRoutes } from './best-routes.ts';
import { buildCaseGraph, routeTo, type CaseGraph } from './case-graph.ts';

/** Above this many distinct moments a case is too tangled to check (or to learn from). */
export const STATE_LIMIT = 5_000;

type Route = { node: string; choice: string }[];

/**
 * Checks every route through a compiled case without listing them: every choice is allowed by the
 * stappenplan wherever it can be made, every node is reachable, every route can end, every ending is
 * a finished stappenplan, the expert route earns the maximum and only routes that answer every
 * afweging as the expert does reach it, a suspected colleague takes the statutory route, and replay
 * reproduces the best score of every ending. Messages are in Dutch, with a route to the problem.
 */
export function checkCasePaths(compiled: CompiledCase, file: string, stateLimit = STATE_LIMIT): CaseIssue[] {
  const graph = buildCaseGraph(compiled, stateLimit);
  if (!graph)
    return [
      {
        file,
        message: `meer dan ${stateLimit} verschillende momenten; laat verkeerde keuzes terugkeren naar hun eigen node`,
      },
    ];
  const issues: CaseIssue[] = [];
  const seen = new Set<string>();
  const add = (issue: CaseIssue) => {
    const key = `${issue.node}|${issue.choice}|${issue.consequence}|${issue.message.split(' (route:')[0]}`;
    if (seen.has(key)) return;
    seen.add(key);
    issues.push(issue);
  };
  for (const state of graph.states.values()) {
    const stappenplan = state.snapshot.context.stappenplan;
    for (const { choice, event } of state.refused) {
      const action = compiled.nodes.get(state.node)!.choices!.find((c) => c.id === choice)!.action;
      add({
        file,
        node: state.node,
        choice,
        message: `actie "${action}" kan hier niet: ${explainRefusal(stappenplan, event)}${via(routeTo(graph, state.key))}`,
      });
    }
    const node = compiled.nodes.get(state.node)!;
    // A bad ending (outcome: slecht) is where a wrong choice leaves the stappenplan unfinished.
    if (node.end && node.outcome !== 'slecht' && stappenplan.status !== 'done')
      add({
        file,
        node: state.node,
        message: `dit einde wordt bereikt terwijl het stappenplan bij ${describePosition(stappenplan)} is; voeg de keuze toe die het afmaakt (bijvoorbeeld melden na afweging 2 ja)${via(routeTo(graph, state.key))}`,
      });
  }
  // Unreachable and trapped nodes are often consequences of a refused action: report the cause first.
  if (issues.length > 0) return issues;
  for (const key of trapped(graph))
    add({
      file,
      node: graph.states.get(key)!.node,
      message: `vanaf hier leidt geen keuze naar een einde; geef een keuze een next die de casus verder brengt${via(routeTo(graph, key))}`,
    });
  if (issues.length > 0) return issues;
  const reached = new Set([...graph.states.values()].map((state) => state.node));
  for (const id of compiled.nodes.keys())
    if (!reached.has(id))
      add({
        file,
        node: id,
        message:
          'geen enkele route komt bij deze node; laat de next van een keuze ernaar wijzen, of haal hem weg',
      });
  // A consequence is reached when a choice that can be made leads to it (directly or through another).
  const shown = new Set<string>();
  for (const state of graph.states.values())
    for (const edge of state.edges) {
      const choice = compiled.nodes.get(state.node)!.choices!.find((c) => c.id === edge.choice)!;
      for (const consequence of consequenceChain(compiled.def, choice.next).shown) shown.add(consequence.id);
    }
  for (const id of compiled.consequences.keys())
    if (!shown.has(id))
      add({
        file,
        consequence: id,
        message:
          'geen enkele keuze leidt naar dit gevolg; laat de next van een verkeerde keuze ernaar wijzen, of haal het weg',
      });
  if (issues.length > 0) return issues;
  return checkScores(compiled, graph, file);
}

function checkScores(compiled: CompiledCase, graph: CaseGraph, file: string): CaseIssue[] {
  const expert = expertPath(compiled);
  if (!expert)
    return [
      {
        file,
        message:
          'de expertroute (steeds de keuze met verdict: goed) komt niet bij een einde; controleer de next van elke goede keuze',
      },
    ];
  const expertScore = scoreAttempt(compiled, expert);
  if (!expertScore.complete)
    return [{ file, message: `de expertroute eindigt niet in een afgerond stappenplan${via(expert)}` }];
  const max = expertScore.total;
  if (max <= 0) return [{ file, message: 'de expertroute levert 0 punten op; geef de goede keuzes punten' }];
  const { best, routeTo: bestRoute } = bestRoutes(compiled.def, graph);
  const endings = [...graph.states.values()].filter((state) => state.snapshot.status === 'done');
  const expertEnd = endings.find((state) => state.key === keyAfter(graph, expert));
  const answers = (state: (typeof endings)[number]) =>
    JSON.stringify(state.snapshot.context.stappenplan.context.antwoorden);
  const issues: CaseIssue[] = [];
  const verdachte = compiled.input.verdachte;
  if (verdachte === 'medewerker' || verdachte === 'houder') {
    const value = expertEnd?.snapshot.context.stappenplan.value;
    if (value !== 'aangifteGedaan' && value !== 'geenAangifte')
      issues.push({
        file,
        message: `deze casus noemt een ${verdachte} als verdachte, dus de expertroute neemt de wettelijke route (houder, vertrouwensinspecteur, aangifte) en niet de gewone stappen${via(expert)}`,
      });
  }
  for (const end of endings) {
    const points = best.get(end.key)!;
    const route = bestRoute(end.key);
    const replayed = scoreAttempt(compiled, route).total;
    if (replayed !== points)
      issues.push({
        file,
        message: `de route opnieuw spelen geeft ${replayed} punten, niet ${points}${via(route)}`,
      });
    if (points > max)
      issues.push({
        file,
        message: `een route levert ${points} punten op, meer dan de expertroute (${max}); de expertroute moet het meest opleveren${via(route)}`,
      });
    else if (points === max && expertEnd && answers(end) !== answers(expertEnd))
      issues.push({
        file,
        message: `een route die een afweging anders beantwoordt dan de expert haalt ook het maximum (${max}); geef de afwijkende keuze minder punten${via(route)}`,
      });
  }
  return issues;
}

function keyAfter(graph: CaseGraph, route: Route): string | undefined {
  let key = graph.start;
  for (const step of route) {
    const edge = graph.states.get(key)?.edges.find((e) => e.choice === step.choice);
    if (!edge) return undefined;
    key = edge.to;
  }
  return key;
}

/** States from which no ending can be reached, reduced to where the trap starts (not every state after it). */
function trapped(graph: CaseGraph): string[] {
  const incoming = new Map<string, string[]>();
  for (const state of graph.states.values())
    for (const edge of state.edges) {
      const list = incoming.get(edge.to) ?? [];
      list.push(state.key);
      incoming.set(edge.to, list);
    }
  const canEnd = new Set(
    [...graph.states.values()].filter((s) => s.snapshot.status === 'done').map((s) => s.key),
  );
  const work = [...canEnd];
  while (work.length > 0) {
    for (const from of incoming.get(work.pop()!) ?? []) {
      if (!canEnd.has(from)) {
        canEnd.add(from);
        work.push(from);
      }
    }
  }
  const stuck = new Set([...graph.states.keys()].filter((key) => !canEnd.has(key)));
  // The trap is where every choice stays in place or in a state that cannot end either.
  const starts = [...stuck].filter((key) =>
    graph.states
      .get(key)!
      .edges.every(
        (edge) =>
          edge.to === key ||
          !stuck.has(edge.to) ||
          graph.states.get(edge.to)!.node === graph.states.get(key)!.node,
      ),
  );
  return starts.length > 0 ? starts : [...stuck];
}

function via(route: Route): string {
  return route.length === 0
    ? ''
    : ` (route: ${route.map((step) => `${step.node}→${step.choice}`).join(', ')})`;
}
