import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { profileFromEnvironment } from '../../modules/authoring/load-organisation-profile.ts';
import type { PlayableCase } from '../../modules/case-run/playable-case.ts';
import type { OrganisationProfile } from '../../modules/organisation/organisation-profile.schema.ts';
import type { ProfileGroup } from '../../modules/organisation/profile-rules.ts';
import type { VerifyTable } from '../../modules/scoring/verify-table.ts';
import { buildContentIndex, type ContentIndex } from './content-index.ts';

// The only module that calls getCollection: pages ask for content through these functions.

export type BeroepsgroepEntry = CollectionEntry<'beroepsgroepen'>;
export type LessonEntry = CollectionEntry<'lessen'>;
export type CaseEntry = CollectionEntry<'casussen'>;
export type NaslagEntry = CollectionEntry<'naslag'>;

/** All modules, lessons and cases, checked by the content loader and in its order. */
export async function getContentIndex(): Promise<ContentIndex<BeroepsgroepEntry, LessonEntry, CaseEntry>> {
  const [groups, lessons, cases] = await Promise.all([
    getCollection('beroepsgroepen'),
    getCollection('lessen'),
    getCollection('casussen'),
  ]);
  return buildContentIndex(groups, lessons, cases);
}

/** Modules (beroepsgroepen) in display order. */
export async function getBeroepsgroepen(): Promise<BeroepsgroepEntry[]> {
  return (await getContentIndex()).groups;
}

/** Every checked case as the player gets it, by case id. */
export async function getCasePlays(): Promise<Map<string, PlayableCase>> {
  const entries = await getCollection('casusspel');
  return new Map(entries.map(({ data: { id, ...playable } }) => [id, playable]));
}

/** Every checked case as a leertafel gets it (with discussion questions), by case id. */
export async function getCaseTables(): Promise<Map<string, PlayableCase>> {
  const entries = await getCollection('leertafels');
  return new Map(entries.map(({ data: { id, ...playable } }) => [id, playable]));
}

/** A stand-alone page from `content/paginas/<id>.mdx`; throws if it is missing. */
export async function getPage(id: string): Promise<CollectionEntry<'paginas'>> {
  const page = await getEntry('paginas', id);
  if (!page) throw new Error(`content/paginas/${id}.mdx is missing.`);
  return page;
}

/** Each case's verify table (for progress without the case machine), by case id. */
export async function getVerifyTables(): Promise<Map<string, VerifyTable>> {
  return new Map((await getCollection('verifytabellen')).map((entry) => [entry.id, entry.data]));
}

/** Each module with its naslag (content/naslag/), in display order; the content loader checks every module has one. */
export async function getNaslag(): Promise<{ group: BeroepsgroepEntry; naslag: NaslagEntry }[]> {
  const [groups, naslag] = await Promise.all([getBeroepsgroepen(), getCollection('naslag')]);
  const byGroup = new Map(naslag.map((entry) => [entry.id, entry]));
  return groups.map((group) => {
    const entry = byGroup.get(group.data.id);
    if (!entry) throw new Error(`content/naslag/${group.data.id}.yaml is missing.`);
    return { group, naslag: entry };
  });
}

/** The begrippenlijst, sorted as a Dutch reader looks things up: by alphabet, case and accents aside. */
export async function getGlossary(): Promise<CollectionEntry<'begrippen'>['data'][]> {
  const entries = (await getCollection('begrippen')).map((entry) => entry.data);
  return entries.sort((a, b) => a.begrip.localeCompare(b.begrip, 'nl', { sensitivity: 'base' }));
}

let profile: Promise<OrganisationProfile | undefined> | undefined;

/**
 * The organisatieprofiel this site is built with (`MELDCODE_ORGANISATIE=<file> npm run build`), checked
 * once; undefined when none is given. A profile with problems stops the build with each problem.
 */
export function getOrganisationProfile(): Promise<OrganisationProfile | undefined> {
  profile ??= (async () => profileFromEnvironment(process.env, await getProfileGroups()))();
  return profile;
}

/** Each module's id and sector: what an organisatieprofiel is checked against. */
export async function getProfileGroups(): Promise<ProfileGroup[]> {
  return (await getBeroepsgroepen()).map(({ data }) => ({ id: data.id, sector: data.sector }));
}
