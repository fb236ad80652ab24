import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { formatTable, type BenchRow } from './bench-section.ts';
import { sections } from './sections.ts';

// `npm run bench`: measures and prints, never asserts. Results go to tests/bench/results/.

const root = fileURLToPath(new URL('../../', import.meta.url));
const results: Record<string, BenchRow[]> = {};

for (const section of sections) {
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
writeFileSync(new URL('latest.json', dir), json);
console.log(`\nWritten to ${fileURLToPath(file)} and latest.json`);
