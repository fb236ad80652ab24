/**
 * Why a file is refused before it is read as a certificate record, in plain Dutch: JSON too deep or with
 * too many keys (SHAPE_REASON), keys readers would read differently (keyProblem), or a record that
 * readVersioned refused (readReason). verify-certificate.ts gives these as the verdict's reason.
 */
import { certificateSpec, MAX_RECORD_BYTES } from './certificate-record.ts';
import { jsonKeyProblem, MAX_JSON_KEYS } from './json-keys.ts';

/** Why JSON text is not parsed (jsonShapeProblem), in plain Dutch. */
export const SHAPE_REASON = {
  diep: 'Dit JSON-bestand is veel dieper genest dan een bewijs van deelname; het is niet verder gelezen.',
  'veel-velden': `Dit JSON-bestand heeft veel meer velden dan een bewijs van deelname (meer dan ${MAX_JSON_KEYS.toLocaleString('nl-NL')}); het is niet verder gelezen.`,
} as const;

/**
 * Why the record's JSON is refused before it is read as a record, in plain Dutch: a key given twice
 * or a forbidden key (jsonKeyProblem), named when its path is plain text. Only JSON that parses is
 * looked at (what does not parse is left to readCertificate); a parsed value is looked at as JSON.
 */
export function keyProblem(data: unknown): string | undefined {
  let text: string | undefined;
  try {
    text = typeof data === 'string' ? data : JSON.stringify(data);
    if (text === undefined || text.length > MAX_RECORD_BYTES) return undefined;
    JSON.parse(text);
  } catch {
    return undefined;
  }
  const problem = jsonKeyProblem(text);
  if (!problem) return undefined;
  const path = problem.path.join('.');
  const named = /^[\w#/.-]{1,120}$/.test(path) ? ` "${path}"` : '';
  const detail =
    problem.kind === 'dubbel'
      ? `${named ? `het veld${named}` : 'een veld'} staat er twee keer in, zodat programma's het verschillend kunnen lezen`
      : `het bevat een veld${named} dat in geen bewijs van deelname staat en programma's kan misleiden`;
  return `Het bewijs is na uitgifte veranderd: ${detail}. Vraag de deelnemer om het oorspronkelijke bestand.`;
}

/** Plain Dutch for a record that readVersioned refused, naming the field when the schema did. */
export function readReason(code: string, data: unknown): string {
  switch (code) {
    case 'vreemd':
      return 'Dit is geen bewijs van deelname van Werken met de meldcode.';
    case 'toekomstig':
      return 'Dit bewijs komt uit een nieuwere versie van de cursus; werk de controle bij naar de nieuwste versie.';
    case 'niet-leesbaar':
      return typeof data === 'string' && data.length > MAX_RECORD_BYTES
        ? 'Dit JSON-bestand is te groot voor een bewijs van deelname (meer dan 1 MB).'
        : 'Dit bestand bevat geen leesbare JSON van een bewijs van deelname.';
    default: {
      const field = firstBadField(data);
      return `Het bewijs heeft niet de vorm van een bewijs van deelname${field ? ` (fout in "${field}")` : ''}; het is veranderd of beschadigd.`;
    }
  }
}

/** The first field the schema refuses, as a dotted path, if any. */
function firstBadField(data: unknown): string | undefined {
  try {
    const value = typeof data === 'string' ? JSON.parse(data) : data;
    const result = certificateSpec.schema.safeParse(value);
    if (result.success) return undefined;
    const issue = result.error.issues[0];
    const keys = issue && 'keys' in issue && Array.isArray(issue.keys) ? `.${issue.keys.join(', ')}` : '';
    return `${issue?.path.join('.') ?? ''}${keys}`.replace(/^\./, '') || undefined;
  } catch {
    return undefined;
  }
}
