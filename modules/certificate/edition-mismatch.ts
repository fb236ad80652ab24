import type { Certificate } from './certificate-record.ts';
import type { ModuleEdition } from './module-edition.ts';

/**
 * Why a record does not fit the module edition it names, in plain Dutch, or undefined when it does: the
 * edition's cases exactly (same versions and hashes, in any order), an answer to every question and no
 * other, and its study time.
 */
export function editionMismatch(record: Certificate, edition: ModuleEdition): string | undefined {
  const named = new Map(record.cases.map((c) => [c.caseId, c]));
  if (named.size !== record.cases.length) return 'Een casus staat twee keer in het bewijs.';
  for (const c of edition.cases) {
    const item = named.get(c.id);
    if (!item) return `De casus "${c.id}" van deze module ontbreekt in het bewijs.`;
    if (item.caseVersion !== c.version || item.caseHash !== c.hash)
      return `De casus "${c.id}" staat met een andere versie in het bewijs dan deze versie van de module heeft.`;
  }
  const extra = record.cases.find((c) => !edition.cases.some((e) => e.id === c.caseId));
  if (extra) return `De casus "${extra.caseId}" hoort niet bij deze versie van de module.`;
  const open = edition.questions.filter((key) => !(key in record.answers)).length;
  if (open > 0)
    return `Niet alle kennisvragen zijn beantwoord: ${open} van de ${edition.questions.length} ontbreken.`;
  const unknown = Object.keys(record.answers).find((key) => !edition.questions.includes(key));
  if (unknown) return `De kennisvraag "${unknown}" hoort niet bij deze versie van de module.`;
  if (record.studyMinutes !== edition.minutes)
    return `De studietijd in het bewijs (${record.studyMinutes} minuten) is niet die van deze versie van de module.`;
  return undefined;
}
