/** Questions for a group meeting (leertafel). Part of strings/nl.ts. */
export const discussionText = {
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
} as const;
