import type { CriticalCategory } from '../case/critical-category.ts';
import type { CaseArchive } from '../scoring/case-archive.ts';
import type { VerifyTable } from '../scoring/verify-table.ts';
import { resultText } from '../strings/nl-result.ts';
import { archiveLookup, tableLookup, type Scorer } from './case-lookup.ts';
import { printedMismatch, type PrintedCertificate } from './certificate-pdf-text.ts';
import {
  certificateIntegrity,
  readCertificate,
  verificationCode,
  type Certificate,
} from './certificate-record.ts';
import { certificateSummary, type CaseScore, type CertificateSummary } from './certificate-summary.ts';
import { jsonShapeProblem } from './json-keys.ts';
import { formatLongDate } from './certificate-format.ts';
import { archivedEdition, type ModuleArchive } from './module-archive.ts';
import type { ModuleEdition } from './module-edition.ts';
import { editionMismatch } from './edition-mismatch.ts';
import { keyProblem, readReason, SHAPE_REASON } from './refusal-reason.ts';
import { readCertificateFile, type CertificateSource, type FileCode } from './read-certificate-file.ts';

/**
 * What verification needs: every module edition, and every published case version, either as the
 * case archives (Node: each version is hash-checked, compiled and turned into a verify table) or as
 * verify tables made from them at build time (the organisation page's workers). Tables win when both are given.
 */
export interface VerifyContext {
  cases?: readonly CaseArchive[];
  tables?: readonly VerifyTable[];
  modules: readonly ModuleArchive[];
}

/** Why a certificate is not valid; the UI filters on it, people read `reason`. */
export type InvalidCode =
  | FileCode
  | 'formaat'
  | 'toekomstig'
  | 'bewerkt'
  | 'datum-in-de-toekomst'
  | 'datum-voor-versie'
  | 'pdf-past-niet'
  | 'pdf-tekst-onleesbaar'
  | 'onbekende-module'
  | 'onbekende-versie'
  | 'onvolledig'
  | 'log-past-niet'
  | 'niet-gehaald'
  /** Not from a verifier: the organisation page's worker died holding the file (src/islands/verify-pool.ts). */
  | 'niet-gecontroleerd';

export type Verdict =
  | { status: 'geldig'; summary: CertificateSummary; record: Certificate }
  | { status: 'ongeldig'; code: InvalidCode; reason: string };

/** Verifies certificates one by one, keeping what it loaded from the archives for the next one. */
export interface Verifier {
  /** A PDF or JSON file (File, Blob, bytes) or JSON text. */
  verify(source: CertificateSource): Promise<Verdict>;
  /** A record already parsed (or JSON text), e.g. just made by makeCertificate. */
  verifyRecord(data: unknown): Promise<Verdict>;
}

type Edition = ModuleEdition & { name: string };

/**
 * How far a certificate's date may lie after the verifier's clock, or before the day its module
 * edition was archived: one day. The date is the clock of the learner's device when the certificate
 * was made (UTC). A device with the right local time but the wrong time zone is off by up to 14
 * hours, and neither clock has to be exact; a day covers that, and a day's difference proves nothing
 * either way. Archive days are UTC days (`archivedOn`, written by npm run archive:content).
 */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * A verifier over the archives: each check in order, the first failure is the verdict. JSON nested
 * deeper than MAX_JSON_DEPTH or with more than MAX_JSON_KEYS keys (json-keys.ts), refused before it
 * is parsed; keys that readers would read differently (json-keys.ts: a key twice, `__proto__`), then the schema, then the
 * integrity hash, then for a PDF the name and verification code printed on it (the same as in the
 * attached record: printedMismatch), then the date (not in the future), then the module edition
 * (known module and content version; the date not before the day that edition was archived; exactly
 * its cases and all its questions), then per case the archived version with the hash the record
 * names, its log scored with its verify table (as scoreAttempt would) and judged at that version's
 * pass mark. Dates allow CLOCK_SKEW_MS either way. Never throws.
 */
