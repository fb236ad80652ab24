/**
 * The strings of the organisation's own meldcode ("Bij ons"): setting up a profile on /bij-ons/ and the
 * boxes that show it. Part of `ui` (ui.ts spreads them in).
 */
export const bijOnsStrings = {
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
} as const;
