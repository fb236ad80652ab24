import { didYouMean, type CaseIssue } from '../case/case-issue.ts';
import { rollen, type Rol } from '../case/personen.schema.ts';
import { PERSONEN_FILE, type LoadedPersonen } from './load-personen.ts';

/** A case by its id, with all its text (search/texts-of.ts). */
export interface NamedCase {
  id: string;
  text: string;
}

const article: Record<Rol, string> = { kind: 'een', volwassene: 'een', pleger: 'de', professional: 'een' };

/**
 * The names of content/personen.yaml against the cases: every case is listed, every listed case
 * exists, every listed name occurs in its case, and a name (compared without case) has one role in
 * all cases, so a learner never meets "Sanne" as a pupil in one case and as a mother in another.
 * Issues in Dutch, on the line of the entry to change.
 */
export function checkPersonNames(
  loaded: Pick<LoadedPersonen, 'personen' | 'lineOf'>,
  cases: readonly NamedCase[],
): CaseIssue[] {
  const file = PERSONEN_FILE;
  const issues: CaseIssue[] = [];
  const texts = new Map(cases.map((c) => [c.id, c.text]));
  const firstRole = new Map<string, { rol: Rol; caseId: string }>();
  const unlisted = cases.map((c) => c.id).filter((id) => !loaded.personen.has(id));
  for (const [caseId, personen] of loaded.personen) {
    const text = texts.get(caseId);
    if (text === undefined) {
      issues.push({
        file,
        line: loaded.lineOf([caseId]),
        // A misspelt id is most likely one of the cases not listed yet.
        message: `er is geen casus "${caseId}" in content/casussen/${didYouMean(caseId, unlisted)}`,
      });
      continue;
    }
    personen.forEach(({ naam, rol }, i) => {
      const line = loaded.lineOf([caseId, i]);
      if (!mentions(text, naam))
        issues.push({
          file,
          line,
          message: `"${naam}" komt niet voor in de casus ${caseId}; controleer de spelling of haal de naam weg`,
        });
      const key = naam.toLocaleLowerCase('nl');
      const first = firstRole.get(key);
      if (!first) firstRole.set(key, { rol, caseId });
      else if (first.rol !== rol)
        issues.push({
          file,
          line,
          message: `de naam "${naam}" is in ${caseId} ${article[rol]} ${rol}, maar in ${first.caseId} ${article[first.rol]} ${first.rol}; geef een van hen een andere naam: een voornaam hoort in alle casussen bij één rol`,
        });
    });
  }
  for (const { id } of cases)
    if (!loaded.personen.has(id))
      issues.push({
        file,
        message: `de casus "${id}" staat er niet in: zet eronder wie in de casus een naam heeft, met naam en rol (${rollen.slice(0, -1).join(', ')} of ${rollen[rollen.length - 1]})`,
      });
  return issues;
}

/** Whether the text names the person: the whole name, as a word, in any case. */
function mentions(text: string, naam: string): boolean {
  const escaped = naam.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'iu').test(text);
}
