import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { beroepsgroepSchema } from '../modules/beroepsgroep/beroepsgroep.schema.ts';
import { lessonSchema } from '../modules/lesson/lesson.schema.ts';
import { pageSchema } from '../modules/page/page.schema.ts';

// The schemas live in modules/ as plain zod v4; Astro 7 validates with zod v4 too (astro/zod re-exports it).

/** One YAML file per beroepsgroep; the entry id is the file name. */
const beroepsgroepen = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/beroepsgroepen' }),
  schema: beroepsgroepSchema,
});

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

export const collections = { beroepsgroepen, lessen, paginas };
