/**
 * The strings of a beroepsgroep's naslag, the reference card for on the job. Part of `ui` (ui.ts
 * spreads them in).
 */
export const naslagStrings = {
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
} as const;
