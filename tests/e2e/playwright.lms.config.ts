import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// The LMS packages (npm run build:scorm, in dist-lms/) against real runtimes: each spec starts its own
// small server on 127.0.0.1 (a host page with scorm-again, or a learning record store), so no
// `astro preview` here. Specs end in .lms.ts so the site's e2e run does not pick them up.
// The packages are expected built with the basisschool example as organisatieprofiel, as npm test does:
// MELDCODE_ORGANISATIE=content/organisaties/voorbeelden/basisschool.yaml npm run build:scorm
export default defineConfig({
  ...base,
  testDir: './lms',
  testMatch: '*.lms.ts',
  // A whole module's statements or 240 attempts go through the real runtimes: more than the default 30 s on a busy machine.
  timeout: 90_000,
  webServer: undefined,
  use: { ...base.use, baseURL: undefined },
});
