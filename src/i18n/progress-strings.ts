/**
 * The strings of a learner's progress: the progress bar and lines on a module page, "Verder waar je was"
 * on the home page, and the page Mijn voortgang (export, import and deleting). Part of `ui` (ui.ts
 * spreads them in).
 */
export const progressStrings = {
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
} as const;
