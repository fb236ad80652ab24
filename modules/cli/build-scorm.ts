import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { loadBeroepsgroepen } from '../authoring/load-content.ts';
import { loadSearchDocuments } from '../authoring/load-search-documents.ts';
import { ensureDir, writePackages } from '../lms/write-packages.ts';

// npm run build:scorm — after `astro build --config astro.lms.config.mjs` (the site with a launch page per
// module in dist-lms/site/), writes a SCORM 1.2 and a cmi5 package per module to dist-lms/.
const root = process.cwd();
const { beroepsgroepen, issues } = loadBeroepsgroepen(root);
if (issues.length > 0) {
  console.error('De modules in content/beroepsgroepen kunnen niet worden gelezen: npm run lint:content.');
  process.exit(1);
}
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const out = join(root, 'dist-lms');
ensureDir(out);
const written = writePackages(join(out, 'site'), out, beroepsgroepen, version, loadSearchDocuments(root));
console.log(`${written.length} pakketten in dist-lms/: ${written.join(', ')}`);
