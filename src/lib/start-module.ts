import type { Sector } from '../../modules/beroepsgroep/beroepsgroep.schema.ts';

/**
 * Splits the modules into the common start (the basis module, sector `algemeen`) and the modules per
 * beroepsgroep, each in the order given.
 */
export function splitStartModule<G extends { data: { sector: Sector } }>(
  groups: readonly G[],
): { start: G[]; others: G[] } {
  return {
    start: groups.filter((group) => group.data.sector === 'algemeen'),
    others: groups.filter((group) => group.data.sector !== 'algemeen'),
  };
}
