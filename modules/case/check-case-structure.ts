import type { Sector } from '../beroepsgroep/beroepsgroep.schema.ts';
import { phaseInfo } from '../stappenplan/phases.ts';
import { actionPhases } from './case-action.ts';
import { didYouMean, type CaseIssue } from './case-issue.ts';
import { consequenceChain } from './consequences.ts';
import type { CaseDef } from './case.schema.ts';

type Where = { file: string; lineOf?: (path: (string | number)[]) => number | undefined; sector: Sector };

/**
 * The checks that need no route: references, one expert answer per decision with the strictly highest
 * score, actions that fit their phase, a stated acute reason, the declared suspect where the sector
 * needs one, and no cycles (a wrong choice returns to its own node or moves on). Messages are in Dutch.
 */
export function checkCaseStructure(def: CaseDef, { file, lineOf, sector }: Where): CaseIssue[] {
  const issues: CaseIssue[] = [];
  const at = (path: (string | number)[]) => lineOf?.(path);
  const consequences = def.consequences ?? [];
  const consequenceIds = consequences.map((consequence) => consequence.id);
  // Nodes and consequences share one space of ids: a next names either.
  const ids = [...def.nodes.map((node) => node.id), ...consequenceIds];
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      issues.push({
        file,
        line:
          i < def.nodes.length ? at(['nodes', i, 'id']) : at(['consequences', i - def.nodes.length, 'id']),
        ...(i < def.nodes.length ? { node: id } : { consequence: id }),
        message:
          i < def.nodes.length
            ? 'dit node-id komt twee keer voor; geef elke node een eigen id'
            : 'dit id komt al voor bij een node of een ander gevolg; geef elk gevolg een eigen id',
      });
  });
  if (consequenceIds.includes(def.start))
    issues.push({
      file,
      line: at(['start']),
      message: `start wijst naar het gevolg "${def.start}"; een casus begint bij een moment met keuzes, een gevolg volgt pas op een verkeerde keuze`,
    });
  else if (!ids.includes(def.start))
    issues.push({
      file,
      line: at(['start']),
      message: `start wijst naar "${def.start}", maar die node bestaat niet${didYouMean(def.start, ids)}`,
    });
  issues.push(...checkConsequences(def, file, at, ids));
  const needsSuspect = sector === 'kinderopvang' || sector === 'onderwijs';
  if (needsSuspect && !def.verdachte)
    issues.push({
      file,
      line: at(['client']),
      message:
        'in de kinderopvang en het onderwijs noemt een casus wie verdacht wordt: zet verdachte: huiselijke-kring, medewerker of houder bovenaan',
    });
  if (!needsSuspect && def.verdachte)
    issues.push({
      file,
      line: at(['verdachte']),
      message: `verdachte hoort alleen bij kinderopvang en onderwijs, niet bij de sector ${sector}; haal het veld weg`,
    });

  def.nodes.forEach((node, n) => {
    const choices = node.choices ?? [];
    const choiceIds = choices.map((choice) => choice.id);
    choices.forEach((choice, c) => {
      const where = { file, node: node.id, choice: choice.id };
      const line = (field: string) => at(['nodes', n, 'choices', c, field]);
      if (choiceIds.indexOf(choice.id) !== c)
        issues.push({
          ...where,
          line: line('id'),
          message: 'dit keuze-id komt twee keer voor in de node; geef elke keuze een eigen id',
        });
      if (!ids.includes(choice.next))
        issues.push({
          ...where,
          line: line('next'),
          message: `next wijst naar "${choice.next}", maar die node bestaat niet${didYouMean(choice.next, ids)}`,
        });
      const lands = def.nodes.find((n) => n.id === consequenceChain(def, choice.next).target);
      if (choice.verdict === 'goed' && lands?.outcome === 'slecht')
        issues.push({
          ...where,
          line: line('next'),
          message: `het expertantwoord leidt naar het slechte einde "${lands.id}"; laat een slecht einde alleen volgen op een verkeerde keuze`,
        });
      if (choice.verdict === 'goed' && consequenceIds.includes(choice.next))
        issues.push({
          ...where,
          line: line('next'),
          message: `het expertantwoord leidt naar het gevolg "${choice.next}"; een gevolg laat zien wat een verkeerde keuze teweegbrengt: laat deze keuze naar het volgende moment gaan, of zet het gevolg bij een verkeerde keuze`,
        });
      if (choice.action && !actionPhases[choice.action].includes(node.phase)) {
        const fits = actionPhases[choice.action].join(', ');
        issues.push({
          ...where,
          line: line('action'),
          message: `actie "${choice.action}" past niet bij phase ${node.phase} (${phaseInfo(node.phase).name}); zet deze keuze op een node met phase ${fits}`,
        });
      }
      if (choice.action === 'acuut-handelen' && !choice.acuteReason)
        issues.push({
          ...where,
          line: line('action'),
          message:
            'acuut-handelen slaat overleg en gesprek over en vraagt daarom een reden: zet acuteReason op een van de acute situaties (zie stappenplan/acute-reasons.ts)',
        });
      if (choice.acuteReason && choice.action !== 'acuut-handelen')
        issues.push({
          ...where,
          line: line('acuteReason'),
          message: 'acuteReason hoort alleen bij action: acuut-handelen; haal het weg of zet de actie erbij',
        });
    });
    if (choices.length === 0) return;
    const expert = choices.filter((choice) => choice.verdict === 'goed');
    const place = { file, node: node.id, line: at(['nodes', n, 'choices']) };
    if (expert.length === 0) {
      issues.push({ ...place, message: 'geen expertantwoord: geef precies één keuze verdict: goed' });
    } else if (expert.length > 1) {
      issues.push({
        ...place,
        message: `${expert.length} keuzes hebben verdict: goed (${expert.map((c) => c.id).join(', ')}); een beslissing heeft precies één expertantwoord`,
      });
    } else {
      if (expert[0].critical) {
        const c = choices.indexOf(expert[0]);
        issues.push({
          file,
          node: node.id,
          choice: expert[0].id,
          line: at(['nodes', n, 'choices', c, 'critical']),
          message: `het expertantwoord kan geen gevaarlijke keuze zijn (critical: ${expert[0].critical}); haal critical weg, of zet het op een andere keuze`,
        });
      }
      const others = choices.filter((choice) => choice !== expert[0]);
      const best = Math.max(...others.map((choice) => choice.score));
      if (expert[0].score <= best)
        issues.push({
          ...place,
          message: `het expertantwoord "${expert[0].id}" moet meer punten hebben dan elke andere keuze (nu ${expert[0].score}, een andere keuze ${best}); verhoog het of verlaag de andere`,
        });
    }
  });
  if (issues.length === 0) issues.push(...cycles(def, file, at));
  return issues;
}

