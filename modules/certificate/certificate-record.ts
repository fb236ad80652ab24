/**
 * The bewijs van deelname (certificate of participation) as a machine can check it: what the learner
 * did in one module, enough to recompute their scores against the content they played, and an
 * integrity hash over all of it. It travels as a JSON file of its own or attached to the PDF
 * (certificate-pdf.ts). Shape of version 2:
 *
 * {
 *   "kind": "bewijs-van-deelname",
 *   "version": 2,
 *   "id": "7Q2M9XH4TK0B3N8RZV5C1WPJ6D",
 *   "issuedAt": "2026-12-02T10:15:00.000Z",
 *   "learner": { "name": "Noë van Dijk", "organisation": "OBS De Regenboog", "registration": "SKJ 110012345" },
 *   "module": { "id": "onderwijs", "contentVersion": "sha256:5be1…" },
 *   "studyMinutes": 95,
 *   "measured": { "seconds": 4320, "unmeasured": 0, "caseAttempts": 4, "questionTries": 17 },
 *   "cases": [
 *     { "caseId": "daan-blauwe-plekken", "caseVersion": 1, "caseHash": "sha256:64b4…", "log": "1.1z141z3.0102110" }
 *   ],
 *   "answers": { "onderwijs/waarom-de-meldcode#wie-heeft-een-meldcode": ["aandachtsfunctionaris"] },
 *   "integrity": "sha256:0c7e…"
 * }
 *
 * - `id`: 128 random bits in Crockford base32 (26 characters), so two certificates never share one.
 * - `learner`: as typed at issue; `organisation` and `registration` (a BIG or SKJ number, free text)
 *   are optional. No control, direction-changing or invisible characters (zero-width space, soft
 *   hyphen, …: INVISIBLE), so a name prints as it reads and looks like no other name.
 * - `module`: the beroepsgroep and its content version (module-edition.ts), which the module archive
 *   knows; `studyMinutes` is that edition's study time: the course's estimate, not the learner's time.
 * - `measured`: what the learner's browser measured in this module (progress/module-time.ts):
 *   `seconds` of active time over its lessons and case attempts (progress/active-time.ts: only while
 *   the page was visible, at most 3 minutes after each input), `unmeasured` lessons and attempts
 *   without a measured time (done before time was measured; then `seconds` is a lower bound),
 *   `caseAttempts` (every try at a case) and `questionTries` (every check of a knowledge-check
 *   answer). Like the decisions it comes from the learner's browser: it shows what was measured
 *   there, not who sat at the keyboard.
 * - `cases`: per case of the edition the attempt that passed: the case version and hash it was played
 *   on and its decisions as a compact log (scoring/log-codec.ts: the seed and one character a decision).
 * - `answers`: the knowledge-check question keys with the chosen option ids: the right answer the
 *   learner gave (a certificate is issued only when every question is answered right).
 *   Verification checks that every question of the edition is there, not that the options are right:
 *   a module edition keeps question keys, not options.
 * - `integrity`: SHA-256 over the canonical JSON (scoring/hash-case.ts) of every other field.
 *
 * Version 1 had no `measured`: it was issued before time was measured. It reads as version 2 with
 * `measured: null` ("niet gemeten"), and its integrity hash is checked over the record as it was
 * issued (certificateIntegrity), so a version 1 certificate stays valid by the rules of its edition.
 *
 * Scores are not stored: verification (verify-certificate.ts) recomputes them by replaying each log on
 * the archived case. The short verification code printed on the PDF is derived from `integrity`
 * (verificationCode). Read a record with readCertificate.
 */
import { z } from 'zod';
import { QUESTION_KEY } from '../progress/progress.ts';
import { canonicalJson } from '../scoring/hash-case.ts';
import { MAX_LOG_LENGTH } from '../scoring/log-codec.ts';
import { readVersioned, type ReadResult, type VersionedSpec } from '../versioned/read-versioned.ts';
import { KEPT_JOINER, keptJoiners } from './kept-joiner.ts';
import { sha256 } from './module-edition.ts';

export const CERTIFICATE_KIND = 'bewijs-van-deelname';
export const CERTIFICATE_VERSION = 2;
/** Far above a real record (a six-case module gives about 3 KB), far below what slows a page down. */
export const MAX_RECORD_BYTES = 1_000_000;
export const MAX_NAME_LENGTH = 200;
export const MAX_REGISTRATION_LENGTH = 40;

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed over is not misread. */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const sha = z.string().regex(/^sha256:[0-9a-f]{64}$/);
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
/**
 * Characters that show nothing, or nothing that can be seen for what it is: Unicode's default
 * ignorables (zero-width space, non-joiner and joiner U+200B–U+200D, direction marks U+200E and
 * U+200F, word joiner and invisible operators U+2060–U+2064, byte order mark U+FEFF, soft hyphen
 * U+00AD, fillers such as U+3164, variation selectors, tags) and the other format characters, and the
 * blank Braille pattern U+2800. A name with one looks the same as a name without, so two certificates
 * could show one name and be told apart by nothing a person sees. Issuing removes them (cleanLearner),
 * except the direction overrides and isolates (DIRECTION_OVERRIDE), which it refuses, and a non-joiner
 * or joiner between two letters of a script that needs it (KEPT_JOINER), which it keeps.
 */
