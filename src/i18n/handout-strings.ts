/**
 * The strings of a case's handout for the trainer: its introduction, the moments along the expert's
 * route with the other choices to discuss, and printing it. Part of `ui` (ui.ts spreads them in).
 */
export const handoutStrings = {
  'handout.title': 'Handout voor de trainer: {title}',
  'handout.intro':
    'Gebruik deze handout om een leertafel voor te bereiden. Je leest de casus langs de route van de expert: per moment de situatie, het antwoord van de expert met de reden, de andere keuzes met wat er dan gebeurt, en vragen om te bespreken.',
  'handout.print': 'Print deze pagina of sla hem op als pdf.',
  'handout.leertafel': 'Open de leertafel',
  'handout.goals': 'Wat de groep oefent',
  'handout.moment': 'Moment {n}: {heading}',
  'handout.end': 'Einde: {heading}',
  'handout.phase': 'Stap of afweging: {phase}',
  'handout.situation': 'De situatie',
  'handout.signals': 'Wat je ziet',
  'handout.dialogue': 'Wat er gezegd wordt',
  'handout.question': 'De vraag: {question}',
  'handout.expert': 'Het antwoord van de expert',
  'handout.why': 'Waarom:',
  'handout.happens': 'Wat er gebeurt:',
  'handout.consequence': 'Gevolg:',
  'handout.wrong': 'Andere keuzes om te bespreken',
  'handout.verdict.deels-goed': 'deels goed',
  'handout.verdict.fout': 'niet goed',
  'handout.verdict.goed': 'goed',
  'handout.questions': 'Om te bespreken',
} as const;
