import type { NaslagView } from '../naslag/naslag-view.ts';
import type { SearchDocument, SearchGroup } from './search-document.ts';
import { textsOf } from './texts-of.ts';

/**
 * A beroepsgroep's naslag as one search document: every line it shows (who to call and their
 * numbers, the steps, the afwegingen and their outcomes, the group's own texts), so a search for
 * "telefoonnummer Veilig Thuis" finds the page with 0800-2000.
 */
export function naslagSearchDocument(view: NaslagView, group: SearchGroup): SearchDocument {
  return {
    kind: 'naslag',
    title: `Naslag ${group.name}`,
    text: [
      ...view.contacts.map(({ name, number, note }) =>
        number ? `Telefoonnummer ${name}: ${number}. ${note}` : `${name}. ${note}`,
      ),
      ...textsOf({ ...view, contacts: [] }),
    ].join('\n'),
    url: `/${group.id}/naslag/`,
    group,
  };
}
