/** The words of a case result: dangerous choices, how a case is scored, passed or not. Part of strings/nl.ts. */
export const resultText = {
  /**
   * Dangerous choices (case/critical-choices.ts): taken first, each fails the attempt. Per category a
   * short name, why it is dangerous (`why`), and what the meldcode asks instead (`asks`, shown after
   * a label such as "Wat vraagt de meldcode?").
   */
  critical: {
    'familie-of-verdachte-eerst': {
      name: 'Eerst naar de familie of de verdachte',
      why: 'Je koos eerst om naar de familie of naar degene die verdacht wordt te gaan, hun te vertellen wat je weet, of het slachtoffer aan te raden om het met hen uit te praten. Dan kan die persoon het slachtoffer bedreigen, straffen of onder druk zetten, of bewijs laten verdwijnen. Bij eergerelateerd geweld, huwelijksdwang en meisjesbesnijdenis (VGV) kan de familie het kind of de jongere zelfs snel naar het buitenland brengen.',
      asks: 'Praat eerst met het slachtoffer, overleg met je aandachtsfunctionaris en bel Veilig Thuis (0800-2000). Brengt een gesprek met de familie of de verdachte iemand in gevaar, dan sla je dat gesprek over en schrijf je op waarom. Gaat het om een collega, dan ga je meteen naar de houder of het schoolbestuur, niet naar de collega zelf.',
    },
    'geheimhouding-beloven': {
      name: 'Geheimhouding beloven',
      why: 'Je koos eerst om te beloven dat je niets doorvertelt. Die belofte kun je niet houden: om iemand te beschermen, moet je overleggen en soms melden. Breek je je belofte later, dan raak je het vertrouwen kwijt. Misschien vertelt het kind of de cliënt dan nooit meer iets.',
      asks: 'Luister en neem het verhaal serieus, maar beloof geen geheimhouding. Zeg eerlijk dat je hulp gaat zoeken, en dat je niets achter iemands rug doet als dat veilig kan.',
    },
    'wachten-bij-acuut-gevaar': {
      name: 'Wachten bij acuut gevaar',
      why: 'Er was acuut gevaar, en je koos eerst om te wachten of het uit te stellen. In die tijd kan het kind of de cliënt iets ernstigs overkomen.',
      asks: 'Handel meteen. Bel 112 bij direct gevaar, en schakel dezelfde dag Veilig Thuis in (0800-2000). Je hoeft niet eerst de andere stappen af te maken.',
    },
    'niet-melden': {
      name: 'Niet melden waar het moet',
      why: 'Je koos eerst om niet te melden bij Veilig Thuis, terwijl de meldcode dat hier vraagt. Zonder melding kijkt Veilig Thuis niet mee naar de veiligheid, en kan het geweld doorgaan.',
      asks: 'Meld bij Veilig Thuis als er acute of structurele onveiligheid is (afweging 2 ja). Meld ook als je geen passende hulp kunt bieden, als de hulp niet wordt aanvaard of als die niet tot veiligheid leidt (afweging 3, 4 of 5 nee). Je hebt geen toestemming nodig. Vertel het vooraf aan de betrokkenen als dat veilig kan. Je eigen hulp mag doorgaan.',
    },
    'wettelijke-route-omzeilen': {
      name: 'De wettelijke route voor een collega omzeilen',
      why: 'Er was een vermoeden tegen een collega, en je koos een andere weg dan de wettelijke route. Dan hoort de houder of het schoolbestuur het niet op tijd. De collega kan met kinderen blijven werken, en bewijs kan verloren gaan.',
      asks: 'Vertel het meteen aan de houder (kinderopvang), of rechtstreeks aan het bevoegd gezag, het schoolbestuur (onderwijs). Die overlegt met de vertrouwensinspecteur. Blijft er een redelijk vermoeden, dan doet de houder of het bestuur aangifte bij de politie. Is de houder zelf verdacht, dan ga je naar de politie. Deze route loopt niet via Veilig Thuis, en ook niet via een eigen onderzoek of een gesprek met de collega.',
    },
    'afsluiten-zonder-afspraken': {
      name: 'Afsluiten zonder afspraken',
      why: 'Je koos eerst om af te sluiten of te stoppen, zonder te volgen of de hulp werkt, of zonder afspraken over het vervolg. Komen de zorgen terug, dan ziet niemand het op tijd.',
      asks: 'Spreek een termijn af en volg of de hulp tot veiligheid leidt (afweging 5). Sluit je af, maak dan afspraken: wie let op nieuwe signalen, en wanneer pak je de meldcode weer op. Houd je aan wat je met Veilig Thuis afsprak. Leg alles vast.',
    },
    'letsel-niet-laten-beoordelen': {
      name: 'Letsel niet laten beoordelen',
      why: 'Een kind had letsel, en je koos eerst om het te laten gaan zonder dat een deskundige het letsel beoordeelde. Zo blijft letsel dat iemand heeft toegebracht onopgemerkt, en gaat het kind misschien terug naar de plek waar het gebeurde.',
      asks: 'Overleg, en laat letsel beoordelen door een deskundige (letselduiding), zoals een kinderarts, een forensisch arts, het LECK of de vertrouwensarts van Veilig Thuis. Doe dat voordat je het kind laat gaan.',
    },
  },
  /**
   * How a case is scored, on every result (player and npm run play): only the first choice at a moment
   * counts, a dangerous first choice fails the attempt, and the pass mark. `{…}` are filled in.
   */
  scoring: {
    firstChoice: 'Alleen je eerste keuze bij elk moment telt voor je punten.',
    retry:
      'Kies je daarna opnieuw bij hetzelfde moment? Dan leer je wat wel goed is, maar je krijgt er geen punten meer voor.',
    critical: 'Is je eerste keuze gevaarlijk? Dan haal je de casus niet, hoeveel punten je ook hebt.',
    passMark: 'Je haalt de casus met minstens {percent}% van de punten. Dat is {points} van de {max} punten.',
    wrongOne:
      'Bij 1 moment was je eerste keuze niet de beste. Daarom heb je {total} van de {max} punten, ook als je daarna nog goed koos.',
    wrongOther:
      'Bij {count} momenten was je eerste keuze niet de beste. Daarom heb je {total} van de {max} punten, ook als je daarna nog goed koos.',
    allRight: 'Je koos bij elk moment meteen de beste keuze.',
  },
  result: {
    passed: 'geslaagd',
    failed: 'niet geslaagd',
    criticalFailed: 'niet geslaagd: je maakte een gevaarlijke keuze',
    badEnding: 'niet geslaagd: door je keuze liep het slecht af',
  },
} as const;
