import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { LoadedContent } from '../../modules/authoring/load-content.ts';
import { checkedCourseContent, forgetCourseContent } from './course-content.ts';
import { casePlayEntries, caseTableEntries } from './case-play-entries.ts';
import { verifyTableEntries } from './verify-table-entries.ts';
import { caseEntries, glossaryEntries, moduleEntries, naslagEntries } from './course-entries.ts';

type Entries = (content: LoadedContent) => ({ id: string } & Record<string, unknown>)[];

/**
 * An Astro loader that fills a collection from the one content loader (modules/authoring/load-content.ts),
 * so pages, CLIs and tests see the same checked content in the same order. In dev it reloads when a
 * file under content/ changes.
 */
function courseLoader(name: string, entries: Entries): Loader {
  return {
    name,
    load: async (context) => {
      const root = context.config.root;
      const read = () => entries(checkedCourseContent(root));
      await fill(context, read);
      const folder = join(fileURLToPath(root), 'content');
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(folder)) return;
        forgetCourseContent(root);
        fill(context, read).catch((error: unknown) =>
          context.logger.error(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}

// Parsed first, then cleared and refilled in one go: Astro returns entries in insertion order, which is
// the loader's order, and a page never sees a half-filled collection.
async function fill(context: LoaderContext, read: () => ReturnType<Entries>): Promise<void> {
  const parsed = await Promise.all(
    read().map(async (entry) => ({
      id: entry.id,
      data: await context.parseData({ id: entry.id, data: entry }),
    })),
  );
  context.store.clear();
  for (const { id, data } of parsed) context.store.set({ id, data, digest: context.generateDigest(data) });
}

/** The modules (beroepsgroepen), in display order; the entry id is the beroepsgroep id. */
export const beroepsgroepenLoader = (): Loader => courseLoader('meldcode:beroepsgroepen', moduleEntries);

/** The checked cases, as overviews; the entry id is the case id. */
export const casussenLoader = (): Loader => courseLoader('meldcode:casussen', caseEntries);

/** The checked cases as the player gets them (definition, sector, pass mark, hash); the entry id is the case id. */
export const casusspelLoader = (): Loader => courseLoader('meldcode:casusspel', casePlayEntries);

/** The checked cases as a leertafel plays them: as for the player, with discussion questions; the entry id is the case id. */
export const leertafelLoader = (): Loader => courseLoader('meldcode:leertafels', caseTableEntries);

/** Each checked case's verify table (modules/scoring/verify-table.ts); the entry id is the case id. */
export const verifyTablesLoader = (): Loader => courseLoader('meldcode:verifytabellen', verifyTableEntries);

/** The naslag of each beroepsgroep; the entry id is the beroepsgroep id. */
export const naslagLoader = (): Loader => courseLoader('meldcode:naslag', naslagEntries);

/** The begrippenlijst, in the file's order; the entry id is the begrip's id. */
export const glossaryLoader = (): Loader => courseLoader('meldcode:begrippen', glossaryEntries);
