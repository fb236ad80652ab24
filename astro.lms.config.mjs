// @ts-check
import site from './astro.config.mjs';
import { lmsLaunchPages } from './src/integrations/lms-launch-pages.ts';

// The build for LMS packages (npm run build:scorm): the same site, plus a launch page per module, into
// dist-lms/site/. modules/cli/build-scorm.ts then makes every URL relative and zips the packages.
export default {
  ...site,
  outDir: './dist-lms/site',
  // No service worker in a package (its pages do not register one): the LMS serves and caches them.
  integrations: [
    ...(site.integrations ?? []).filter(
      (integration) =>
        !integration || Array.isArray(integration) || integration.name !== 'meldcode:service-worker',
    ),
    lmsLaunchPages(),
  ],
  vite: {
    ...site.vite,
    // Tells src/lib/site-url.ts that addresses made in the browser must be relative to the package.
    define: { ...site.vite?.define, 'import.meta.env.PUBLIC_MELDCODE_PAKKET': JSON.stringify('ja') },
    experimental: {
      // Vite's preload helper would fetch chunks from "/_astro/…", the root of the LMS's host; relative
      // URLs resolve them from the chunk that imports them, wherever the package is unpacked.
      renderBuiltUrl: () => ({ relative: true }),
    },
  },
};
