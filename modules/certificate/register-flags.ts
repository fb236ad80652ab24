import type { CertificateSummary } from './certificate-summary.ts';
import type { RegisterRow } from './register-csv.ts';

/**
 * A module completed implausibly fast: its time was measured in full (no lesson or attempt without a
 * measured time) and is less than FAST_SHARE (a third) of the module's estimated study time. Reading
 * every lesson and playing every case in under a third of the estimate means skimming or clicking
 * through, or a record made with other tools: worth a look, not proof. A certificate without measured
 * time (version 1, or work done before time was measured) is never flagged: its register cell says
 * "niet gemeten"; time measured in part is a lower bound, so it is not flagged either.
 */
export const FAST_SHARE = 1 / 3;

export function implausiblyFast(summary: Pick<CertificateSummary, 'measured' | 'studyMinutes'>): boolean {
  const { measured, studyMinutes } = summary;
  if (!measured || measured.unmeasured > 0) return false;
  return measured.seconds < studyMinutes * 60 * FAST_SHARE;
}

/** What the register points out about one valid row; invalid rows get no flags. */
export interface RowFlags {
  /** Another row is the same certificate (the same id), e.g. its PDF and its JSON both dropped. */
  duplicate: boolean;
  /** The same person has other certificates in the register (other ids), e.g. for another module. */
  samePerson: boolean;
  /** Completed implausibly fast (implausiblyFast). */
  tooFast: boolean;
  /** Who the row is about, for grouping: the registration number if there is one, else name and organisation. */
  person: string;
}

/**
 * Flags duplicates, the same person's several certificates and a module completed implausibly fast,
 * one entry per row, in order. A person
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
    return { id, person, tooFast: implausiblyFast(verdict.summary) };
  });
  return keyed.map((row) =>
    row
      ? {
          duplicate: ids.get(row.id)! > 1,
          samePerson: people.get(row.person)!.size > 1,
          tooFast: row.tooFast,
          person: row.person,
        }
      : undefined,
  );
}

function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nl-NL').replace(/\s+/g, ' ').trim();
}
