import type { Phase } from '../case/case.schema.ts';

/** Short Dutch names of the steps and afwegingen, after the Rijksoverheid basismodel. */
export const phaseNames: Record<Phase, string> = {
  'stap-1': 'Stap 1: signalen in kaart brengen',
  'stap-2': 'Stap 2: overleggen met een collega en eventueel Veilig Thuis of een letseldeskundige',
  'stap-3': 'Stap 3: gesprek met de betrokkene(n)',
  'stap-4': 'Stap 4: wegen van het geweld of de mishandeling',
  'stap-5': 'Stap 5: beslissen over melden en hulp',
  'afweging-1': 'Afweging 1: is er een vermoeden?',
  'afweging-2': 'Afweging 2: is er acute of structurele onveiligheid?',
  'afweging-3': 'Afweging 3: kan ik passende hulp bieden of organiseren?',
  'afweging-4': 'Afweging 4: aanvaarden de betrokkenen de hulp?',
  'afweging-5': 'Afweging 5: leidt de hulp tot veiligheid?',
  acuut: 'Acuut gevaar: direct handelen',
  'collega-route': 'Vermoeden tegen een collega: de wettelijke route',
};

export const verdictNames = { goed: 'goed', 'deels-goed': 'deels goed', fout: 'fout' } as const;
