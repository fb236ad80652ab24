import { discussionText } from '../../modules/strings/nl-discussion.ts';
import { checkStrings } from './check-strings.ts';
import { format } from './format.ts';
import { leertafelLaterStrings } from './leertafel-later-strings.ts';
import { playerLaterStrings } from './player-later-strings.ts';
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
  'player.loading': 'De keuzes worden geladen …',
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
  'player.resumed': 'Je gaat verder waar je was gebleven.',
  'player.changed':
    'Deze casus is veranderd sinds je laatste poging. Daarom begin je opnieuw. Je eerdere poging blijft bewaard.',
  'player.unfit':
    'Je vorige poging past niet meer bij deze casus. Daarom begin je opnieuw. Je eerdere poging blijft bewaard.',
  'player.noStorage':
    'Je browser laat deze site niets bewaren. Je kunt de casus spelen, maar je poging blijft niet bewaard.',
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
  'progress.heading': 'Jouw voortgang',
  'progress.bar': '{percent}% van de module gedaan',
  'progress.next.first': 'Begin met de eerste les: {title}',
  'progress.next.lesson': 'Verder met de les: {title}',
  'progress.next.case': 'Verder met de casus: {title}',
  'progress.next.certificate': 'Maak je bewijs van deelname',
  'progress.item': 'Voortgang: {status}',
  'progress.lesson.read': 'Gelezen',
  'progress.lesson.notStarted': 'Nog niet gestart',
  'progress.lesson.answers': '{right} van {questions} kennisvragen goed beantwoord',
  'progress.case.notStarted': 'Nog niet gestart',
  'progress.case.busy': 'Bezig',
  'progress.case.passed': 'Klaar — {total} van {max} punten, gehaald',
  'progress.case.failed': 'Klaar — {total} van {max} punten, niet gehaald',
  'progress.case.older.one': '1 poging met een oudere versie van deze casus telt niet mee.',
  'progress.case.older.other': '{count} pogingen met een oudere versie van deze casus tellen niet mee.',
  'progress.case.unreadable': 'Een of meer pogingen konden niet worden gelezen en tellen niet mee.',
  'progress.summary':
    '{lessonsRead} van {lessons} lessen gelezen, {right} van {questions} kennisvragen goed beantwoord en {casesPassed} van {cases} casussen gehaald.',
  'progress.remaining': 'Nog te doen: {list}.',
  'progress.remaining.lessons.one': '1 les lezen',
  'progress.remaining.lessons.other': '{count} lessen lezen',
  'progress.remaining.questions.one': '1 kennisvraag goed beantwoorden',
  'progress.remaining.questions.other': '{count} kennisvragen goed beantwoorden',
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
    'Je krijgt een bestand met alles wat je hebt gedaan, en met het profiel van je organisatie als je dat hebt toegevoegd. Bewaar het goed: met dit bestand ga je verder op een ander apparaat of in een andere browser.',
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
  'myProgress.import.profile.saved':
    'Het organisatieprofiel van {organisation} uit het bestand is nu ook in deze browser bewaard.',
  'myProgress.import.profile.kept':
    'Het organisatieprofiel uit het bestand ({organisation}) is niet ingelezen: deze browser heeft al het profiel van {current}. Dat blijft. Een ander profiel kies je op de pagina Bij ons.',
  'myProgress.import.profile.other': 'een andere organisatie',
  'myProgress.import.profile.refused':
    'Het organisatieprofiel in het bestand is niet ingelezen, omdat het niet klopt: {issues}. Je voortgang is wel ingelezen.',
  'myProgress.import.profile.noText':
    'Het organisatieprofiel in het bestand is beschadigd en is niet ingelezen. Je voortgang is wel ingelezen.',
  'myProgress.import.profile.line': 'regel',
  'myProgress.import.profile.notSaved':
    'Het organisatieprofiel uit het bestand is niet bewaard: deze browser staat opslaan niet toe.',
  'myProgress.delete.heading': 'Verwijder mijn gegevens',
  'myProgress.delete.text':
    'Je wist alles wat deze cursus in deze browser heeft bewaard: gelezen lessen, antwoorden, pogingen, afgeronde modules, een bewaarde situatie in de wijzer en het organisatieprofiel. Wil je het bewaren? Exporteer dan eerst je voortgang.',
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
  'search.kind.naslag': 'Naslag',
  'search.kind.begrip': 'Begrip',
  'bijOns.heading': 'Bij ons: {organisation}',
  'bijOns.people': 'Je aandachtsfunctionaris',
  'bijOns.steps': 'Wie doet wat',
  'bijOns.agreements': 'Onze afspraken',
  'bijOns.colleague': 'Vermoeden tegen een collega: hier meld je het',
  'bijOns.meldcode': 'Onze eigen meldcode:',
  'bijOns.meldcode.link': 'open de meldcode',
  'bijOns.note':
    'Deze gegevens komen van je organisatie. Ze vullen de meldcode aan met namen en afspraken; de regels van de meldcode blijven gelden.',
  'bijOns.broken':
    'Het organisatieprofiel in deze browser is beschadigd of klopt niet meer. Daarom staat het hier niet.',
  'bijOns.manage': 'Bekijk of vervang het profiel',
  'bijOns.box.heading': 'Zo doen wij het bij {organisation}',
  'bijOns.box.ask': 'Vragen? Je aandachtsfunctionaris is',
  'bijOns.page.title': 'De meldcode van je organisatie',
  'bijOns.page.intro':
    'Elke organisatie heeft een eigen meldcode. Daarin staat wie je aandachtsfunctionaris is en wie welke stap zet. Heb je van je organisatie een profiel gekregen? Voeg het hier toe. Dan zie je in de naslag ook wie je bij jou bereikt.',
  'bijOns.page.private':
    'Het profiel blijft in deze browser. Het gaat nergens heen. Je kunt het altijd weer verwijderen.',
  'bijOns.page.noscript': 'Voor het toevoegen van een profiel is JavaScript nodig.',
  'bijOns.pick': 'Kies het profiel van je organisatie (een .yaml- of .json-bestand)',
  'bijOns.preview': 'Zo ziet het profiel eruit. Klopt het? Bewaar het dan in deze browser.',
  'bijOns.save': 'Bewaar in deze browser',
  'bijOns.saved': 'Bewaard. De naslag van je beroepsgroep laat nu zien wie je bij jou bereikt.',
  'bijOns.notSaved': 'Bewaren lukte niet: deze browser staat opslaan niet toe.',
  'bijOns.remove': 'Verwijder uit deze browser',
  'bijOns.removed': 'Het profiel is verwijderd uit deze browser.',
  'bijOns.refused': 'Dit profiel kun je niet gebruiken. Vraag je aandachtsfunctionaris om het te verbeteren:',
  'bijOns.storedBroken':
    'Het profiel in deze browser is beschadigd of klopt niet meer. Het staat daarom niet in de naslag. Verwijder het, of kies een nieuw profiel:',
  'bijOns.line': 'Regel',
  'bijOns.tooLarge':
    'Dit bestand is te groot voor een profiel. Een profiel noemt alleen namen, nummers en korte afspraken.',
  'bijOns.link.broken': 'De link met het profiel is beschadigd. Vraag je organisatie om een nieuwe link.',
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
  'naslag.link.bijOns': 'Voeg de meldcode van je organisatie toe',
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
  ...wijzerLaterStrings,
  'certificate.heading': 'Bewijs van deelname',
  'certificatePage.title': 'Bewijs van deelname: {module}',
  'certificatePage.back': 'Terug naar de module {module}',
  'certificate.intro':
    'Als de module af is, maak je hier een bewijs van deelname: een PDF om te bewaren of te mailen, en hetzelfde bewijs als .json-bestand. Je organisatie kan allebei controleren.',
  'certificate.notYet': 'Je kunt een bewijs maken als de module af is.',
  'certificate.name': 'Naam',
  'certificate.name.hint': 'Zoals je naam op het bewijs moet staan.',
  'certificate.organisation': 'Organisatie (niet verplicht)',
  'certificate.registration': 'Registratienummer BIG of SKJ (niet verplicht)',
  'certificate.registration.hint': 'Bijvoorbeeld BIG 12345678901 of SKJ 110012345.',
  'certificate.privacy':
    'Wat je hier typt, komt alleen in het bestand dat je downloadt. Het wordt niet bewaard en nergens heen gestuurd.',
  'certificate.submit': 'Maak mijn bewijs',
  'certificate.busy': 'Je bewijs wordt gemaakt…',
  'certificate.ready': 'Je bewijs van deelname is klaar',
  'certificate.code': 'Controlecode: {code}',
  'certificate.code.help':
    'Deze code staat ook op de PDF. Je organisatie controleert het bewijs op de pagina Bewijzen controleren.',
  'certificate.downloadPdf': 'Download de PDF',
  'certificate.downloadJson': 'Download het .json-bestand',
  'certificate.failed':
    'Het bewijs kon niet worden gemaakt. Controleer je internetverbinding, laad de pagina opnieuw en probeer het nog eens.',
  'organisation.title': 'Bewijzen van deelname controleren',
  'organisation.description':
    'Controleer veel bewijzen van deelname tegelijk en maak er een register van, zonder iets te uploaden.',
  'organisation.lead':
    'Heb je als organisatie bewijzen van deelname van je medewerkers gekregen? Kies hier de PDF- of .json-bestanden. Je browser controleert ze en maakt er een overzicht van, dat je als CSV voor Excel kunt bewaren.',
  'organisation.private.heading': 'Er wordt niets geüpload',
  'organisation.private':
    'De bestanden blijven op je computer. De controle gebeurt in je browser; er gaat geen naam of bestand naar ons of naar iemand anders.',
  'organisation.checks.heading': 'Wat de controle nakijkt',
  'organisation.checks.intro':
    'De controle kijkt bij elk bestand vier dingen na. Klopt alles? Dan staat er "klopt" in het overzicht.',
  'organisation.checks.file':
    'Het bestand is niet veranderd nadat het is gemaakt. Dat laat de controlehash in het bestand zien.',
  'organisation.checks.choices':
    'De keuzes in de casussen halen de norm. De controle rekent de score zelf opnieuw uit, op de versie van de module die in het bewijs staat. Alle kennisvragen van die versie zijn beantwoord.',
  'organisation.checks.date':
    'De datum kan kloppen: hij ligt niet in de toekomst, en niet voor de dag dat die versie van de module er was. Een klok die tot een dag verkeerd staat, mag.',
  'organisation.checks.pdf':
    'Bij een PDF: de naam en de verificatiecode op de PDF zijn dezelfde als in het bewijs dat erin zit.',
  'organisation.notProven.heading': 'Wat "klopt" niet bewijst',
  'organisation.notProven':
    'Een bewijs wordt gemaakt in de browser van de deelnemer. Er is geen server die meekijkt of tekent. De broncode is open: wie die gebruikt, kan zelf een bewijs maken dat klopt, zonder de cursus te doen.',
  'organisation.lms.heading': 'Wanneer gebruik je beter het LMS-pakket?',
  'organisation.lms':
    'Gaat het om verplichte scholing of accreditatie? Of wil je om een andere reden zeker weten wie de cursus heeft gedaan? Zet de cursus dan in jullie eigen leeromgeving (LMS), met het SCORM- of cmi5-pakket. Je medewerkers loggen daar in. Jullie eigen systeem houdt bij wie welke module heeft afgerond, met de score en de tijd. Dat kun je wel vertrouwen.',
  'organisation.pick': 'Kies bestanden (PDF of .json, meer tegelijk mag)',
  'organisation.pick.hint':
    'Een nieuwe keuze vervangt het vorige overzicht. Bestanden van 1 MB of groter worden niet gelezen.',
  'organisation.drop': 'Of sleep de bestanden hierheen.',
  'organisation.notChecked.error':
    'Niet gecontroleerd: de controle in je browser stopte door een fout. Kies dit bestand opnieuw om het nog eens te proberen.',
  'organisation.notChecked.stalled':
    'Niet gecontroleerd: de controle in je browser gaf te lang geen antwoord en is gestopt. Kies dit bestand opnieuw om het nog eens te proberen.',
  'organisation.progress': 'Voortgang van de controle',
  'organisation.counted': '{done} van {total} bestanden gecontroleerd',
  'organisation.started': 'De controle van {total} bestanden is begonnen.',
  'organisation.finished': 'Klaar: {total} bestanden gecontroleerd. Klopt: {valid}. Klopt niet: {invalid}.',
  'organisation.results': 'Overzicht',
  'organisation.filter.text': 'Zoek in het overzicht',
  'organisation.filter.status': 'Toon',
  'organisation.filter.all': 'alle bestanden',
  'organisation.filter.valid': 'alleen wat klopt',
  'organisation.filter.invalid': 'alleen wat niet klopt',
  'organisation.filter.flagged': 'alleen met een opmerking',
  'organisation.shown.none': 'Geen bestand past bij je keuze.',
  'organisation.shown.only': 'Het bestand past bij je keuze en staat in de tabel.',
  'organisation.shown.one': '1 van de {total} bestanden past bij je keuze en staat in de tabel.',
  'organisation.shown.every': 'Alle {total} bestanden staan in de tabel.',
  'organisation.shown.all': '{matching} van de {total} bestanden passen bij je keuze en staan in de tabel.',
  'organisation.shown.some':
    '{matching} van de {total} bestanden passen bij je keuze; de eerste {shown} staan in de tabel.',
  'organisation.csvNote': 'De CSV bevat altijd alle bestanden.',
  'organisation.more': 'Toon {count} rijen meer',
  'organisation.tableRegion': 'Tabel met de gecontroleerde bestanden',
  'organisation.caption': 'Gecontroleerde bewijzen van deelname. Kies een kolomkop om te sorteren.',
  'organisation.col.name': 'Naam',
  'organisation.fileAsName': 'naam van het bestand',
  'organisation.col.organisation': 'Organisatie',
  'organisation.col.beroepsgroep': 'Beroepsgroep',
  'organisation.col.module': 'Module',
  'organisation.col.date': 'Datum',
  'organisation.col.time': 'Gemeten leertijd',
  'organisation.timeEstimate': 'geschat: {time}',
  'organisation.timeNote':
    'Gemeten leertijd: de tijd dat de deelnemer echt bezig was (de pagina in beeld, niet langer dan 3 minuten zonder iets te doen). "Niet gemeten": het bewijs of het werk is van voor de meting. "Snel afgerond": minder dan een derde van de geschatte studietijd.',
  'organisation.col.tries': 'Pogingen',
  'organisation.tries.cases': 'casussen: {count} keer geprobeerd',
  'organisation.tries.questions': 'kennisvragen: {count} keer een antwoord gecontroleerd',
  'organisation.col.score': 'Score',
  'organisation.col.code': 'Code en versie',
  'organisation.edition': 'versie {edition}',
  'organisation.codeNote':
    'Zag je het bewijs op papier of als PDF in een mail? Kijk dan of de verificatiecode daarop dezelfde is als in de kolom Code en versie.',
  'organisation.col.status': 'Uitkomst',
  'organisation.col.file': 'Bestand',
  'organisation.col.note': 'Opmerking',
  'organisation.export': 'Bewaar als CSV (voor Excel)',
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
