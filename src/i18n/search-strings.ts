/**
 * The strings of the search page and its search box: the form, the results and what is said about
 * them. Part of `ui` (ui.ts spreads them in).
 */
export const searchStrings = {
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
} as const;
