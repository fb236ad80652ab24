import { getCaseTables, getContentIndex } from './queries.ts';

/** One page per case at `/<beroepsgroep>/casussen/<case>/…`, with its overview and the case as players get it. */
export async function casePagePaths() {
  const [{ groups, casesByGroup }, tables] = await Promise.all([getContentIndex(), getCaseTables()]);
  return groups.flatMap((group) =>
    (casesByGroup.get(group.data.id) ?? []).map((entry) => ({
      params: { beroepsgroep: group.data.id, casus: entry.data.id },
      props: { overview: entry.data, playable: tables.get(entry.data.id)! },
    })),
  );
}
