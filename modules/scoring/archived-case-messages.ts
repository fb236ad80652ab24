/** Why an archived case could not be given; callers switch on the code, people read the message. */
export type ArchivedCaseCode =
  /** No archive for this case id. */
  | 'onbekende-casus'
  /** The case is archived, but not this version. */
  | 'onbekende-versie'
  /** This version is archived with another hash than the one asked for. */
  | 'andere-hash'
  /** The archived text does not hash to its recorded hash, or no longer compiles. */
  | 'beschadigd';

/** The plain-Dutch reason for each code, shared by the archive (load-archived-case.ts) and the verify tables. */
export function archivedCaseMessage(
  code: ArchivedCaseCode,
  id: string,
  version: number,
  known: readonly number[] = [],
): string {
  switch (code) {
    case 'onbekende-casus':
      return `De casus "${id}" staat niet in het archief van deze cursus.`;
    case 'onbekende-versie':
      return `Versie ${version} van de casus "${id}" staat niet in het archief (bekend: versie ${known.join(', ')}).`;
    case 'andere-hash':
      return `De casus "${id}" versie ${version} in het archief heeft een andere inhoud dan het certificaat of de poging noemt (de hash verschilt): het hoort bij andere inhoud, of het is veranderd.`;
    case 'beschadigd':
      return `Het archief van de casus "${id}" versie ${version} is beschadigd; deze versie kan niet worden nagespeeld.`;
  }
}
