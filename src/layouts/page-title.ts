import { t } from '../i18n/ui.ts';

/** The document title: "<page> – <site>", or just the site name for the home page. */
export function pageTitle(title?: string): string {
  const site = t('site.name');
  return title && title !== site ? `${title}${t('title.separator')}${site}` : site;
}