/** A choice may point back to its own node (try again) or onward, never to an earlier node. */
function cycles(
  def: CaseDef,
  file: string,
  at: (path: (string | number)[]) => number | undefined,
): CaseIssue[] {
  const nodes = new Map(def.nodes.map((node, n) => [node.id, { node, n }]));
  const state = new Map<string, 'open' | 'done'>();
  const issues: CaseIssue[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    const { node, n } = nodes.get(id)!;
    (node.choices ?? []).forEach((choice, c) => {
      const { shown, target } = consequenceChain(def, choice.next);
      if (target === id) return;
      const seen = state.get(target);
      const last = shown.at(-1);
      if (seen === 'open')
        issues.push(
          last
            ? {
                file,
                consequence: last.id,
                line: at(['consequences', def.consequences!.indexOf(last), 'next']),
                message: `dit gevolg (na keuze "${choice.id}" bij "${id}") wijst terug naar "${target}", waar de casus al was; laat het terugwijzen naar het moment van de keuze (${id}) of verder gaan`,
              }
            : {
                file,
                node: id,
                choice: choice.id,
                line: at(['nodes', n, 'choices', c, 'next']),
                message: `next wijst terug naar "${choice.next}", waar de casus al was; laat een verkeerde keuze terugkeren naar haar eigen node (${id}) of verder gaan`,
              },
        );
      else if (!seen) visit(target);
    });
    state.set(id, 'done');
  };
  if (nodes.has(def.start)) visit(def.start);
  return issues;
}

/** Every consequence leads on, to a node or another consequence, and a chain of them ends at a node. */
function checkConsequences(
  def: CaseDef,
  file: string,
  at: (path: (string | number)[]) => number | undefined,
  ids: string[],
): CaseIssue[] {
  const issues: CaseIssue[] = [];
  const consequences = def.consequences ?? [];
  consequences.forEach((consequence, i) => {
    if (!ids.includes(consequence.next)) {
      issues.push({
        file,
        consequence: consequence.id,
        line: at(['consequences', i, 'next']),
        message: `next wijst naar "${consequence.next}", maar die node bestaat niet${didYouMean(consequence.next, ids) || '; laat het gevolg terugwijzen naar het moment van de keuze of naar een later moment'}`,
      });
      return;
    }
    if (consequence.next === consequence.id) {
      issues.push({
        file,
        consequence: consequence.id,
        line: at(['consequences', i, 'next']),
        message:
          'dit gevolg wijst naar zichzelf, zodat de casus nooit verder gaat; laat next wijzen naar het moment van de keuze of een later moment',
      });
      return;
    }
    const { shown, target } = consequenceChain(def, consequence.next);
    // A chain that returns to a consequence it already showed never reaches a moment again.
    if (shown.length > 0 && !def.nodes.some((node) => node.id === target)) {
      const ring = [consequence.id, ...shown.map((c) => c.id)];
      if (ring.indexOf(consequence.id, 1) > 0 && consequence.id === [...ring].sort()[0])
        issues.push({
          file,
          consequence: consequence.id,
          line: at(['consequences', i, 'next']),
          message: `deze gevolgen wijzen in een kring naar elkaar (${ring.slice(0, ring.indexOf(consequence.id, 1) + 1).join(' → ')}), zodat de casus nooit verder gaat; laat het laatste gevolg wijzen naar een moment met keuzes`,
        });
    }
  });
  return issues;
}
