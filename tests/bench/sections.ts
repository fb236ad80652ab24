import type { BenchSection } from './bench-section.ts';
import { buildGrowth } from './build-growth.ts';
import { engineGrowth } from './engine-growth.ts';
import { engineRows } from './engine.ts';
import { searchWeight } from './search-weight.ts';
import { siteBuild, siteWeight } from './site.ts';

/** The sections of `npm run bench`, in the order they run; add a module and list it here. */
export const sections: readonly BenchSection[] = [
  siteBuild,
  siteWeight,
  searchWeight,
  { name: 'engine (per case)', run: ({ root }) => engineRows(root) },
  buildGrowth,
  engineGrowth,
];
