import { z } from 'zod';
import { hashCaseSync } from '../../modules/authoring/hash-case-sync.ts';
import type { LoadedContent } from '../../modules/authoring/load-content.ts';
import { sectorSchema } from '../../modules/beroepsgroep/beroepsgroep.schema.ts';
import { actionEvents, type ActionEvents } from '../../modules/case/case-action.ts';
import { caseSchema, type CaseDef } from '../../modules/case/case.schema.ts';
import { playerDef, type PlayableCase } from '../../modules/case-run/playable-case.ts';

/** A case as its page hands it to the player: the checked definition, the module's sector and pass mark, the hash. */
export const casePlayEntrySchema = z.object({
  id: z.string().describe('The case id.'),
  def: caseSchema.describe(
    'The case as checked by the content loader; without discussion questions for the player, with them for a leertafel.',
  ),
  sector: sectorSchema,
  passPercentage: z.int().min(1).max(100).describe("The module's pass mark."),
  hash: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/)
    .describe('hashCase of the case as authored: attempts record it.'),
  events: z
    .custom<ActionEvents>((value) => typeof value === 'object' && value !== null && !Array.isArray(value))
    .describe(
      "The stappenplan event of each action the case takes (actionEvents), for the player's machine.",
    ),
});
export type CasePlayEntry = z.output<typeof casePlayEntrySchema>;

type Content = Pick<LoadedContent, 'cases' | 'beroepsgroepen'>;

/** One playable case per checked case, in the content loader's order; the entry id is the case id. */
export function casePlayEntries(content: Content): CasePlayEntry[] {
  return entries(content, playerDef);
}

/** The same, with the discussion questions kept: what a leertafel (group mode) plays. */
export function caseTableEntries(content: Content): CasePlayEntry[] {
  return entries(content, (def) => def);
}

function entries(content: Content, shape: (def: CaseDef) => CaseDef): CasePlayEntry[] {
  return content.cases.map(({ compiled: { def }, authored }) => {
    const group = content.beroepsgroepen.find((g) => g.id === def.beroepsgroep);
    if (!group) throw new Error(`case "${def.id}": beroepsgroep "${def.beroepsgroep}" is not a module.`);
    const playable: PlayableCase = {
      def: shape(def),
      sector: group.sector,
      passPercentage: group.passPercentage,
      hash: hashCaseSync(authored),
      events: actionEvents(def),
    };
    return { id: def.id, ...playable };
  });
}
