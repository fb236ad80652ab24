// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { contentCheck } from './src/integrations/content-check.ts';

// A fully static site: every page is prebuilt HTML and only islands ship JavaScript.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), preact()],
  devToolbar: { enabled: false },
});
