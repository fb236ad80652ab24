// The addresses of the course's pages, in one place for pages and islands alike.

/** The module (beroepsgroep) page. */
export const modulePath = (beroepsgroep: string) => `/${beroepsgroep}/`;

/** A lesson page. */
export const lessonPath = (beroepsgroep: string, slug: string) => `/${beroepsgroep}/${slug}/`;

/** A case page (the case player). */
export const casePath = (beroepsgroep: string, caseId: string) => `/${beroepsgroep}/casussen/${caseId}/`;

/** The page of a module's certificate (bewijs van deelname). */
export const certificatePath = (beroepsgroep: string) => `/${beroepsgroep}/certificaat/`;

/** The id of the cases section on a module page: "Oefen nu met de casussen" leads there. */
export const CASES_SECTION = 'casussen';

/** The learner's own page: progress per module, export, import and delete. */
export const PROGRESS_PATH = '/voortgang/';

/** The organisation page: many certificates checked at once, in the browser. */
export const ORGANISATION_PATH = '/organisatie/';

/** The archives its verify workers fetch: verify tables and module editions (modules/certificate/verify-context.ts). */
export const VERIFY_CONTEXT_PATH = '/organisatie/controlearchief.json';
