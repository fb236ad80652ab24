import type { RegisterRow } from './register-csv.ts';

/** What the register points out about one valid row; invalid rows get no flags. */
export interface RowFlags {
  /** Another row is the same certificate (the same id), e.g. its PDF and its JSON both dropped. */
  duplicate: boolean;
  /** The same person has other certificates in the register (other ids), e.g. for another module. */
  samePerson: boolean;
  /** Who the row is about, for grouping: the registration number if there is one, else name and organisation. */
  person: string;
}

/**
 * Flags duplicates and the same person's several certificates, one entry per row, in order. A person
 * is known by their BIG/SKJ number when the certificate has one (spaces and case ignored), else by
 * name and organisation (case, accents' composition and extra spaces ignored). Browser and Node.
 */
export function registerFlags(rows: readonly RegisterRow[]): (RowFlags | undefined)[] {
  const ids = new Map<string, number>();
  const people = new Map<string, Set<string>>();
  const keyed = rows.map(({ verdict }) => {
    if (verdict.status !== 'geldig') return undefined;
    const { id, name, organisation, registration } = verdict.summary;
    const person = registration
      ? `registratie:${registration.replace(/\s+/g, '').toUpperCase()}`
      : `naam:${fold(name)}|${fold(organisation ?? '')}`;
    ids.set(id, (ids.get(id) ?? 0) + 1);
    people.set(person, (people.get(person) ?? new Set()).add(id));
    return { id, person };
  });
  return keyed.map((row) =>
    row
      ? { duplicate: ids.get(row.id)! > 1, samePerson: people.get(row.person)!.size > 1, person: row.person }
      : undefined,
  );
}

function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nl-NL').replace(/\s+/g, ' ').trim();
}
