/** Why a stored record could not be read; callers switch on the code, learners read the message. */
export type ReadCode =
  /** Not JSON at all (or far too large to be one of our records). */
  | 'niet-leesbaar'
  /** JSON, but not this kind of record: another marker, no marker, or no version. */
  | 'vreemd'
  /** This kind of record, written by a newer version of the site. */
  | 'toekomstig'
  /** An older version this site has no way to upgrade. */
  | 'onbekende-versie'
  /** This kind and a known version, but its content does not hold together. */
  | 'beschadigd';

interface Named {
  name: string;
  article: 'de' | 'het';
  current: number;
}

/** A failed read with a plain-Dutch message: what is wrong, and what it means for the learner. */
export function readFailure(
  code: ReadCode,
  spec: Named,
  detail?: string | number,
): { ok: false; code: ReadCode; message: string } {
  const the = `${spec.article} ${spec.name}`;
  const The = the[0].toUpperCase() + the.slice(1);
  const nothing = 'Er is niets ingelezen en er is niets veranderd.';
  const messages: Record<ReadCode, string> = {
    'niet-leesbaar':
      detail === 'te-groot'
        ? `Dit bestand is te groot om ${the} te zijn. ${nothing} Kies het juiste bestand.`
        : `Dit is geen leesbare ${spec.name}: de inhoud is geen geldig gegevensbestand. ${nothing} Kies het juiste bestand.`,
    vreemd: `Dit is geen ${spec.name} van Werken met de meldcode. ${nothing} Kies het juiste bestand.`,
    toekomstig: `${The} komt uit een nieuwere versie van deze cursus (versie ${detail}; deze pagina kent tot versie ${spec.current}). Laad de pagina opnieuw, dan krijg je de nieuwste versie. ${nothing}`,
    'onbekende-versie': `${The} heeft een oude versie (${detail}) die deze cursus niet meer kan omzetten. ${nothing}`,
    beschadigd: `${The} is beschadigd en kan niet worden gelezen${detail ? ` (fout in "${detail}")` : ''}. ${nothing}`,
  };
  return { ok: false, code, message: messages[code] };
}
