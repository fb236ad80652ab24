import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildContentIndex, type ContentIndex } from './content-index.ts';

// The only module that calls getCollection: pages ask for content through these functions.

export type BeroepsgroepEntry = CollectionEntry<'beroepsgroepen'>;
export type LessonEntry = CollectionEntry<'lessen'>;

/** All beroepsgroepen and lessons, checked and sorted. */
export async function getContentIndex(): Promise<ContentIndex<BeroepsgroepEntry, LessonEntry>> {
  const [groups, lessons] = await Promise.all([getCollection('beroepsgroepen'), getCollection('lessen')]);
  return buildContentIndex(groups, lessons);
}

/** Beroepsgroepen in display order. */
export async function getBeroepsgroepen(): Promise<BeroepsgroepEntry[]> {
  return (await getContentIndex()).groups;
}

/** A stand-alone page from `content/paginas/<id>.mdx`; throws if it is missing. */
export async function getPage(id: string): Promise<CollectionEntry<'paginas'>> {
  const page = await getEntry('paginas', id);
  if (!page) throw new Error(`content/paginas/${id}.mdx is missing.`);
  return page;
}
