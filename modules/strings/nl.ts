/**
 * Every Dutch text that the domain shows to a learner (names of steps, verdicts, result words,
 * messages about stored data), in one place: B1 level, "je". Author-facing check messages live
 * beside their checks; interface text of the site lives in src/i18n/ui.ts.
 */
export const nl = {
  phase: {
    'stap-1': 'Stap 1: signalen in kaart brengen',
    'stap-2': 'Stap 2: overleggen met een collega en eventueel Veilig Thuis of een letseldeskundige',
    'stap-3': 'Stap 3: gesprek met de betrokkene(n)',
    'stap-4': 'Stap 4: wegen van het geweld of de mishandeling',
    'afweging-1': 'Afweging 1: is er een vermoeden?',
    'afweging-2': 'Afweging 2: is er acute of structurele onveiligheid?',
    'stap-5': 'Stap 5: beslissen over melden en hulp',
    'afweging-3': 'Afweging 3: kan ik passende hulp bieden of organiseren?',
    'afweging-4': 'Afweging 4: aanvaarden de betrokkenen de hulp?',
    'afweging-5': 'Afweging 5: leidt de hulp tot veiligheid?',
    acuut: 'Acuut gevaar: direct handelen',
    'collega-route': 'Vermoeden tegen een collega: de wettelijke route',
  },
  verdict: { goed: 'goed', 'deels-goed': 'deels goed', fout: 'fout' },
  /** The result per phase, by the share of its points the learner earned. */
  phaseVerdict: { goed: 'goed', 'deels-goed': 'deels goed', fout: 'onvoldoende' },
  answer: { ja: 'ja', nee: 'nee' },
  outcome: {
    'afweging-1-ja': 'door naar afweging 2',
    'afweging-1-nee': 'afsluiten en vastleggen in het dossier',
    'afweging-2-ja': 'melden bij Veilig Thuis',
    'afweging-2-nee': 'door naar afweging 3',
    'afweging-3-ja': 'door naar afweging 4',
    'afweging-3-nee': 'melden bij Veilig Thuis',
    'afweging-4-ja': 'hulp bieden of organiseren en de effecten volgen',
    'afweging-4-nee': 'melden bij Veilig Thuis',
    'afweging-5-ja': 'hulp afsluiten met afspraken',
    'afweging-5-nee': '(opnieuw) melden bij Veilig Thuis',
  },
  /** What each action did, for the steps in the order they happened. */
  action: {
    'signalen-vastleggen': 'signalen vastgelegd',
    'kindcheck-zorgen': 'kindcheck: zorgen over de kinderen',
    'kindcheck-geen-zorgen': 'kindcheck: geen zorgen over kinderen',
    'overleg-collega': 'overlegd met een collega',
    'overleg-aandachtsfunctionaris': 'overlegd met de aandachtsfunctionaris',
    'advies-veilig-thuis': 'advies gevraagd aan Veilig Thuis',
    letselduiding: 'letselduiding gevraagd',
    'gesprek-voeren': 'gesprek gevoerd',
    'gesprek-overslaan-gevaar-betrokkenen': 'gesprek overgeslagen: gevaar voor de betrokkenen',
    'gesprek-overslaan-gevaar-professional': 'gesprek overgeslagen: gevaar voor jou of je collega’s',
    'gesprek-overslaan-geen-contact': 'gesprek overgeslagen: geen contact mogelijk',
    'afweging-1-ja': 'afweging 1: ja, er is een vermoeden',
    'afweging-1-nee': 'afweging 1: nee, geen vermoeden',
    'afweging-2-ja': 'afweging 2: ja, acute of structurele onveiligheid',
    'afweging-2-nee': 'afweging 2: nee, geen acute of structurele onveiligheid',
    'afweging-3-ja': 'afweging 3: ja, passende hulp is mogelijk',
    'afweging-3-nee': 'afweging 3: nee, passende hulp is niet mogelijk',
    'afweging-4-ja': 'afweging 4: ja, de hulp wordt aanvaard',
    'afweging-4-nee': 'afweging 4: nee, de hulp wordt niet aanvaard',
    'afweging-5-ja': 'afweging 5: ja, de hulp leidt tot veiligheid',
    'afweging-5-nee': 'afweging 5: nee, de hulp leidt niet tot veiligheid',
    'hulp-volgen': 'hulp gestart en de effecten gevolgd',
    melden: 'gemeld bij Veilig Thuis',
    'melden-en-hulp-bieden': 'gemeld bij Veilig Thuis, en de hulp gaat door',
    'acuut-handelen': 'direct gehandeld bij acuut gevaar',
    'collega-vermoeden-zeden': 'vermoeden van een zedendelict door een medewerker',
    'collega-vermoeden-mishandeling': 'vermoeden van mishandeling door een medewerker',
    'houder-vermoeden-zeden': 'vermoeden van een zedendelict door de houder',
    'houder-vermoeden-mishandeling': 'vermoeden van mishandeling door de houder',
    'houder-informeren': 'de houder geïnformeerd',
    'vertrouwensinspecteur-redelijk-vermoeden': 'vertrouwensinspecteur: redelijk vermoeden',
    'vertrouwensinspecteur-geen-redelijk-vermoeden': 'vertrouwensinspecteur: geen redelijk vermoeden',
    'aangifte-doen': 'aangifte gedaan',
  },
  noAnswer: 'geen antwoord op de afweging',
  retry: 'opnieuw proberen',
  acuteReason: {
    letsel: 'ernstig letsel dat waarschijnlijk is toegebracht',
    verwurging: 'een poging tot verwurging',
    wapens: 'geweld met of dreiging met een wapen',
    'seksueel-geweld': 'seksueel misbruik of seksueel geweld met een reëel risico dat het opnieuw gebeurt',
    falsificatie: 'een verzorger die klachten vervalst en zo de gezondheid acuut bedreigt',
    onthulling: 'een onthulling: het slachtoffer vertelt over het geweld',
    'zorg-valt-weg':
      'de zorg voor een kind of afhankelijke dreigt weg te vallen (suïcide, psychose, onder invloed)',
    'gedwongen-vlucht': 'iemand moet het huis uit vluchten voor geweld',
    zwangerschap: 'geweld tegen een zwangere vrouw, of middelengebruik dat het ongeboren kind acuut bedreigt',
    oorlogsgeweld: 'een kind wordt blootgesteld aan oorlogsgeweld',
    mensenhandel: 'mensenhandel of uitbuiting',
    levensbedreiging:
      'een acute dreiging met doden, ernstig verwonden of vrijheidsberoving (zoals eerwraak, huwelijksdwang of VGV)',
    'basiszorg-ontbreekt':
      'de meest basale zorg ontbreekt (eten, drinken, kleding, onderdak of nodige medische zorg)',
  },
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
  /**
   * For a professional, where the machine's own explanation (explain-refusal.ts, written for authors)
   * names ids or case fields: the same rule in plain words (explain-to-professional.ts).
   */
  refusal: {
    done: 'Je hebt het stappenplan voor deze situatie afgerond. Begin opnieuw voor een nieuwe situatie.',
    gesprekReden:
      'Je mag het gesprek alleen overslaan als het gesprek de veiligheid van de betrokkenen in gevaar brengt, als je vreest voor je eigen veiligheid of die van je collega’s, of als je ondanks je moeite geen contact kreeg. Vind je het gesprek moeilijk? Bereid het voor met een collega, de aandachtsfunctionaris of Veilig Thuis.',
    afweging5VoorHulp:
      'Afweging 5 gaat over het resultaat van de hulp. Die beantwoord je pas als de hulp is gestart en je een tijd hebt gevolgd wat die oplevert.',
    afwegingNaMelden:
      'Na deze uitkomst meld je bij Veilig Thuis. De volgende afwegingen loop je daarna samen met Veilig Thuis door.',
    melden:
      'Melden volgt op afweging 2 ja, 3 nee, 4 nee of 5 nee. Bij acuut gevaar handel je meteen, zonder op de andere stappen te wachten.',
    hulpVolgen: 'Hulp bieden en de effecten volgen hoort na afweging 4 ja, en voor afweging 5.',
    acuteReden: 'Kies eerst wat er acuut aan de hand is.',
    collega:
      'Bij een vermoeden tegen een collega geldt in de kinderopvang en het onderwijs een aparte wettelijke route. Die staat in de naslag van je beroepsgroep.',
  },
  /** Contacts for the naslag and the wijzer; numbers only as the fact base gives them. */
  contact: {
    noodnummer: { name: 'Direct gevaar', number: '112', note: 'Bel 112 als iemand nu in gevaar is.' },
    veiligThuis: {
      name: 'Veilig Thuis',
      number: '0800-2000',
      note: 'Gratis, dag en nacht. Voor advies, ook zonder namen, en om te melden.',
    },
    aandachtsfunctionaris: {
      name: 'Je aandachtsfunctionaris',
      number: null,
      note: 'De deskundige collega voor huiselijk geweld en kindermishandeling in je eigen organisatie.',
    },
    vertrouwensinspecteur: {
      name: 'Meldpunt vertrouwensinspecteurs',
      number: '0900-111 3 111',
      note: 'Tijdens kantooruren. Bij een vermoeden tegen een collega.',
    },
  },
  /** The wijzer: a professional's own situation, and the summary for the dossier. */
  wijzer: {
    client: { kind: 'een kind (jonger dan 18)', volwassene: 'een volwassene' },
    overleg: {
      collega: 'een collega',
      aandachtsfunctionaris: 'de aandachtsfunctionaris',
      'veilig-thuis': 'Veilig Thuis (advies)',
      letselduiding: 'een deskundige voor letselduiding',
    },
    /** Each reads after "omdat": the verb at the end. */
    gesprekReden: {
      'gevaar-betrokkenen': 'het gesprek de veiligheid van de betrokkenen in gevaar brengt',
      'gevaar-professional': 'ik voor mijn eigen veiligheid of die van collega’s vrees',
      'geen-contact': 'ik ondanks mijn moeite geen contact kreeg',
      'andere-reden': 'er een andere reden is (bijvoorbeeld: het gesprek is moeilijk)',
    },
    title: 'Samenvatting meldcode',
    made: 'Gemaakt op {date}',
    group: 'Beroepsgroep: {group}',
    about: 'Zorgen over: {client}',
    stappen: 'Stap 1 tot en met 3',
    signalen: { ja: 'Stap 1: signalen vastgelegd.', nee: 'Stap 1: signalen nog niet vastgelegd.' },
    kindcheck: {
      open: 'Kindcheck: nog niet gedaan.',
      zorgen: 'Kindcheck: zorgen over de kinderen.',
      geenZorgen: 'Kindcheck: geen zorgen over kinderen.',
    },
    overlegMet: 'Stap 2: overlegd met {list}.',
    overlegOpen: 'Stap 2: nog geen overleg.',
    gesprekGevoerd: 'Stap 3: gesprek gevoerd.',
    gesprekOvergeslagen: 'Stap 3: gesprek overgeslagen, omdat {reason}.',
    gesprekOpen: 'Stap 3: nog geen gesprek.',
    afwegingen: 'Afwegingen',
    afweging: 'Afweging {n}: {question} Antwoord: {answer}. Uitkomst: {outcome}.',
    geenAfwegingen: 'Nog geen afweging beantwoord.',
    hulpGevolgd: 'De hulp is gestart en de effecten zijn gevolgd.',
    acuut: 'Acuut gevaar: {reason}. Direct gehandeld.',
    gemeld: 'Gemeld bij Veilig Thuis.',
    gemeldMetHulp: 'Gemeld bij Veilig Thuis. De eigen hulp gaat door.',
    stand: 'Stand',
    next: 'Volgende stap: {step}',
    end: {
      gemeld: 'Afgerond: gemeld bij Veilig Thuis.',
      afgesloten: 'Afgerond: afgesloten en vastgelegd in het dossier (afweging 1 nee).',
      afgeslotenMetAfspraken: 'Afgerond: hulp afgesloten met afspraken (afweging 5 ja).',
    },
    nextStep: {
      stappen: 'stap 1 tot en met 3 afmaken, dan afweging 1',
      hulpVolgen: 'hulp bieden of organiseren en de effecten volgen, dan afweging 5',
      melden: 'melden bij Veilig Thuis (0800-2000)',
    },
    note: 'Notitie: {note}',
    disclaimer:
      'Gemaakt met de stappenplan-wijzer van Werken met de meldcode. Deze wijzer ondersteunt je, maar vervangt niet het overleg met je aandachtsfunctionaris of het advies van Veilig Thuis (0800-2000).',
  },
  /** Questions for a group meeting (leertafel) at a moment whose case gives none of its own. */
  discussion: {
    doen: 'Wat zou jij doen, en waarom?',
    kader: 'Wat zegt het afwegingskader hierover?',
    afweging: 'Afweging {n} vraagt: {vraag} Wat is jouw antwoord, en op welke feiten baseer je dat?',
    acuut: 'Is hier acuut gevaar? Wat moet er nu meteen gebeuren?',
    collega: 'Wat is hier anders, nu het vermoeden een collega betreft?',
    einde: 'Wat vind je van deze afloop? Wat had er anders gekund?',
    gevolg: 'Hoe kwam het tot dit gevolg? Wat had je op het moment van de keuze anders kunnen doen?',
  },
  replay: {
    mismatch: 'Keuze {index} in het logboek past niet bij deze casus: {reason}',
    finished: 'de casus was al afgelopen.',
    otherNode: 'verwacht moment "{expected}", maar het logboek noemt "{actual}".',
    notPossible: 'keuze "{choice}" is hier niet mogelijk.',
  },
} as const;

/** Fills `{name}` placeholders in one of the strings above. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
