import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { formatTable, selectSections, type BenchRow } from './bench-section.ts';
import { sections } from './sections.ts';

// `npm run bench`: measures and prints, never asserts. Results go to tests/bench/results/.
// `npm run bench -- encoded bundle` runs only the sections whose name contains one of the words; such
// a partial run is written to its own dated file but does not replace latest.json.

const root = fileURLToPath(new URL('../../', import.meta.url));
const filters = process.argv.slice(2);
const results: Record<string, BenchRow[]> = {};

for (const section of selectSections(sections, filters)) {
  console.log(`\n## ${section.name}\n`);
  const rows = await section.run({ root });
  results[section.name] = rows;
  console.log(formatTable(rows));
}

const date = new Date().toISOString();
const report = {
  date,
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  cpus: availableParallelism(),
  sections: results,
};
const dir = new URL('results/', import.meta.url);
mkdirSync(dir, { recursive: true });
const json = JSON.stringify(report, null, 2) + '\n';
const file = new URL(`${date.replace(/[:.]/g, '-')}.json`, dir);
writeFileSync(file, json);
if (filters.length === 0) writeFileSync(new URL('latest.json', dir), json);
console.log(`\nWritten to ${fileURLToPath(file)}${filters.length === 0 ? ' and latest.json' : ''}`);
