/**
 * The stappenplan-wijzer's strings for what it shows after its start screen: steps 1–3, the afwegingen,
 * acute danger, the summary and saving on this device. Part of `ui` (ui.ts spreads them in); the wijzer's
 * later code (src/islands/wijzer/wijzer-later.ts) brings them, so the wijzer page does not carry them.
 */
export const wijzerLaterStrings = {
  'wijzer.steps.heading': 'Stap 1 tot en met 3: wat heb je al gedaan?',
  'wijzer.steps.intro': 'Kies wat klopt. Daarna kijkt de wijzer of je aan afweging 1 toe bent.',
  'wijzer.steps.stap1': 'Stap 1: signalen',
  'wijzer.steps.signalen':
    'Ik heb de signalen vastgelegd in het dossier: feiten apart van wat ik denk, met datum en bron.',
  'wijzer.steps.kindcheck': 'Kindcheck: zorgt deze volwassene voor kinderen, en zijn die veilig?',
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
  'wijzer.melden.text':
    'Bel Veilig Thuis: 0800-2000. Vertel het vooraf aan de volwassene om wie het gaat of aan de ouders, en waarom, behalve als dat iemand in gevaar brengt.',
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
