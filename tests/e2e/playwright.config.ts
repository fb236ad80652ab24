import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './chromium-launch.ts';

// Runs against the production build in dist/ (built earlier by `npm test`), served by `astro preview`.

const root = fileURLToPath(new URL('../../', import.meta.url));
const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
  testDir: '.',
  outputDir: `${root}test-results`,
  forbidOnly: Boolean(process.env.CI),
  // Tests never share state, and the axe scans of ~200 page views dominate: use both cores.
  fullyParallel: true,
  // Several tests walk a group of pages; give each page the default 30 s on a busy machine.
  timeout: 180_000,
  workers: 2,
  reporter: 'list',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    // Each test starts clean: the service worker (which precaches the whole site) runs only in the
    // specs that test it or what it requests (offline.spec.ts, privacy.spec.ts).
    serviceWorkers: 'block',
    launchOptions,
  },
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