export function createVerifier(context: VerifyContext, options: VerifierOptions = {}): Verifier {
  const lookup = context.tables
    ? tableLookup(context.tables)
    : archiveLookup(context.cases ?? [], options.scorer);
  const now = options.now ?? (() => new Date());
  const editions = new Map<string, Promise<Edition | null>>();
  const edition = (moduleId: string, entry: ModuleArchive['editions'][number]) => {
    const key = `${moduleId}#${entry.contentVersion}`;
    let found = editions.get(key);
    if (!found) editions.set(key, (found = archivedEdition(moduleId, entry)));
    return found;
  };

  async function verifyRecord(data: unknown, printed?: PrintedCertificate): Promise<Verdict> {
    const shape = typeof data === 'string' ? jsonShapeProblem(data) : undefined;
    if (shape) return invalid('formaat', SHAPE_REASON[shape]);
    const keys = keyProblem(data);
    if (keys) return invalid('bewerkt', keys);
    const read = readCertificate(data);
    if (!read.ok)
      return invalid(read.code === 'toekomstig' ? 'toekomstig' : 'formaat', readReason(read.code, data));
    const record = read.value;
    if ((await certificateIntegrity(record)) !== record.integrity)
      return invalid(
        'bewerkt',
        'Het bewijs is na uitgifte veranderd: de inhoud past niet meer bij de controlehash (integrity). Vraag de deelnemer om het oorspronkelijke bestand.',
      );
    if (printed) {
      const code = verificationCode(record.integrity);
      const mismatch = printedMismatch(printed, { name: record.learner.name, code });
      if (mismatch) return invalid(mismatch.code, mismatch.reason);
    }
    const issued = Date.parse(record.issuedAt);
    if (issued > now().getTime() + CLOCK_SKEW_MS)
      return invalid(
        'datum-in-de-toekomst',
        `Dit bewijs heeft als datum ${formatLongDate(record.issuedAt)}. Die datum ligt in de toekomst, dus het bewijs kan niet kloppen. De datum is veranderd, of de klok van het apparaat stond verkeerd. Vraag de deelnemer om het bewijs opnieuw te maken.`,
      );
    const archive = context.modules.find((m) => m.moduleId === record.module.id);
    if (!archive)
      return invalid('onbekende-module', `De module "${record.module.id}" is onbekend bij deze controle.`);
    const entry = archive.editions.find((e) => e.contentVersion === record.module.contentVersion);
    if (!entry)
      return invalid(
        'onbekende-versie',
        `Deze versie van de module ${archive.editions.at(-1)!.name} (${short(record.module.contentVersion)}) staat niet in het archief; werk de controle bij naar de nieuwste versie van de cursus.`,
      );
    const known = await edition(record.module.id, entry);
    if (!known)
      return invalid(
        'onbekende-versie',
        `Het archief van de module ${entry.name} is beschadigd; deze versie kan niet worden gecontroleerd.`,
      );
    if (issued < Date.parse(`${entry.archivedOn}T00:00:00.000Z`) - CLOCK_SKEW_MS)
      return invalid(
        'datum-voor-versie',
        `Dit bewijs heeft als datum ${formatLongDate(record.issuedAt)}. Maar deze versie van de module ${entry.name} (${short(record.module.contentVersion)}) bestaat pas sinds ${formatLongDate(`${entry.archivedOn}T12:00:00.000Z`)}. Een bewijs kan niet ouder zijn dan de lesstof. De datum is veranderd, of de klok van het apparaat stond verkeerd. Vraag de deelnemer om het bewijs opnieuw te maken.`,
      );
    const incomplete = editionMismatch(record, known);
    if (incomplete) return invalid('onvolledig', incomplete);
    const scores: CaseScore[] = [];
    for (const item of record.cases) {
      const found = await lookup(item.caseId, item.caseVersion, item.caseHash);
      if (!found.ok) return invalid('onbekende-versie', found.message);
      const { title, passPercentage } = found;
      const scored = found.score(item.log);
      if (!scored.ok) return invalid('log-past-niet', `Casus “${title}”: ${scored.message}`);
      const { total, max, percentage, passed, critical } = scored.score;
      if (!passed)
        return invalid(
          'niet-gehaald',
          critical.length > 0
            ? `De casus “${title}” is niet gehaald door een gevaarlijke keuze: ${criticalNames(critical)}.`
            : scored.score.badEnding
              ? `De casus “${title}” is niet gehaald: een keuze liep slecht af.`
              : scored.score.complete
                ? `De casus “${title}” is niet gehaald: ${total} van ${max} punten (${percentage}%), de grens is ${passPercentage}%.`
                : `De casus “${title}” is niet afgemaakt.`,
        );
      scores.push({
        caseId: item.caseId,
        title,
        version: item.caseVersion,
        total,
        max,
        percentage,
        passPercentage,
      });
    }
    return { status: 'geldig', summary: certificateSummary(record, known.name, scores), record };
  }

  return {
    verifyRecord: (data) => verifyRecord(data).catch(unexpected),
    async verify(source) {
      try {
        const file = await readCertificateFile(source);
        if (!file.ok) return invalid(file.code, file.reason);
        return await verifyRecord(file.text, file.from === 'pdf' ? file.printed : undefined);
      } catch {
        return unexpected();
      }
    },
  };
}

export interface VerifierOptions {
  /**
   * How logs are scored when the context holds case archives: with a verify table made once per case
   * version (default), or by replaying every log on the case machine (the reference; the bench
   * compares the two). Both give the same verdicts (tests/unit/scoring/verify-table.test.ts).
   */
  scorer?: Scorer;
  /** The verifier's clock, for the date checks (tests pass a fixed one); default: the current time. */
  now?: () => Date;
}

/** Verifies one certificate; to verify many, create one verifier and reuse it. */
export function verifyCertificate(
  source: CertificateSource,
  context: VerifyContext,
  options?: VerifierOptions,
): Promise<Verdict> {
  return createVerifier(context, options).verify(source);
}

/** The categories of the critical misses, each once, in plain Dutch: "niet melden waar het moet". */
function criticalNames(categories: readonly CriticalCategory[]): string {
  const names = [...new Set(categories)].map((category) => {
    const name = resultText.critical[category].name;
    return name.charAt(0).toLowerCase() + name.slice(1);
  });
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
}

function invalid(code: InvalidCode, reason: string): Verdict {
  return { status: 'ongeldig', code, reason };
}

function unexpected(): Verdict {
  return invalid(
    'formaat',
    'Dit bewijs kan niet worden gecontroleerd: het bestand is op een onverwachte manier beschadigd.',
  );
}

function short(hash: string): string {
  return hash.replace(/^sha256:/, '').slice(0, 12);
}
