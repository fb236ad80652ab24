import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

// How the browser tests start Chromium (playwright.config.ts); a spec that needs one more flag spreads
// these and adds it.

const debianChromium = '/usr/bin/chromium';

export const launchOptions = {
  // Without executablePath Playwright uses its own browser (`npx playwright install chromium`).
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined),
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
} satisfies LaunchOptions;
