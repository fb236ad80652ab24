import { discussionText } from '../../modules/strings/nl-discussion.ts';
import { bijOnsStrings } from './bij-ons-strings.ts';
import { certificateStrings } from './certificate-strings.ts';
import { checkStrings } from './check-strings.ts';
import { format } from './format.ts';
import { handoutStrings } from './handout-strings.ts';
import { leertafelLaterStrings } from './leertafel-later-strings.ts';
import { naslagStrings } from './naslag-strings.ts';
import { organisationStrings } from './organisation-strings.ts';
import { playerStartStrings } from './player-start-strings.ts';
import { playerLaterStrings } from './player-later-strings.ts';
import { progressStrings } from './progress-strings.ts';
import { searchStrings } from './search-strings.ts';
import { wijzerLaterStrings } from './wijzer-later-strings.ts';

export { format };

/**
 * Every interface string of the site, in Dutch (B1, "je"); the knowledge check's are in
 * check-strings.ts, the case player's result, review and attempts in player-later-strings.ts and the
 * wijzer's screens after its start in wijzer-later-strings.ts (the code loaded apart for them carries
 * only those), spread in here.
 * Components call `t(key)`; a key that is not here fails `astro check`.
 * Placeholders look like `{name}` and are filled by `t(key, { name })`.
 */
