import { z } from 'zod';
import { acuteReasons } from '../stappenplan/acute-reasons.ts';
import { phaseIds, type Phase } from '../stappenplan/phases.ts';
import { caseActionIds } from './case-action.ts';
import { criticalCategories } from './critical-category.ts';

/** Stable ids: kebab-case, never derived from text or position (they key logs and certificates). */
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'moet kebab-case zijn: kleine letters, cijfers en losse streepjes',
});

const text = z.string().trim().min(1, { error: 'mag niet leeg zijn' });

/** Where a node sits in the meldcode: a step, an afweging, acute action or the route for a suspected colleague. */
export const phaseSchema = z
  .enum(phaseIds)
  .describe('The step or afweging this node belongs to; verdicts are reported per phase.');
export type { Phase };

export const verdictSchema = z
  .enum(['goed', 'deels-goed', 'fout'])
  .describe('How an expert judges this choice: goed is the expert answer.');
export type Verdict = z.output<typeof verdictSchema>;

export const choiceSchema = z.strictObject({
  id: id.describe('Stable id, unique within its node.'),
  label: text.describe('What the learner chooses, in the first person ("Ik bespreek het met …").'),
  verdict: verdictSchema,
  score: z.int().min(0).describe('Points for this choice when it is the first choice at its node.'),
  feedback: text.describe(
    'What the learner reads right after choosing: what happens and whether it was wise.',
  ),
  rationale: text.describe('Why, grounded in the meldcode (step, afweging, rule).'),
  action: z
    .enum(caseActionIds)
    .optional()
    .describe('What this choice does in the stappenplan; leave out for choices that change nothing.'),
  acuteReason: z
    .enum(acuteReasons)
    .optional()
    .describe('With action acuut-handelen only: which acute situation calls for acting at once.'),
  critical: z
    .enum(criticalCategories)
    .optional()
    .describe(
      'A dangerous choice: taken first, it fails the attempt whatever the points. One of the categories in case/critical-choices.ts (familie-of-verdachte-eerst, geheimhouding-beloven, wachten-bij-acuut-gevaar, niet-melden, wettelijke-route-omzeilen, afsluiten-zonder-afspraken, letsel-niet-laten-beoordelen). Never on the expert answer. Where the expert reports or acts in acute danger, every other choice is critical anyway; leaving this out never makes a choice safe.',
    ),
  next: id.describe(
    'The node that follows; may be this same node to let the learner try again, or (for a wrong choice) a consequence.',
  ),
});
export type Choice = z.output<typeof choiceSchema>;

export const dialogueLineSchema = z.strictObject({
  speaker: text.describe('Who speaks, e.g. "Moeder" or "Jij".'),
  text: text,
});

export const nodeSchema = z
  .strictObject({
    id: id.describe('Stable id, unique within the case.'),
    phase: phaseSchema,
    title: text.optional().describe('A short heading for this moment.'),
    situation: text.describe('What happens now, in a few short sentences.'),
    signals: z.array(text).optional().describe('Signals the learner can note, as facts.'),
    dialogue: z.array(dialogueLineSchema).optional(),
    question: text.optional().describe('The question put to the learner; required when there are choices.'),
    choices: z.array(choiceSchema).optional().describe('At least two; leave out on an ending.'),
    end: z.literal(true).optional().describe('Marks an ending: the case is over at this node.'),
    outcome: z
      .enum(['slecht'])
      .optional()
      .describe(
        'On an ending only: slecht marks a bad ending that a wrong choice leads to (the girl is taken abroad). The attempt does not pass there, whatever its points, and the stappenplan need not be finished.',
      ),
    discussion: z
      .array(text)
      .min(1)
      .max(3)
      .optional()
      .describe('Questions for a group meeting (leertafel) at this moment; a default is used when left out.'),
  })
  .superRefine((node, ctx) => {
    if (node.end && node.choices) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'an ending (end: true) has no choices' });
    }
    if (!node.end && (!node.choices || node.choices.length < 2)) {
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: 'give at least two choices, or mark the node as an ending with end: true',
      });
    }
    if (node.outcome && !node.end) {
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: 'hoort alleen bij een einde: zet end: true op deze node, of haal outcome weg',
      });
    }
    if (node.choices && !node.question) {
      ctx.addIssue({ code: 'custom', path: ['question'], message: 'a node with choices needs a question' });
    }
  });
export type CaseNode = z.output<typeof nodeSchema>;

/**
 * What happens because of a wrong choice, shown before the learner goes on: the parent is warned and
 * keeps the child home, the girl is taken abroad, the child takes back what she said. It is not a
 * decision: no question, no choices, no points, nothing logged. A choice reaches it through its `next`;
 * it leads on with its own `next`, back to the moment of the choice (try again), on along the route,
 * or to another consequence. It has no phase of its own: it is shown in the phase of the moment whose
 * choice led to it. Only a wrong choice (verdict fout or deels-goed) may lead to a consequence.
 */
export const consequenceSchema = z.strictObject({
  id: id.describe('Stable id, unique within the case (nodes and consequences together).'),
  title: text.optional().describe('A short heading for what happens.'),
  situation: text.describe('What happens because of the choice, in a few short sentences.'),
  signals: z.array(text).optional().describe('New signals this brings, as facts.'),
  dialogue: z.array(dialogueLineSchema).optional(),
  next: id.describe(
    'Where the learner goes after reading it: the moment of the choice (to try again), a later moment, or another consequence.',
  ),
});
export type Consequence = z.output<typeof consequenceSchema>;

export const caseSchema = z.strictObject({
  id: id.describe('Stable id of the case; used in attempt logs and certificates.'),
  version: z
    .int()
    .min(1)
    .describe(
      'Raise it whenever the case changes, text included: each version is archived and frozen (npm run archive:content), and lint:content says when.',
    ),
  title: text,
  beroepsgroep: id.describe('Id of a beroepsgroep in content/beroepsgroepen/.'),
  client: z
    .enum(['kind', 'volwassene'])
    .describe('Who the professional works with; volwassene makes the kindcheck part of step 1.'),
  summary: text.describe('One or two sentences shown in the course overview.'),
  goals: z.array(text).min(1).describe('Learning goals: what the learner can do afterwards.'),
  minutes: z.int().min(1).max(120).describe('Estimated time to play the case.'),
  verdachte: z
    .enum(['huiselijke-kring', 'medewerker', 'houder'])
    .optional()
    .describe(
      'Kinderopvang and onderwijs only, and required there: who is suspected. A staff member or the houder takes the statutory route for a suspected colleague.',
    ),
  passPercentage: z
    .int()
    .min(1)
    .max(100)
    .optional()
    .describe("Share of the maximum score needed to pass; leave out to use the module's pass mark."),
  start: id.describe('Id of the first node.'),
  nodes: z.array(nodeSchema).min(2),
  consequences: z
    .array(consequenceSchema)
    .optional()
    .describe('What wrong choices lead to before the learner goes on; see consequenceSchema.'),
});
export type CaseInput = z.input<typeof caseSchema>;
export type CaseDef = z.output<typeof caseSchema>;
