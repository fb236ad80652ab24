/** A step of the meldcode, as an organisatieprofiel names it. */
export type StepId = 'stap-1' | 'stap-2' | 'stap-3' | 'stap-4' | 'stap-5';

/** How a page shows the organisation's own meldcode (BijOns.astro): all of it, or a box for some steps. */
export type BijOnsView = { kind: 'naslag' } | { kind: 'box'; steps: StepId[] };
