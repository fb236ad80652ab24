/** Where the site keeps progress in localStorage; nothing else is stored, and no cookie is set. */
export const PROGRESS_KEY = 'meldcode:voortgang';
/** Where unreadable progress is set aside, so starting afresh never destroys what the learner had. */
export const SET_ASIDE_KEY = 'meldcode:voortgang:apart';
