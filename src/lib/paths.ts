// The addresses of the course's pages, in one place for pages and islands alike.

/** The module (beroepsgroep) page. */
export const modulePath = (beroepsgroep: string) => `/${beroepsgroep}/`;

/** A lesson page. */
export const lessonPath = (beroepsgroep: string, slug: string) => `/${beroepsgroep}/${slug}/`;

/** A case page (the case player). */
export const casePath = (beroepsgroep: string, caseId: string) => `/${beroepsgroep}/casussen/${caseId}/`;

/** The id of the cases section on a module page: "Oefen nu met de casussen" leads there. */
export const CASES_SECTION = 'casussen';

/** The learner's own page: progress per module, export, import and delete. */
export const PROGRESS_PATH = '/voortgang/';
