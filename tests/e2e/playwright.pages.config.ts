import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// `npm run test:pages`: the axe walk over every built page (all-pages.axe.ts), against the same preview
// server as the site's browser tests. It ends in .axe.ts so `npm run test:e2e` does not pick it up.
export default defineConfig({ ...base, testMatch: '*.axe.ts' });
