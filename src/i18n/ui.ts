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
  'footer.text': 'Een open e-learning. Geen cookies, geen trackers. Je gegevens blijven in je browser.',
  'footer.about': 'Over dit platform en privacy',
  'home.title': 'Werken met de meldcode',
  'home.intro.1':
    'Zie je signalen van huiselijk geweld of kindermishandeling? Dan helpt de meldcode je om goed te handelen.',
  'home.intro.2':
    'De meldcode heeft vijf stappen. In deze cursus leer je wat je bij elke stap doet. Je leest korte lessen voor jouw beroepsgroep.',
  'home.start.heading': 'Begin hier',
  'home.start.text':
    'Iedereen begint met deze module. Je leert de basis van de meldcode, voor elke beroepsgroep hetzelfde.',
  'home.groups.heading': 'Kies daarna je beroepsgroep',
  'group.studyTime': 'Studietijd: ongeveer {time} (lessen en casussen samen).',
  'group.goals.heading': 'Wat je leert',
  'group.lessons.heading': 'Lessen',
  'group.lessons.empty': 'Er zijn nog geen lessen voor deze beroepsgroep.',
  'group.professionals': 'Voor wie: {list}.',
  'group.cases.heading': 'Casussen',
  'group.cases.intro':
    'In een casus oefen je met een situatie uit je werk. Bij elke stap kies je wat je doet, en je hoort waarom dat wel of niet goed is. Deze oefening in de browser volgt binnenkort.',
  'group.cases.empty': 'Er zijn nog geen casussen voor deze module.',
  'group.completion.heading': 'Afronden',
  'group.completion.text':
    'Je rondt de module af als je alle lessen hebt gelezen, alle kennisvragen hebt beantwoord en elke casus haalt met minstens {percent}% van de punten.',
  'group.sources.heading': 'Bronnen',
  'group.sources.intro': 'De informatie in deze module komt uit deze bronnen:',
  'case.minutes': '{minutes} min oefenen',
  'duration.minute': '1 minuut',
  'duration.minutes': '{minutes} minuten',
  'duration.hours': '{hours} uur',
  'duration.hoursAndMinutes': '{hours} uur en {rest}',
  'lesson.minutes': '{minutes} min lezen',
  'lesson.back': 'Terug naar {group}',
  'lesson.next': 'Volgende les: {title}',
  'check.heading': 'Test je kennis',
  'check.intro': 'Kies je antwoord. Open daarna het antwoord en kijk of je het goed had.',
  'check.reveal': 'Bekijk het antwoord',
  'check.answer.single': 'Het goede antwoord:',
  'check.answer.multiple': 'De goede antwoorden:',
  'check.explanation': 'Uitleg:',
  'notFound.title': 'Pagina niet gevonden',
  'notFound.text': 'Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt.',
  'notFound.home': 'Ga naar de startpagina',
  'title.separator': ' – ',
} as const;

/** A key of the interface strings. */
export type UiKey = keyof typeof ui;

/** Fills `{name}` placeholders; throws on a missing value so a broken string never reaches a page. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return ui[key].replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`ui string "${key}" needs a value for {${name}}`);
    return String(value);
  });
}
