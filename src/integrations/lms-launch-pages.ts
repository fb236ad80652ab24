import type { AstroIntegration } from 'astro';

/**
 * Only in the LMS build (astro.lms.config.mjs): adds a launch page per module at
 * `/lms/<beroepsgroep>/`, which holds the SCORM or cmi5 session and shows the module's pages in a
 * frame. The public site has no such pages.
 */
export function lmsLaunchPages(): AstroIntegration {
  return {
    name: 'meldcode:lms-launch-pages',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/lms/[beroepsgroep]',
          entrypoint: './src/lms/launch.astro',
          prerender: true,
        });
      },
    },
  };
}
