import { pageType } from './page-weight.ts';
import { builtPages } from './site.ts';

/** The pages the browser sections time: the home page, the first lesson and the first case in dist/. */
export function benchPages(dist: string): { type: string; path: string }[] {
  const paths = [...builtPages(dist).keys()].sort();
  const first = (type: string) => paths.find((path) => pageType(path) === type);
  return ['home', 'lesson', 'casus'].flatMap((type) => {
    const path = first(type);
    return path ? [{ type, path }] : [];
  });
}
