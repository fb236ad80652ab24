/** The words of the wijzer and the naslag: refusals in plain words, contacts, the summary. Part of strings/nl.ts. */
export const wijzerText = {
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
    /** Whom to contact next, from the organisation's own profile (organisation-contacts.ts). */
    organisatie: {
      heading: 'Contact bij {organisation}',
      aandachtsfunctionaris: 'Aandachtsfunctionaris: {person}.',
      stap: 'Zo gaat stap {n} bij ons: {line}',
    },
    disclaimer:
      'Gemaakt met de stappenplan-wijzer van Werken met de meldcode. Deze wijzer ondersteunt je, maar vervangt niet het overleg met je aandachtsfunctionaris of het advies van Veilig Thuis (0800-2000).',
  },
} as const;
