import { z } from 'zod';
import type { GlossaryEntry } from '../../modules/glossary/glossary.schema.ts';
import type { LoadedContent } from '../../modules/authoring/load-content.ts';
import { beroepsgroepSchema } from '../../modules/beroepsgroep/beroepsgroep.schema.ts';
import { caseSchema } from '../../modules/case/case.schema.ts';
import { naslagSchema } from '../../modules/naslag/naslag.schema.ts';

/** A module (beroepsgroep) as pages get it: its checked YAML plus its lessons, in the loader's reading order. */
export const moduleEntrySchema = beroepsgroepSchema.extend({
  lessons: z
    .array(z.string())
    .describe('Slugs of the lessons in content/lessen/<id>/, in reading order, as loadContent checked them.'),
});
export type ModuleEntry = z.output<typeof moduleEntrySchema>;

/** What pages show of a checked case: the fields of its overview, never its nodes or expert answers. */
export const caseEntrySchema = caseSchema.pick({
  id: true,
  beroepsgroep: true,
  title: true,
  summary: true,
  minutes: true,
  goals: true,
  client: true,
});
export type CaseEntry = z.output<typeof caseEntrySchema>;

/** One entry per module, in display order, each listing its lessons in reading order. */
export function moduleEntries(content: Pick<LoadedContent, 'beroepsgroepen' | 'lessons'>): ModuleEntry[] {
  return content.beroepsgroepen.map((group) => ({
    ...group,
    lessons: content.lessons.filter((lesson) => lesson.beroepsgroep === group.id).map(({ slug }) => slug),
  }));
}

/** One entry per checked case, in the order loadContent found them (by module folder, then file name). */
export function caseEntries(content: Pick<LoadedContent, 'cases'>): CaseEntry[] {
  return content.cases.map(({ compiled: { def } }) => ({
    id: def.id,
    beroepsgroep: def.beroepsgroep,
    title: def.title,
    summary: def.summary,
    minutes: def.minutes,
    goals: def.goals,
    client: def.client,
  }));
}

/** A beroepsgroep's naslag (content/naslag/<id>.yaml) as pages get it; the entry id is the beroepsgroep. */
export const naslagEntrySchema = naslagSchema.extend({ id: z.string() });
export type NaslagEntry = z.output<typeof naslagEntrySchema>;

/** One entry per beroepsgroep's naslag, in the groups' order. */
export function naslagEntries(content: Pick<LoadedContent, 'naslag'>): NaslagEntry[] {
  return content.naslag.map((naslag) => ({ id: naslag.beroepsgroep, ...naslag }));
}

/** The begrippenlijst as a collection (modules/glossary/glossary.schema.ts); the entry id is the begrip's id. */
export { glossaryEntrySchema } from '../../modules/glossary/glossary.schema.ts';

export function glossaryEntries(content: Pick<LoadedContent, 'glossary'>): GlossaryEntry[] {
  return content.glossary.map((entry) => ({ ...entry }));
}
