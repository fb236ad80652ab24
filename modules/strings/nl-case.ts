/**
 * The Dutch words of a case's result and of the wijzer: verdicts, answers, outcomes and actions. Part of
 * strings/nl.ts, on its own so that a page loads only the texts it shows: the names of the phases
 * (nl-phase.ts) and why a log does not fit (nl-replay.ts) are apart, since a case page needs those at once
 * and these only for a result.
 */
export const caseText = {
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
} as const;
