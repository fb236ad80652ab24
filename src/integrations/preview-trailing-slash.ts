import type { AstroIntegration } from 'astro';

/**
 * `astro preview` answers an address without its final slash, such as `/over`, with Astro's own English
 * 404 page (`trailingSlash: 'always'`), where a static host redirects to `/over/` or serves our Dutch
 * 404 page, which adds the slash. For the preview only, `trailingSlash: 'ignore'` lets Astro serve the
 * page itself (`/over` shows dist/over/index.html) and dist/404.html for unknown addresses. The build
 * and the dev server keep `always`, so every link the site makes still ends in a slash.
 */
export function previewTrailingSlash(): AstroIntegration {
  return {
    name: 'meldcode:preview-trailing-slash',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'preview') updateConfig({ trailingSlash: 'ignore' });
      },
    },
  };
}
