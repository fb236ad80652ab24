/**
 * Every interface string of the site, in Dutch (B1, "je").
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
  'home.title': 'Werken met de meldcode',
  'home.intro.1':
    'Zie je signalen van huiselijk geweld of kindermishandeling? Dan helpt de meldcode je om goed te handelen.',
  'home.intro.2':
    'De meldcode heeft vijf stappen. In deze cursus leer je wat je bij elke stap doet. Je leest korte lessen voor jouw beroepsgroep.',
  'home.duration':
    'De basismodule kost ongeveer {basis}. De module van je beroepsgroep kost daarna nog {min} tot {max}, met casussen om te oefenen.',
  'home.groupTime': 'Studietijd: ongeveer {time}',
  'home.start.heading': 'Begin hier',
  'home.start.text':
    'Iedereen begint met deze module. Je leert de basis van de meldcode, voor elke beroepsgroep hetzelfde.',
  'home.groups.heading': 'Kies daarna je beroepsgroep',
  'home.diagram.heading': 'Het stappenplan in één oogopslag',
  'diagram.title': 'Het stappenplan van de meldcode',
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
    'Je rondt de module af als je alle lessen hebt gelezen, alle kennisvragen hebt beantwoord en elke casus haalt met minstens {percent}% van de punten.',
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
  'player.loading': 'De keuzes worden geladen …',
  'player.signals': 'Wat je ziet',
  'player.dialogue': 'Wat er gezegd wordt',
  'player.verdict.goed': 'Goed',
  'player.verdict.deels-goed': 'Deels goed',
  'player.verdict.fout': 'Niet goed',
  'player.yourChoice': 'Je koos: {label}',
  'player.why': 'Waarom:',
  'player.next': 'Verder',
  'player.resumed': 'Je gaat verder waar je was gebleven.',
  'player.changed':
    'Deze casus is veranderd sinds je laatste poging. Daarom begin je opnieuw. Je eerdere poging blijft bewaard.',
  'player.unfit':
    'Je vorige poging past niet meer bij deze casus. Daarom begin je opnieuw. Je eerdere poging blijft bewaard.',
  'player.noStorage':
    'Je browser laat deze site niets bewaren. Je kunt de casus spelen, maar je poging blijft niet bewaard.',
  'player.ending': 'Zo loopt het af',
  'player.result.heading': 'Je resultaat',
  'player.result.score': 'Je score: {total} van {max} punten ({percentage}%).',
  'player.result.verdict': 'Uitslag: {verdict}.',
  'player.result.passMark': 'Je haalt deze casus met minstens {percent}% van de punten.',
  'player.result.acute': 'Je handelde direct bij acuut gevaar: {reason}.',
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
  'player.result.points': 'Punten',
  'player.result.judgement': 'Oordeel',
  'player.result.pointsOf': '{score} van {max}',
  'player.retry': 'Opnieuw spelen',
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
  'check.heading': 'Test je kennis',
  'check.intro': 'Kies je antwoord. Open daarna het antwoord en kijk of je het goed had.',
  'check.reveal': 'Bekijk het antwoord',
  'check.answer.single': 'Het goede antwoord:',
  'check.answer.multiple': 'De goede antwoorden:',
  'check.explanation': 'Uitleg:',
  'check.submit': 'Controleer',
  'check.submit.label': 'Controleer je antwoord op vraag {number}',
  'check.right': 'Goed!',
  'check.wrong': 'Niet goed.',
  'check.empty': 'Kies eerst een antwoord.',
  'check.earlier.right': 'Je antwoord van eerder is aangevinkt. Het was goed.',
  'check.earlier.wrong': 'Je antwoord van eerder is aangevinkt. Het was niet goed. Probeer het nog eens.',
  'check.howto': 'Druk bij elke vraag op Controleer om te zien of je antwoord goed is.',
  'check.read': 'Deze les telt nu als gelezen. Je antwoorden blijven bewaard in deze browser.',
  'lms.title': 'Werken met de meldcode: {module}',
  'lms.close': 'Module afsluiten',
  'lms.frame': 'Inhoud van de module',
  'lms.noscript':
    'Zet JavaScript aan om deze module te volgen en je voortgang door te geven aan je leerplatform.',
  'notFound.title': 'Pagina niet gevonden',
  'notFound.text': 'Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt.',
  'notFound.home': 'Ga naar de startpagina',
  'notFound.slash':
    'Eindigt het adres niet op een schuine streep (/)? Zet die erachter en probeer het opnieuw.',
  'title.separator': ' – ',
  'progress.heading': 'Jouw voortgang',
  'progress.item': 'Voortgang: {status}',
  'progress.lesson.read': 'Gelezen',
  'progress.lesson.notStarted': 'Nog niet gestart',
  'progress.lesson.answers': '{answered} van {questions} kennisvragen beantwoord',
  'progress.case.notStarted': 'Nog niet gestart',
  'progress.case.busy': 'Bezig',
  'progress.case.passed': 'Klaar — {total} van {max} punten, gehaald',
  'progress.case.failed': 'Klaar — {total} van {max} punten, niet gehaald',
  'progress.case.older.one': '1 poging met een oudere versie van deze casus telt niet mee.',
  'progress.case.older.other': '{count} pogingen met een oudere versie van deze casus tellen niet mee.',
  'progress.case.unreadable': 'Een of meer pogingen konden niet worden gelezen en tellen niet mee.',
  'progress.summary':
    '{lessonsRead} van {lessons} lessen gelezen, {answered} van {questions} kennisvragen beantwoord en {casesPassed} van {cases} casussen gehaald.',
  'progress.remaining': 'Nog te doen: {list}.',
  'progress.remaining.lessons.one': '1 les lezen',
  'progress.remaining.lessons.other': '{count} lessen lezen',
  'progress.remaining.questions.one': '1 kennisvraag beantwoorden',
  'progress.remaining.questions.other': '{count} kennisvragen beantwoorden',
  'progress.remaining.case': 'casus “{title}” halen',
  'progress.and': 'en',
  'progress.complete': 'Module afgerond',
  'progress.completedOn': 'Je hebt deze module afgerond op {date}.',
  'progress.notStarted': 'Je bent nog niet begonnen aan deze module.',
  'progress.where': 'Je voortgang staat alleen in deze browser.',
  'progress.manage': 'Bekijk, exporteer of verwijder je voortgang',
  'resume.heading': 'Verder waar je was',
  'resume.text': 'Hier was je de laatste keer mee bezig:',
  'resume.lesson': 'Les: {title} ({group})',
  'resume.case': 'Casus: {title} ({group})',
  'myProgress.title': 'Mijn voortgang',
  'myProgress.intro':
    'Hier zie je wat je hebt gedaan. Je voortgang staat alleen in deze browser, op dit apparaat. Wil je verder op een ander apparaat? Exporteer dan je voortgang en importeer het bestand daar.',
  'myProgress.noscript':
    'Deze pagina werkt alleen als JavaScript aan staat. Zonder JavaScript bewaart de site ook geen voortgang.',
  'myProgress.modules.heading': 'Per module',
  'myProgress.modules.notStarted': 'Hier ben je nog niet aan begonnen:',
  'myProgress.modules.loading': 'Je voortgang per module wordt geladen …',
  'myProgress.modules.error': 'Je voortgang per module kon niet worden geladen. Laad de pagina opnieuw.',
  'myProgress.modules.empty':
    'Je hebt nog geen voortgang in deze browser. Kies een module op de startpagina om te beginnen.',
  'myProgress.export.heading': 'Exporteer je voortgang',
  'myProgress.export.text':
    'Je krijgt een bestand met alles wat je hebt gedaan. Bewaar het goed: met dit bestand ga je verder op een ander apparaat of in een andere browser.',
  'myProgress.export.button': 'Exporteer je voortgang',
  'myProgress.export.done': 'Je voortgang is opgeslagen als {file}. Kijk in de map met downloads.',
  'myProgress.import.heading': 'Importeer je voortgang',
  'myProgress.import.text':
    'Kies een bestand dat je eerder hebt geëxporteerd. We voegen het samen met wat er al in deze browser staat. Er gaat niets verloren.',
  'myProgress.import.label': 'Bestand met je voortgang',
  'myProgress.import.button': 'Importeer',
  'myProgress.import.empty': 'Kies eerst een bestand.',
  'myProgress.import.done': 'Je voortgang uit {file} is ingelezen en samengevoegd met wat er al stond.',
  'myProgress.import.blocked': 'Er is niets ingelezen.',
  'myProgress.delete.heading': 'Verwijder mijn gegevens',
  'myProgress.delete.text':
    'Je wist alles wat deze cursus in deze browser heeft bewaard: gelezen lessen, antwoorden, pogingen en afgeronde modules. Wil je het bewaren? Exporteer dan eerst je voortgang.',
  'myProgress.delete.button': 'Verwijder mijn gegevens',
  'myProgress.delete.confirm': 'Weet je het zeker? Je kunt dit niet ongedaan maken.',
  'myProgress.delete.yes': 'Ja, verwijder alles',
  'myProgress.delete.no': 'Nee, niet verwijderen',
  'myProgress.delete.done': 'Je gegevens zijn verwijderd. Deze browser bewaart niets meer van deze cursus.',
  'myProgress.delete.kept': 'Er is niets verwijderd.',
  'myProgress.delete.failed':
    'Je gegevens konden niet worden verwijderd: je browser laat deze site niet bij de opslag.',
  'searchPage.title': 'Zoeken',
  'searchPage.intro': 'Zoek in alle lessen, kennisvragen en casussen.',
  'searchPage.noscript':
    'Zoeken werkt alleen als JavaScript aan staat. Je vindt alle lessen ook via je beroepsgroep op de startpagina.',
  'searchPage.home': 'Naar de startpagina',
  'search.label': 'Waar zoek je naar?',
  'search.group': 'Beroepsgroep',
  'search.group.all': 'Alle beroepsgroepen',
  'search.submit': 'Zoeken',
  'search.loading': 'De zoekfunctie wordt geladen …',
  'search.error': 'De zoekfunctie kon niet laden. Controleer je internetverbinding en probeer het opnieuw.',
  'search.count.one': '1 resultaat voor “{query}”.',
  'search.count.other': '{count} resultaten voor “{query}”.',
  'search.approximate.one': 'Niets gevonden voor “{query}”. Wel 1 resultaat voor een woord dat erop lijkt.',
  'search.approximate.other':
    'Niets gevonden voor “{query}”. Wel {count} resultaten voor woorden die erop lijken.',
  'search.none': 'Geen resultaten voor “{query}”.',
  'search.none.tip':
    'Probeer een ander woord of een korter woord, bijvoorbeeld “signalen” of “Veilig Thuis”.',
  'search.none.group': 'Je zoekt nu alleen bij {group}. Kies “Alle beroepsgroepen” om overal te zoeken.',
  'search.more': 'Toon meer resultaten',
  'search.meta': '{kind} – {group}',
  'search.kind.les': 'Les',
  'search.kind.casus': 'Casus',
  'search.kind.kennisvraag': 'Kennisvraag',
  'naslag.title': 'Naslag meldcode: {group}',
  'naslag.intro': 'De meldcode op één pagina, voor tijdens je werk. Je kunt deze pagina ook printen.',
  'naslag.contacts.heading': 'Wie bel je?',
  'naslag.steps.heading': 'De vijf stappen',
  'naslag.afwegingen.heading': 'Het afwegingskader',
  'naslag.afwegingen.intro': 'Stap 4 en 5: beantwoord de vijf afwegingen op volgorde.',
  'naslag.answer.ja': 'Ja:',
  'naslag.answer.nee': 'Nee:',
  'naslag.acuut.heading': 'Acute onveiligheid',
  'naslag.acuut.act': 'Wacht niet op de andere stappen: handel meteen. Bij direct gevaar bel je 112.',
  'naslag.structureel.heading': 'Structurele onveiligheid',
  'naslag.examples': 'Voorbeelden:',
  'naslag.kindcheck.heading': 'Kindcheck',
  'naslag.signalen.heading': 'Signalen',
  'naslag.signalen.intro': 'Een signaal is nooit een bewijs. Hoe meer signalen, hoe sterker je zorg.',
  'naslag.routes.heading': 'Andere routes',
  'naslag.routes.eergerelateerd': 'Eergerelateerd geweld, huwelijksdwang en VGV',
  'naslag.routes.collega': 'Vermoeden tegen een collega',
  'naslag.link.lesson': 'Lees de les over het afwegingskader',
  'naslag.link.wijzer': 'Loop de stappen door met de stappenplan-wijzer',
  'naslag.print':
    'Werken met de meldcode – naslag {group}. Gebruik altijd ook de meldcode van je eigen organisatie.',
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
  'wijzer.steps.heading': 'Stap 1 tot en met 3: wat heb je al gedaan?',
  'wijzer.steps.intro': 'Kies wat klopt. Daarna kijkt de wijzer of je aan afweging 1 toe bent.',
  'wijzer.steps.stap1': 'Stap 1: signalen',
  'wijzer.steps.signalen':
    'Ik heb de signalen vastgelegd in het dossier: feiten apart van wat ik denk, met datum en bron.',
  'wijzer.steps.kindcheck': 'Kindcheck: zorgt je cliënt voor kinderen, en zijn die veilig?',
  'wijzer.steps.kindcheck.open': 'Nog niet gedaan',
  'wijzer.steps.kindcheck.geen-zorgen': 'Gedaan: geen zorgen over kinderen',
  'wijzer.steps.kindcheck.zorgen': 'Gedaan: zorgen over de kinderen',
  'wijzer.steps.overleg': 'Stap 2: met wie heb je overlegd?',
  'wijzer.steps.gesprek': 'Stap 3: het gesprek met de betrokkene(n)',
  'wijzer.steps.gesprek.open': 'Nog niet gevoerd',
  'wijzer.steps.gesprek.gevoerd': 'Gevoerd',
  'wijzer.steps.gesprek.overgeslagen': 'Overgeslagen, omdat {reason}',
  'wijzer.steps.next': 'Verder naar afweging 1',
  'wijzer.answer.ja': 'Ja',
  'wijzer.answer.nee': 'Nee',
  'wijzer.answered': 'Afweging {n}: {answer}. Uitkomst: {outcome}.',
  'wijzer.refused': 'Dat kan nu niet',
  'wijzer.undo': 'Vorige antwoord terugdraaien',
  'wijzer.steps.back': 'Terug naar stap 1 tot en met 3',
  'wijzer.hulp.text':
    'Spreek een termijn af. Afweging 5 beantwoord je pas als de hulp loopt en je een tijd hebt gevolgd wat die oplevert. Bewaar je situatie op dit apparaat of kopieer de samenvatting, en kom daarna terug.',
  'wijzer.hulp.done': 'De hulp loopt, en ik heb de effecten gevolgd',
  'wijzer.hulp.early': 'Afweging 5 nu al beantwoorden',
  'wijzer.melden.text':
    'Bel Veilig Thuis: 0800-2000. Vertel het je cliënt of de ouders vooraf, en waarom, behalve als dat iemand in gevaar brengt.',
  'wijzer.melden.hulp': 'Mijn eigen hulp gaat door naast de melding',
  'wijzer.melden.done': 'Ik heb gemeld',
  'wijzer.acuut.summary': 'Acuut gevaar?',
  'wijzer.acuut.text':
    'Is iemand nu in gevaar? Wacht dan niet op de andere stappen. Bel 112 bij direct gevaar, en schakel Veilig Thuis in: 0800-2000.',
  'wijzer.acuut.reason': 'Wat is er aan de hand?',
  'wijzer.acuut.act': 'Ik handel nu: acuut gevaar',
  'wijzer.summary.show': 'Bekijk de samenvatting tot nu toe',
  'wijzer.summary.back': 'Terug naar de wijzer',
  'wijzer.note.label': 'Notitie voor je dossier (niet verplicht)',
  'wijzer.note.hint': 'Schrijf geen namen of andere gegevens waaraan iemand te herkennen is.',
  'wijzer.copy': 'Kopieer de samenvatting',
  'wijzer.copied': 'De samenvatting is gekopieerd. Plak die in je dossier.',
  'wijzer.copy.fallback': 'Kopiëren lukte niet. Selecteer de tekst hieronder en kopieer die zelf.',
  'wijzer.copy.fallbackLabel': 'De samenvatting als tekst',
  'wijzer.print': 'Print de samenvatting',
  'wijzer.save': 'Bewaar op dit apparaat',
  'wijzer.saved': 'Bewaard op dit apparaat. Wat je hierna kiest, wordt ook bewaard, tot je het verwijdert.',
  'wijzer.save.failed':
    'Bewaren lukte niet: je browser staat het niet toe. Kopieer of print de samenvatting.',
  'wijzer.delete': 'Verwijder van dit apparaat',
  'wijzer.deleted': 'Je situatie is verwijderd van dit apparaat.',
  'wijzer.restored': 'Je bewaarde situatie van {date} is geopend.',
  'wijzer.unreadable':
    'Op dit apparaat staat een bewaarde situatie die de wijzer niet kan lezen. Je kunt die verwijderen.',
  'wijzer.unreadable.newer':
    'Op dit apparaat staat een situatie uit een nieuwere versie van de wijzer. Laad de pagina opnieuw.',
  'wijzer.restart': 'Begin opnieuw',
} as const;

/** A key of the interface strings. */
export type UiKey = keyof typeof ui;

/** Fills `{name}` placeholders; throws on a missing value so a broken string never reaches a page. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return format(ui[key], values, key);
}

/** Fills the `{name}` placeholders of a string an island received as a prop; throws like `t`. */
export function format(
  template: string,
  values: Record<string, string | number> = {},
  key = template,
): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`ui string "${key}" needs a value for {${name}}`);
    return String(value);
  });
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
