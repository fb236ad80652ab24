/**
 * The Dutch texts a learner sees when the course runs inside a learning platform (SCORM 1.2 or cmi5):
 * what the platform did not record, and what was kept elsewhere. B1 level, "je". The site's own
 * interface text lives in src/i18n/ui.ts; the texts of the domain in nl.ts.
 */
export const lmsText = {
  /** Shown once when the platform refuses or garbles something; `{what}` says what. */
  notRecorded:
    'Je leerplatform heeft {what} niet bewaard. Je voortgang staat nog wel in deze browser. Ga gewoon door; we proberen het bij de volgende stap opnieuw.',
  what: {
    progress: 'je voortgang',
    status: 'je resultaat (afgerond, gehaald of niet gehaald)',
    score: 'je score',
    time: 'je studietijd',
    commit: 'je laatste stappen',
    statement: 'een antwoord of keuze',
    finish: 'het afsluiten van de module',
  },
  noConnection:
    'Er is geen verbinding met je leerplatform. Je kunt de module gewoon volgen; je voortgang blijft in deze browser bewaard, maar je leerplatform ziet niet dat je bezig bent of klaar bent.',
  trimmed:
    'Je leerplatform heeft weinig ruimte voor voortgang. Daarom bewaart het {count} oudere pogingen van casussen die je al hebt gehaald niet. Die pogingen staan nog in deze browser; je resultaat verandert niet.',
  trimmedOne:
    'Je leerplatform heeft weinig ruimte voor voortgang. Daarom bewaart het 1 oudere poging van een casus die je al hebt gehaald niet. Die poging staat nog in deze browser; je resultaat verandert niet.',
  tooLarge:
    'Je voortgang is te groot voor je leerplatform. Het leerplatform houdt je vorige voortgang; de nieuwste staat alleen in deze browser. Maak een casus af, dan is er weer ruimte.',
  otherVersion:
    'Je leerplatform had voortgang van een andere versie van deze module. Die kon niet worden gelezen; we hebben hem apart gezet in deze browser en beginnen met wat hier bekend is.',
  unreadable:
    'De voortgang in je leerplatform was onleesbaar. We hebben hem apart gezet in deze browser en beginnen met wat hier bekend is.',
  browse:
    'Je leerplatform heeft deze module geopend om rond te kijken. Je antwoorden en keuzes tellen nu niet mee voor je resultaat.',
  satisfied: 'Je leerplatform telt deze module nu als afgerond.',
} as const;
