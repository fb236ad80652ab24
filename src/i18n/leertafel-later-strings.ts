/**
 * The leertafel's strings for what it shows only once the trainer acts: the group's choice and what it
 * led to, the expert's answer, the messages of the presenter keys and the ending. Part of `ui` (ui.ts
 * spreads them in); the leertafel's later code (src/islands/leertafel/leertafel-later.ts) brings them,
 * right after the page is shown, so the page itself does not carry them.
 */
export const leertafelLaterStrings = {
  'leertafel.chosen': 'De groep koos: {label}',
  'leertafel.chosenVerdict.goed': 'Dit is ook de keuze van de expert.',
  'leertafel.chosenVerdict.deels-goed': 'De expert vindt dit deels goed.',
  'leertafel.chosenVerdict.fout': 'De expert vindt dit niet goed.',
  'leertafel.why': 'Waarom:',
  'leertafel.expert': 'De expert kiest: {label}',
  'leertafel.notOpen':
    'Na de keuzes van de groep kan dit hier niet meer. Ga een moment terug om de route van de expert te volgen.',
  'leertafel.announce': 'Het antwoord van de expert: {label}',
  'leertafel.hidden': 'Het antwoord van de expert is weer verborgen.',
  'leertafel.atStart': 'Dit is het eerste moment van de casus.',
  'leertafel.atEnd': 'Dit is het einde van de casus. Ga terug of begin opnieuw.',
  'leertafel.end': 'Zo loopt het af',
  'leertafel.steps': 'Wat er in het stappenplan gebeurde, in volgorde',
  'leertafel.consequence': 'Gevolg van de keuze',
  'leertafel.continue': 'Verder',
  'leertafel.backToChoice': 'Terug naar de keuze',
};
