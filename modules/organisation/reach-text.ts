/** How to reach someone, as a profile gives it. */
export interface Reach {
  telefoon?: string;
  email?: string;
  web?: string;
  wanneer?: string;
}

/**
 * Someone from a profile as one line of plain text, for a printed summary or a handout:
 * "Fatma Yilmaz (intern begeleider): 012 345 67 89, f.yilmaz@delinde.example, maandag tot en met donderdag".
 */
export function personText(person: Reach & { naam: string; rol?: string }): string {
  const who = person.rol ? `${person.naam} (${person.rol})` : person.naam;
  const how = [person.telefoon, person.email, person.web, person.wanneer].filter(Boolean).join(', ');
  return how ? `${who}: ${how}` : who;
}
