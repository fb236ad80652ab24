/**
 * The budgets of issue 22 for a first visit (HTML + CSS + JavaScript following static imports, gzip) per
 * page type, and how soon a case page must take its first choice on the slow-4G profile.
 */
export const PAGE_BUDGET_GZIP: Readonly<Record<string, number>> = {
  lesson: 14 * 1024,
  casus: 40 * 1024,
  leertafel: 40 * 1024,
  wijzer: 40 * 1024,
};

/** A case page accepts its first choice within this time on slow 4G (ms from navigation start). */
export const FIRST_CHOICE_BUDGET_MS = 1500;
