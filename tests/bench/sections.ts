import type { BenchSection } from './bench-section.ts';
import { buildGrowth } from './build-growth.ts';
import { caseRunBundle } from './case-run-bundle.ts';
import { certificateWeight } from './certificate-weight.ts';
import { certificateVerification } from './certificates.ts';
import { encodedCaseLogs, encodedProgress } from './encoded-progress.ts';
import { engineGrowth } from './engine-growth.ts';
import { engineRows } from './engine.ts';
import { hostileBatch } from './hostile-batch.ts';
import { hostilePage, hostilePerFile } from './hostile-page.ts';
import { lighthouseMobile } from './lighthouse.ts';
import { lmsPackages } from './lms-packages.ts';
import { offlineWeight } from './offline-weight.ts';
import { pagesOverBudget } from './over-budget.ts';
import { organisationPage } from './organisation-page.ts';
import { searchWeight } from './search-weight.ts';
import { siteBuild, siteWeight } from './site.ts';
import { slowNetwork } from './slow-network.ts';
import { surfaceCaseAttempts, surfaceCueTable, surfaceQuestions } from './surface-strategies.ts';

/** The sections of `npm run bench`, in the order they run; add a module and list it here. */
export const sections: readonly BenchSection[] = [
  siteBuild,
  siteWeight,
  pagesOverBudget,
  caseRunBundle,
  searchWeight,
  slowNetwork,
  lighthouseMobile,
  lmsPackages,
  offlineWeight,
  { name: 'engine (per case)', run: ({ root }) => engineRows(root) },
  encodedProgress,
  encodedCaseLogs,
  buildGrowth,
  engineGrowth,
  certificateVerification,
  certificateWeight,
  organisationPage,
  hostileBatch,
  hostilePage,
  hostilePerFile,
  surfaceCaseAttempts,
  surfaceQuestions,
  surfaceCueTable,
];