export const ui = {
  'site.name': 'Werken met de meldcode',
  'site.description':
    'Gratis e-learning over de Meldcode huiselijk geweld en kindermishandeling, voor professionals.',
  'skip.link': 'Naar de inhoud',
  'nav.label': 'Hoofdmenu',
  'nav.home': 'Start',
  'nav.about': 'Over dit platform',
  'nav.search': 'Zoeken',
  'nav.progress': 'Mijn voortgang',
  'nav.wijzer': 'Stappenplan-wijzer',
  'footer.text': 'Een open e-learning. Geen cookies, geen trackers. Je gegevens blijven in je browser.',
  'footer.about': 'Over dit platform en privacy',
  'footer.organisation': 'Voor organisaties: bewijzen van deelname controleren',
  'footer.glossary': 'Begrippenlijst: de woorden van de meldcode uitgelegd',
  'glossary.title': 'Begrippenlijst',
  'glossary.intro':
    'De woorden van de meldcode in gewone taal. In de lessen gaat een woord uit deze lijst naar zijn uitleg hier.',
  'home.title': 'Werken met de meldcode',
  'home.intro.1':
    'Zie je signalen van huiselijk geweld of kindermishandeling? Dan helpt de meldcode je om goed te handelen.',
  'home.intro.2':
    'De meldcode heeft vijf stappen. In deze cursus leer je wat je bij elke stap doet. Je leest korte lessen voor jouw beroepsgroep.',
  'home.duration':
    'De basismodule kost ongeveer {basis}. De module van je beroepsgroep kost daarna nog {min} tot {max}, met casussen om te oefenen.',
  'home.groupTime': 'Studietijd: ongeveer {time}',
  'home.start.heading': 'Eerst: de basismodule',
  'home.start.text':
    'Iedereen begint met deze module. Je leert de basis van de meldcode, voor elke beroepsgroep hetzelfde.',
  'home.groups.heading': 'Kies daarna je beroepsgroep',
  'home.begin': 'Begin met de basismodule',
  'home.diagram.heading': 'Het stappenplan in één oogopslag',
  'diagram.title': 'Het stappenplan van de meldcode',
  'afwegingskader.title': 'Het afwegingskader: de vijf afwegingen en waar elk antwoord heen leidt',
  'afwegingskader.ja': 'Ja: {outcome}',
  'afwegingskader.nee': 'Nee: {outcome}',
  'diagram.afwegingen': 'afweging',
  'diagram.short.acuut': 'Acuut gevaar',
  'diagram.short.collega-route': 'Collega-route',
  'diagram.note.acuut': 'Dat kan in elke stap.',
  'diagram.note.collega-route': 'Bij een vermoeden tegen een medewerker of de houder.',
  'diagram.where.stap': 'Je bent bij stap {stap}.',
  'diagram.where.afweging': 'Je bent bij stap {stap}, afweging {afweging}.',
  'diagram.where.acuut': 'Je handelt nu bij acuut gevaar.',
  'diagram.where.collega-route': 'Je volgt nu de route bij een vermoeden tegen een collega.',
  'group.studyTime': 'Studietijd: ongeveer {time} (lessen en casussen samen).',
  'group.goals.heading': 'Wat je leert',
  'group.lessons.heading': 'Lessen',
  'group.lessons.empty': 'Er zijn nog geen lessen voor deze beroepsgroep.',
  'group.professionals': 'Voor wie: {list}.',
  'group.cases.heading': 'Casussen',
  'group.cases.intro':
    'In een casus oefen je met een situatie uit je werk. Bij elke stap kies je wat je doet, en je hoort waarom dat wel of niet goed is.',
  'group.cases.empty': 'Er zijn nog geen casussen voor deze module.',
  'group.completion.heading': 'Afronden',
  'group.completion.text':
    'Je rondt de module af als je alle lessen hebt gelezen, alle kennisvragen goed hebt beantwoord en elke casus haalt met minstens {percent}% van de punten.',
  'group.completion.link': 'Naar je bewijs van deelname',
  'group.job.heading': 'Op je werk',
  'group.job.naslag': 'Naslag: de meldcode van {group} op één pagina',
  'group.job.wijzer': 'Stappenplan-wijzer: loop de stappen door voor een echte situatie',
  'group.sources.heading': 'Bronnen',
  'group.sources.intro': 'De informatie in deze module komt uit deze bronnen:',
  'case.minutes': '{minutes} min oefenen',
  'case.back': 'Terug naar {group}',
  'case.goals.heading': 'Wat je oefent',
  'case.noscript':
    'Deze oefening werkt alleen als JavaScript aan staat. Hierboven lees je wel hoe de casus begint.',
  'case.leertafel': 'Bespreek in een groep (leertafel)',
  'case.handout': 'Handout voor de trainer (om te printen)',
  'case.groupMode': 'In een groep',
  'leertafelPage.title': 'Leertafel: {title}',
  'leertafelPage.back': 'Terug naar de casus',
  'leertafelPage.intro':
    'Bespreek deze casus met een groep. Zet deze pagina op een groot scherm. Niemand krijgt een score en er wordt niets bewaard.',
  'leertafelPage.keys.heading': 'Bedienen met het toetsenbord of een presenter',
  'leertafelPage.keys.next':
    'Pijl naar rechts of Page Down: eerst het antwoord van de expert tonen, daarna verder langs de route van de expert.',
  'leertafelPage.keys.back': 'Pijl naar links of Page Up: één moment terug.',
  'leertafelPage.keys.fields': 'Typ je in een invulveld, zoals het zoekveld? Dan doen deze toetsen niets.',
  'leertafelPage.noscript':
    'De leertafel werkt alleen als JavaScript aan staat. Gebruik anders de handout voor de trainer.',
  'leertafel.moment': 'Moment {n}',
  'leertafel.signals': 'Wat je ziet',
  'leertafel.dialogue': 'Wat er gezegd wordt',
  'leertafel.choices': 'De keuzes',
  'leertafel.take': 'Kies {letter}',
  'leertafel.takeName': 'Kies {letter}: {label}',
  'leertafel.questions': 'Om te bespreken',
  'leertafel.reveal': 'Toon het antwoord van de expert',
  'leertafel.controls': 'Bediening',
  'leertafel.back': 'Eén moment terug',
  'leertafel.next': 'Volgende',
  'leertafel.restart': 'Begin opnieuw',
  // The question at a consequence, kept with the other discussion questions (strings/nl-discussion.ts).
  'leertafel.gevolg': discussionText.discussion.gevolg,
  ...leertafelLaterStrings,
  ...handoutStrings,
  'player.loading': 'De keuzes worden geladen …',
  'earlyChoice.taken': 'Je keuze is ontvangen. De terugkoppeling komt zo.',
  'earlyChoice.failed':
    'De oefening kon niet worden geladen. Misschien heb je geen internet. Laad de pagina opnieuw als je weer internet hebt.',
  'caseText.loading': 'Het volgende moment wordt geladen …',
  'caseText.failed':
    'Het volgende moment kon niet worden geladen. Misschien heb je geen internet. Je keuzes zijn bewaard. Probeer het opnieuw als je weer internet hebt.',
  'caseText.retry': 'Opnieuw proberen',
  'player.signals': 'Wat je ziet',
  'player.dialogue': 'Wat er gezegd wordt',
  'player.verdict.goed': 'Goed',
  'player.verdict.deels-goed': 'Deels goed',
  'player.verdict.fout': 'Niet goed',
  'player.yourChoice': 'Je koos: {label}',
  'player.why': 'Waarom:',
  'player.next': 'Verder',
  'player.consequence': 'Gevolg van je keuze',
  'player.consequenceNote': 'Zo kan het aflopen door je keuze.',
  'player.backToChoice': 'Terug naar je keuze',
  ...playerStartStrings,
  ...playerLaterStrings,
  'duration.minute': '1 minuut',
  'duration.minutes': '{minutes} minuten',
  'duration.hours': '{hours} uur',
  'duration.hoursAndMinutes': '{hours} uur en {rest}',
  'lesson.minutes': '{minutes} min lezen',
  'lesson.back': 'Terug naar {group}',
  'lesson.next': 'Volgende les: {title}',
  'lesson.previous': 'Vorige les: {title}',
  'lesson.position': 'Les {position} van {count}',
  'lesson.pager': 'Vorige en volgende les',
  'lesson.outline': 'Lessen in deze module',
  'lesson.outline.current': '(deze les)',
  'lesson.toCases.heading': 'Oefen nu met de casussen',
  'lesson.toCases.text':
    'Dit was de laatste les van deze module. In de casussen oefen je met situaties uit je werk. Pas daar toe wat je hebt geleerd.',
  'lesson.toCases.link': 'Naar de casussen van {group}',
  ...checkStrings,
  'lms.title': 'Werken met de meldcode: {module}',
  'lms.close': 'Module afsluiten',
  'lms.frame': 'Inhoud van de module',
  'lms.closed.heading': 'Je hebt de module afgesloten',
  'lms.closed.text':
    'Je leerplatform krijgt vanaf nu niets meer door uit dit venster. Wat je hier nog doet, wordt niet bewaard. Wil je verder werken? Open de module dan opnieuw in je leerplatform.',
  'lms.closed.back': 'Terug naar je leerplatform',
  'lms.noscript':
    'Zet JavaScript aan om deze module te volgen en je voortgang door te geven aan je leerplatform.',
  'notFound.title': 'Pagina niet gevonden',
  'notFound.text': 'Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt.',
  'notFound.home': 'Ga naar de startpagina',
  'notFound.slash':
    'Eindigt het adres niet op een schuine streep (/)? Zet die erachter en probeer het opnieuw.',
  'title.separator': ' – ',
  'offline.heading': 'Zonder internet',
  'offline.text':
    'Wil je deze module ook volgen zonder internet? Sla dan alle lessen en casussen op in deze browser. Dat is ongeveer {size} aan gegevens.',
  'offline.button': 'Beschikbaar zonder internet',
  'offline.saving': 'Bezig met opslaan…',
  'offline.saved': 'Deze module werkt nu ook zonder internet, in deze browser.',
  'offline.failed': 'Opslaan is niet gelukt. Controleer je internetverbinding en probeer het opnieuw.',
  ...progressStrings,
  ...searchStrings,
  ...bijOnsStrings,
  ...naslagStrings,
  'wijzerPage.title': 'Stappenplan-wijzer',
  'wijzerPage.titleGroup': 'Stappenplan-wijzer: {group}',
  'wijzerPage.intro':
    'Loop de stappen van de meldcode door voor een situatie uit je eigen werk. Aan het eind krijg je een samenvatting met datum, voor je dossier.',
  'wijzerPage.noscript':
    'De wijzer werkt alleen als JavaScript aan staat. Gebruik anders de naslag van je beroepsgroep.',
  'wijzerPage.naslag': 'Naslag: de meldcode op één pagina',
  'wijzer.support':
    'Deze wijzer ondersteunt je. Hij vervangt niet het overleg met je aandachtsfunctionaris of het advies van Veilig Thuis. Veilig Thuis bel je gratis, dag en nacht: 0800-2000.',
  'wijzer.danger': 'Is iemand nu in gevaar? Bel 112.',
  'wijzer.privacy':
    'Vul geen namen of andere gegevens in waaraan iemand te herkennen is. De wijzer stuurt niets weg. Hij bewaart ook niets, tenzij je kiest voor “Bewaar op dit apparaat”.',
  'wijzer.start.heading': 'Jouw situatie',
  'wijzer.start.group': 'Je beroepsgroep',
  'wijzer.start.client': 'Over wie maak je je zorgen?',
  'wijzer.start.kind': 'Over een kind (jonger dan 18)',
  'wijzer.start.volwassene':
    'Over een volwassene, zoals een cliënt of patiënt. Dan hoort de kindcheck bij stap 1.',
  'wijzer.start.begin': 'Begin',
  ...wijzerLaterStrings,
  ...certificateStrings,
  ...organisationStrings,
} as const;

/** A key of the interface strings. */
export type UiKey = keyof typeof ui;

/** Fills `{name}` placeholders; throws on a missing value so a broken string never reaches a page. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return format(ui[key], values, key);
}

/** The strings whose keys start with `prefix`, e.g. `search.` */
export type UiSection<P extends string> = { [K in UiKey as K extends `${P}${string}` ? K : never]: string };

/**
 * The strings whose keys start with `prefix`: an island gets these as a prop, so its bundle holds
 * only the strings it shows, while every string still lives in this one file.
 */
export function uiSection<P extends string>(prefix: P): UiSection<P> {
  return Object.fromEntries(Object.entries(ui).filter(([key]) => key.startsWith(prefix))) as UiSection<P>;
}

/**
 * The strings whose keys start with one of `prefixes`, without those `later` holds: what an island
 * shows first, when the code it loads later brings the rest (player-later-strings.ts and the like).
 */
export function firstStrings(prefixes: readonly string[], later: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(ui).filter(([key]) => prefixes.some((p) => key.startsWith(p)) && !(key in later)),
  );
}
