import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// `npm run test:pages`: the walks over every built page (the axe scan in all-pages.axe.ts, 320 px, requests
// and cookies in every-page.walk.ts), against the same preview server as the site's browser tests. Their
// names do not end in .spec.ts, so `npm run test:e2e` does not pick them up.
export default defineConfig({ ...base, testMatch: /\.(axe|walk)\.ts$/ });
