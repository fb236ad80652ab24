/**
 * The case player's strings for what it shows only after a first choice or from stored attempts: the
 * result, what next, looking back and the list of attempts. Part of `ui` (ui.ts spreads them in); the
 * player's later code (src/islands/player-later.ts) brings them, so the case page does not carry them.
 */
export const playerLaterStrings = {
  'player.ending': 'Zo loopt het af',
  'player.retry': 'Opnieuw spelen',
  'player.result.heading': 'Je resultaat',
  'player.result.score': 'Je score: {total} van {max} punten ({percentage}%).',
  'player.result.verdict': 'Uitslag: {verdict}.',
  'player.result.howScored': 'Zo tel je punten',
  'player.result.wrong': 'Hier was je eerste keuze niet de beste',
  'player.result.wrongIntro':
    'Per moment: wat je koos, waarom dat niet de beste keuze was, en in welke les je het nog eens leest.',
  'player.result.wrongPoints': '{verdict}, {points} van {max} punten',
  'player.result.wrongWhat': 'Wat er dan gebeurt',
  'player.result.wrongWhy': 'Waarom niet de beste keuze?',
  'player.result.better': 'De beste keuze was',
  'player.result.lesson': 'Lees de les: {title}',
  'player.result.acute': 'Je handelde direct bij acuut gevaar: {reason}.',
  'player.result.critical': 'Gevaarlijke keuzes',
  'player.result.criticalIntro':
    'Een gevaarlijke keuze kan een kind of cliënt in gevaar brengen. Door zo’n keuze zak je, hoeveel punten je ook hebt.',
  'player.result.criticalMoment': 'Moment',
  'player.result.criticalWhy': 'Waarom is dit gevaarlijk?',
  'player.result.criticalAsks': 'Wat vraagt de meldcode?',
  'player.result.afwegingen': 'Jouw afwegingen naast die van de expert',
  'player.result.noAfwegingen': 'In deze poging kwam je niet bij de afwegingen.',
  'player.result.yours': 'Jij koos',
  'player.result.expert': 'De expert koos',
  'player.result.ledTo': 'Gevolg: {ledTo}',
  'player.result.agrees': 'Je koos hetzelfde als de expert.',
  'player.result.differs': 'Je koos anders dan de expert.',
  'player.result.steps': 'Wat je deed, in volgorde',
  'player.result.phases': 'Oordeel per stap en afweging',
  'player.result.phase': 'Stap of afweging',
  'player.result.judgement': 'Oordeel',
  // No-break spaces keep “2 van 4” on one line.
  'player.result.judgementOf': '{verdict}: {score}\u00a0van\u00a0{max} punten',
  'player.after.heading': 'Hoe ga je verder?',
  'player.after.nextCase': 'Volgende casus: {title}',
  'player.after.lastCase': 'Dit was de laatste casus van deze module.',
  'player.after.module': 'Terug naar de module {group}',
  'player.after.certificate': 'Bewijs van deelname voor {group}',
  'player.attempts.heading': 'Eerdere pogingen',
  'player.attempts.done': '{date}: {total} van {max} punten, {verdict}',
  'player.attempts.open': '{date}: niet afgemaakt',
  'player.attempts.view': 'Bekijk',
  'player.attempts.viewWhich': 'de poging van {date}',
  'player.attempts.older.one':
    '1 eerdere poging hoort bij een oudere versie van deze casus. Die kun je hier niet bekijken.',
  'player.attempts.older.other':
    '{count} eerdere pogingen horen bij een oudere versie van deze casus. Die kun je hier niet bekijken.',
  'player.review.heading': 'Terugkijken: de poging van {date}',
  'player.review.step': 'Beslissing {index} van {count}',
  'player.review.shown': 'Deze keuzes zag je:',
  'player.review.chosen': 'jouw keuze',
  'player.review.previous': 'Vorige beslissing',
  'player.review.next': 'Volgende beslissing',
  'player.review.toSummary': 'Uitslag van deze poging',
  'player.review.toSteps': 'Loop de beslissingen door',
  'player.review.close': 'Stop met terugkijken',
} as const;
