/**
 * The Dutch name of each phase of the stappenplan (strings/nl.ts, `nl.phase`), on its own: every page that
 * shows a phase needs the names at once, the rest of the case's words (nl-case.ts) only later.
 */
export const phaseText = {
  'stap-1': 'Stap 1: signalen in kaart brengen',
  'stap-2': 'Stap 2: overleggen met een collega en eventueel Veilig Thuis of een letseldeskundige',
  'stap-3': 'Stap 3: gesprek met de betrokkene(n)',
  'stap-4': 'Stap 4: wegen van het geweld of de mishandeling',
  'afweging-1': 'Afweging 1: is er een vermoeden?',
  'afweging-2': 'Afweging 2: is er acute of structurele onveiligheid?',
  'stap-5': 'Stap 5: beslissen over melden en hulp',
  'afweging-3': 'Afweging 3: kan ik passende hulp bieden of organiseren?',
  'afweging-4': 'Afweging 4: aanvaarden de betrokkenen de hulp?',
  'afweging-5': 'Afweging 5: leidt de hulp tot veiligheid?',
  acuut: 'Acuut gevaar: direct handelen',
  'collega-route': 'Vermoeden tegen een collega: de wettelijke route',
} as const;
