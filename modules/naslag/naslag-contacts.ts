import type { Sector } from '../beroepsgroep/beroepsgroep.schema.ts';
import { collegaRouteGeldt } from '../stappenplan/stappenplan.rules.ts';
import { wijzerText } from '../strings/nl-wijzer.ts';

/** One number or person to call, as the naslag and the wijzer show it. */
export interface Contact {
  name: string;
  number: string | null;
  note: string;
}

/** Whether the statutory route for a suspected colleague applies in this sector (for some offence). */
export function collegaRouteInSector(sector: Sector): boolean {
  return collegaRouteGeldt(sector, 'zeden', 'kind');
}

/** Who to call: 112 in danger, Veilig Thuis, the aandachtsfunctionaris, and the vertrouwensinspecteurs where the route for a colleague applies. */
export function naslagContacts(sector: Sector): Contact[] {
  const { noodnummer, veiligThuis, aandachtsfunctionaris, vertrouwensinspecteur } = wijzerText.contact;
  return [
    noodnummer,
    veiligThuis,
    aandachtsfunctionaris,
    ...(collegaRouteInSector(sector) ? [vertrouwensinspecteur] : []),
  ];
}
