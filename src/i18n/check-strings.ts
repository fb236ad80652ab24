/**
 * The knowledge check's interface strings, in Dutch (B1, "je"). Part of `ui` (ui.ts spreads them in,
 * so `t('check.…')` and uiSection('check.') work as for every string); the check's script imports
 * this file alone, so it does not carry the site's other strings.
 */
export const checkStrings = {
  'check.heading': 'Test je kennis',
  'check.intro':
    'Kies bij elke vraag je antwoord en controleer het. Is het niet goed? Lees dan de uitleg en probeer het opnieuw. Een vraag telt pas mee als je hem goed hebt beantwoord.',
  'check.reveal': 'Bekijk het antwoord',
  'check.answer.single': 'Het goede antwoord:',
  'check.answer.multiple': 'De goede antwoorden:',
  'check.explanation': 'Uitleg:',
  'check.submit': 'Controleer',
  'check.submit.label': 'Controleer je antwoord op vraag {number}',
  'check.retry': 'Probeer opnieuw',
  'check.retry.label': 'Probeer opnieuw: vraag {number}',
  'check.retried': 'Nieuwe poging. De antwoorden staan nu in een andere volgorde.',
  'check.right': 'Goed!',
  'check.wrong': 'Niet goed.',
  'check.empty': 'Kies eerst een antwoord.',
  'check.earlier.right': 'Je hebt deze vraag al goed beantwoord.',
  'check.earlier.wrong':
    'Je antwoord van eerder was niet goed. Probeer het opnieuw. De antwoorden staan nu in een andere volgorde.',
  'check.earlier.unknown':
    'Je hebt deze vraag al eens beantwoord. Toen hielden we nog niet bij of je antwoord goed was. Beantwoord de vraag daarom opnieuw.',
  'check.read': 'Deze les telt nu als gelezen. Je antwoorden blijven bewaard in deze browser.',
} as const;
