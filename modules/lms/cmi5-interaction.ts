import type { Cmi5Client } from './cmi5-client.ts';
import type { LmsModule } from './lms-module.ts';
import type { Reportable } from './progress-delta.ts';

const LANGUAGE = 'nl-NL';

/**
 * Sends one first try as an `answered` cmi.interaction statement: a knowledge-check answer with the
 * question, its options and the right ones, or a case decision with the moment's question, its choices
 * and the expert's choice; success as the learner was told.
 */
export function reportInteraction(client: Cmi5Client, module: LmsModule, item: Reportable): Promise<unknown> {
  if (item.kind === 'antwoord') {
    const correct = item.question.options.filter((o) => o.correct).map((o) => o.id);
    return client.interactionChoice(
      `kennischeck-${item.slug}`,
      item.question.id,
      item.options,
      correct,
      item.question.options.map((o) => ({ id: o.id, description: { [LANGUAGE]: o.text } })),
      { [LANGUAGE]: item.question.prompt },
      undefined,
      // As the learner was told when they checked it.
      item.right,
    );
  }
  const def = module.cases.find((c) => c.def.id === item.caseId)!.def;
  const node = def.nodes.find((n) => n.id === item.node);
  const choices = node?.choices ?? [];
  const expert = choices.find((c) => c.verdict === 'goed');
  return client.interactionChoice(
    `casus-${item.caseId}-v${item.caseVersion}`,
    item.node,
    [item.choice],
    expert ? [expert.id] : undefined,
    choices.map((c) => ({ id: c.id, description: { [LANGUAGE]: c.label } })),
    { [LANGUAGE]: node?.question ?? def.title },
    { [LANGUAGE]: def.title },
    choices.find((c) => c.id === item.choice)?.verdict === 'goed',
  );
}
