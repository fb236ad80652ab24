/**
 * The strings of the organisation page, Bewijzen van deelname controleren: picking files, the register
 * with its filter, columns and verdicts, and the CSV export. Part of `ui` (ui.ts spreads them in).
 */
export const organisationStrings = {
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
