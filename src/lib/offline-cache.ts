/**
 * The cache the service worker keeps pages and their files in once they were opened, and where a
 * module download ("Beschikbaar zonder internet") puts them (`src/integrations/service-worker.ts`).
 */
export const PAGE_CACHE = 'meldcode-paginas';

/** A module's download list, `/<beroepsgroep>/zonder-internet.json` (`src/integrations/offline-plan.ts`). */
export const MODULE_FILES = 'zonder-internet.json';
