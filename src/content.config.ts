import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from '../modules/lesson/lesson.schema.ts';
import { pageSchema } from '../modules/page/page.schema.ts';
import { casePlayEntrySchema } from './loaders/case-play-entries.ts';
import {
  beroepsgroepenLoader,
  casussenLoader,
  casusspelLoader,
  leertafelLoader,
  naslagLoader,
  glossaryLoader,
  verifyTablesLoader,
} from './loaders/course-loader.ts';
import { verifyTableEntrySchema } from './loaders/verify-table-entries.ts';
import {
  caseEntrySchema,
  glossaryEntrySchema,
  moduleEntrySchema,
  naslagEntrySchema,
} from './loaders/course-entries.ts';

// The schemas live in modules/ as plain zod v4; Astro 7 validates with zod v4 too (astro/zod re-exports it).
// Modules and cases come from the one content loader (modules/authoring/load-content.ts), checked and in
// order; lessons are MDX that only Astro can render, so they keep a glob loader with the same lessonSchema.

/** The modules (beroepsgroepen), in display order, each with its lessons' slugs in reading order. */
const beroepsgroepen = defineCollection({ loader: beroepsgroepenLoader(), schema: moduleEntrySchema });

/** The checked cases, as overviews; the entry id is the case id. */
const casussen = defineCollection({ loader: casussenLoader(), schema: caseEntrySchema });

/** The checked cases as the case player gets them, one per case page; the entry id is the case id. */
const casusspel = defineCollection({ loader: casusspelLoader(), schema: casePlayEntrySchema });

/** The checked cases as a leertafel plays them (with discussion questions); the entry id is the case id. */
const leertafels = defineCollection({ loader: leertafelLoader(), schema: casePlayEntrySchema });

/** Each case's verify table, for pages that show scores without the case machine; the entry id is the case id. */
const verifytabellen = defineCollection({ loader: verifyTablesLoader(), schema: verifyTableEntrySchema });

/** The naslag (quick reference) of each beroepsgroep; the entry id is the beroepsgroep id. */
const naslag = defineCollection({ loader: naslagLoader(), schema: naslagEntrySchema });

/** The begrippenlijst (content/begrippen.yaml); the entry id is the begrip's id. */
const begrippen = defineCollection({ loader: glossaryLoader(), schema: glossaryEntrySchema });

/** MDX lessons; the entry id is `<beroepsgroep>/<slug>`. */
const lessen = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/lessen' }),
  schema: lessonSchema,
});

/** Stand-alone pages such as "over"; the entry id is the file name. */
const paginas = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/paginas' }),
  schema: pageSchema,
});

export const collections = {
  beroepsgroepen,
  casussen,
  casusspel,
  leertafels,
  verifytabellen,
  lessen,
  naslag,
  begrippen,
  paginas,
};
