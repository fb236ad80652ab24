/**
 * The strings of the certificate page: the form, making the certificate and its code, and downloading
 * it. Part of `ui` (ui.ts spreads them in).
 */
export const certificateStrings = {
  'certificate.heading': 'Bewijs van deelname',
  'certificatePage.title': 'Bewijs van deelname: {module}',
  'certificatePage.back': 'Terug naar de module {module}',
  'certificate.intro':
    'Als de module af is, maak je hier een bewijs van deelname: een PDF om te bewaren of te mailen, en hetzelfde bewijs als .json-bestand. Je organisatie kan allebei controleren.',
  'certificate.notYet': 'Je kunt een bewijs maken als de module af is.',
  'certificate.name': 'Naam',
  'certificate.name.hint': 'Zoals je naam op het bewijs moet staan.',
  'certificate.organisation': 'Organisatie (niet verplicht)',
  'certificate.registration': 'Registratienummer BIG of SKJ (niet verplicht)',
  'certificate.registration.hint': 'Bijvoorbeeld BIG 12345678901 of SKJ 110012345.',
  'certificate.privacy':
    'Wat je hier typt, komt alleen in het bestand dat je downloadt. Het wordt niet bewaard en nergens heen gestuurd.',
  'certificate.submit': 'Maak mijn bewijs',
  'certificate.busy': 'Je bewijs wordt gemaakt…',
  'certificate.ready': 'Je bewijs van deelname is klaar',
  'certificate.code': 'Controlecode: {code}',
  'certificate.code.help':
    'Deze code staat ook op de PDF. Je organisatie controleert het bewijs op de pagina Bewijzen controleren.',
  'certificate.downloadPdf': 'Download de PDF',
  'certificate.downloadJson': 'Download het .json-bestand',
  'certificate.failed':
    'Het bewijs kon niet worden gemaakt. Controleer je internetverbinding, laad de pagina opnieuw en probeer het nog eens.',
} as const;
