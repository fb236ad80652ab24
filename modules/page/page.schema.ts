import { z } from 'zod';

/** Frontmatter of a stand-alone page in `content/paginas/<id>.mdx`, such as "over". */
export const pageSchema = z.strictObject({
  title: z.string().trim().min(1).describe('Page title, also the h1.'),
  description: z.string().trim().min(1).describe('One sentence for the meta description.'),
});
export type Page = z.output<typeof pageSchema>;
