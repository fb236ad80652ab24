import type { CaseDef, CaseNode, Choice, Consequence } from '../case/case.schema.ts';

/** What a choice says: fetched with the later moments' text. */
type ChoiceText = Pick<Choice, 'label' | 'feedback' | 'rationale'>;
type NodeText = Pick<CaseNode, 'title' | 'situation' | 'signals' | 'dialogue' | 'question' | 'discussion'> & {
  choices?: Record<string, ChoiceText>;
};
type ConsequenceText = Pick<Consequence, 'title' | 'situation' | 'signals' | 'dialogue'>;

/**
 * The text of a case beyond its first moment (situations, questions, choices, feedback, consequences,
 * discussion questions), by id. A page carries the structure of the case and the first moment in full;
 * the browser fetches this when the learner goes on (src/islands/use-case-text.ts).
 */
export interface CaseText {
  nodes: Record<string, NodeText>;
  consequences: Record<string, ConsequenceText>;
}

/**
 * Splits a case into what a page carries (the structure the case run needs to run and judge, and the
 * whole first moment) and the text of every other moment. The required text fields that leave are
 * kept as empty strings, so the structure is still a CaseDef; {@link fillCaseText} puts the text back.
 */
export function splitCaseText(def: CaseDef): { def: CaseDef; text: CaseText } {
  const text: CaseText = { nodes: {}, consequences: {} };
  const nodes = def.nodes.map((node) => {
    if (node.id === def.start) return node;
    const { title, situation, signals, dialogue, question, discussion, choices, ...structure } = node;
    text.nodes[node.id] = { title, situation, signals, dialogue, question, discussion };
    if (!choices) return { ...structure, situation: '' };
    text.nodes[node.id]!.choices = Object.fromEntries(
      choices.map(({ id, label, feedback, rationale }) => [id, { label, feedback, rationale }]),
    );
    return {
      ...structure,
      situation: '',
      choices: choices.map(({ label: _l, feedback: _f, rationale: _r, ...choice }) => ({
        ...choice,
        label: '',
        feedback: '',
        rationale: '',
      })),
    };
  });
  const consequences = def.consequences?.map(({ id, next, ...said }) => {
    text.consequences[id] = said;
    return { id, next, situation: '' };
  });
  return { def: { ...def, nodes, ...(consequences && { consequences }) }, text };
}

/**
 * Puts the fetched text (parsed JSON, so without undefined fields) back into the case a page carried,
 * in place: the compiled case and every run hold the same node objects, so they show the text from
 * then on without being rebuilt.
 */
export function fillCaseText(def: CaseDef, text: CaseText): void {
  for (const node of def.nodes) {
    const said = text.nodes[node.id];
    if (!said) continue;
    const { choices, ...rest } = said;
    Object.assign(node, rest);
    for (const choice of node.choices ?? []) Object.assign(choice, choices?.[choice.id]);
  }
  for (const consequence of def.consequences ?? [])
    Object.assign(consequence, text.consequences[consequence.id]);
}
