import type { UiKey } from '../i18n/ui.ts';

/** One link in the main navigation. */
export interface NavItem {
  href: string;
  label: UiKey;
}

/** The main navigation, in display order. */
export const navItems: readonly NavItem[] = [
  { href: '/', label: 'nav.home' },
  { href: '/wijzer/', label: 'nav.wijzer' },
  { href: '/zoeken/', label: 'nav.search' },
  { href: '/voortgang/', label: 'nav.progress' },
  { href: '/over/', label: 'nav.about' },
];

/** Whether `href` is the page at `pathname`; trailing slashes are ignored. */
export function isCurrentPage(href: string, pathname: string): boolean {
  const strip = (path: string) => path.replace(/\/+$/, '') || '/';
  return strip(href) === strip(pathname);
}