export const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]/gu;
/** Text without its invisible characters (INVISIBLE), but with the joiners a script needs (KEPT_JOINER). */
export function withoutInvisible(text: string, keep: (char: string) => boolean = () => false): string {
  const kept = keptJoiners(text);
  return text.replace(INVISIBLE, (char: string, index: number) =>
    kept.has(index) || keep(char) ? char : '',
  );
}
/** Direction overrides and isolates: they make the rest of a name read otherwise than it is stored. */
export const DIRECTION_OVERRIDE = /[\u202a-\u202e\u2066-\u2069]/u;
// Control characters (and line and paragraph separators) would break a CLI line or a CSV row; a lone
// surrogate is no character; and the invisible ones above, direction overrides included.
const UNPRINTABLE = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]/u;

/**
 * A name-like text as stored: trimmed, not empty, at most `max` characters, nothing unprintable or
 * invisible but the joiners a script needs (KEPT_JOINER; so never blank: what is left after trimming
 * shows).
 */
export const personText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((text) => text.trim() === text && !UNPRINTABLE.test(text.replace(KEPT_JOINER, '')), {
      error: 'onleesbare tekens',
    });

export const certificateCaseSchema = z.strictObject({
  caseId: kebab,
  caseVersion: z.int().min(1),
  caseHash: sha,
  log: z.string().min(1).max(MAX_LOG_LENGTH),
});
export type CertificateCase = z.output<typeof certificateCaseSchema>;

/** The time and tries measured in the learner's browser (see the top of this file). */
export const measuredSchema = z.strictObject({
  seconds: z.int().min(0).max(100_000_000),
  unmeasured: z.int().min(0).max(100_000),
  caseAttempts: z.int().min(0).max(100_000),
  questionTries: z.int().min(0).max(1_000_000),
});
export type Measured = z.output<typeof measuredSchema>;

export const certificateSchema = z.strictObject({
  kind: z.literal(CERTIFICATE_KIND),
  version: z.literal(CERTIFICATE_VERSION),
  id: z.string().regex(new RegExp(`^[${CROCKFORD}]{26}$`)),
  issuedAt: z.iso.datetime(),
  learner: z.strictObject({
    name: personText(MAX_NAME_LENGTH),
    organisation: personText(MAX_NAME_LENGTH).optional(),
    registration: personText(MAX_REGISTRATION_LENGTH).optional(),
  }),
  module: z.strictObject({ id: kebab, contentVersion: sha }),
  studyMinutes: z.int().min(0).max(100_000),
  /** `null`: a version 1 certificate, issued before time was measured. */
  measured: measuredSchema.nullable(),
  cases: z.array(certificateCaseSchema).min(1).max(100),
  answers: z.record(z.string().regex(QUESTION_KEY), z.array(kebab).min(1).max(10)),
  integrity: sha,
});
export type Certificate = z.output<typeof certificateSchema>;
/** A record before its integrity hash is set. */
export type UnsealedCertificate = Omit<Certificate, 'integrity'>;

const spec: VersionedSpec<Certificate> = {
  kind: CERTIFICATE_KIND,
  name: 'bewijs van deelname',
  article: 'het',
  current: CERTIFICATE_VERSION,
  schema: certificateSchema,
  migrations: {
    // Issued before time was measured: not known, never zero. The integrity stays that of version 1.
    // A `measured` written into a version 1 record stays, so its hash no longer fits (bewerkt).
    1: (old) => ({ measured: null, ...old }),
  },
  maxLength: MAX_RECORD_BYTES,
};

/** Reads a record (JSON text or parsed) with readVersioned; the integrity is checked by verifyCertificate. */
export function readCertificate(data: unknown): ReadResult<Certificate> {
  return readVersioned(data, spec);
}

/** The spec readCertificate uses, for callers that need to know why a field was refused. */
export const certificateSpec = spec;

/**
 * SHA-256 over the canonical JSON of every field but `integrity`, as the record was issued: a record
 * read from version 1 (`measured: null`) is hashed as version 1 was, without `measured`.
 */
export async function certificateIntegrity(record: UnsealedCertificate | Certificate): Promise<string> {
  const { integrity: _ignored, measured, ...rest } = record as Certificate;
  return sha256(canonicalJson(measured === null ? { ...rest, version: 1 } : { ...rest, measured }));
}

/** The record with its integrity hash set. */
export async function sealCertificate(record: UnsealedCertificate): Promise<Certificate> {
  return { ...record, integrity: await certificateIntegrity(record) };
}

/**
 * The code printed on the certificate: the first 50 bits of the integrity hash in Crockford base32,
 * as two groups of five (`7Q2M9-XH4TK`). It lets a person match a PDF to a checked record; it is
 * not a secret and proves nothing on its own.
 */
export function verificationCode(integrity: string): string {
  const hex = integrity.replace(/^sha256:/, '').slice(0, 13); // 52 bits, of which 50 are used
  const bits = BigInt(`0x${hex}`) >> 2n;
  let code = '';
  for (let i = 9; i >= 0; i--) code += CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A new certificate id: 128 random bits (Web Crypto) in Crockford base32, 26 characters. */
export function newCertificateId(
  random: Uint8Array = globalThis.crypto.getRandomValues(new Uint8Array(16)),
): string {
  let value = 0n;
  for (const byte of random.subarray(0, 16)) value = (value << 8n) | BigInt(byte);
  let id = '';
  for (let i = 25; i >= 0; i--) id += CROCKFORD[Number((value >> BigInt(i * 5)) & 31n)];
  return id;
}

/** The file name for the record or its PDF, e.g. `bewijs-van-deelname-onderwijs-2026-12-02.json`. */
export function certificateFileName(
  record: Pick<Certificate, 'module' | 'issuedAt'>,
  extension: 'json' | 'pdf',
): string {
  return `bewijs-van-deelname-${record.module.id}-${record.issuedAt.slice(0, 10)}.${extension}`;
}

/** The record as a file to download: indented JSON with a final newline. */
export function certificateJson(record: Certificate): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
