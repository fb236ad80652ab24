import type { Sector } from '../beroepsgroep/beroepsgroep.schema.ts';
import { phaseInfo } from '../stappenplan/phases.ts';
import { afwegingRows, type AfwegingRow } from './afweging-outcomes.ts';
import { naslagContacts, type Contact } from './naslag-contacts.ts';
import type { Naslag } from './naslag.schema.ts';

const stapIds = ['stap-1', 'stap-2', 'stap-3', 'stap-4', 'stap-5'] as const;

/** What the naslag page shows, in its order: who to call, the five steps, the afwegingskader, and the group's own texts. */
export interface NaslagView {
  contacts: Contact[];
  steps: { id: (typeof stapIds)[number]; name: string; items: string[] }[];
  afwegingen: AfwegingRow[];
  acuut: Naslag['acuut'];
  structureel: Naslag['structureel'];
  kindcheck: Naslag['kindcheck'];
  signalen: Naslag['signalen'];
  routes: Naslag['routes'];
}

/** The naslag of a beroepsgroep in its sector: step names and outcomes from the stappenplan, the rest from its content. */
export function naslagView(naslag: Naslag, sector: Sector): NaslagView {
  return {
    contacts: naslagContacts(sector),
    steps: stapIds.map((id) => ({ id, name: phaseInfo(id).name, items: naslag.stappen[id] })),
    afwegingen: afwegingRows(naslag.afwegingen),
    acuut: naslag.acuut,
    structureel: naslag.structureel,
    kindcheck: naslag.kindcheck,
    signalen: naslag.signalen,
    routes: naslag.routes,
  };
}
