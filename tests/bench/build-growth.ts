import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { archiveNewVersions } from '../../modules/authoring/archive-new-versions.ts';
import { median, type BenchSection } from './bench-section.ts';

const FACTORS = [1, 2, 4];
const BUILDS = 2;
/** What a build needs from the repository; node_modules is linked, not copied. */
const COPIED = ['src', 'content', 'modules', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** Astro and Vite write their caches here; the copy keeps its own so it never touches the repository's. */
const LOCAL_CACHES = new Set(['.astro', '.vite']);

/**
 * Rewrites top-level `key: value` lines (starting at column 0) of a YAML text; nested keys are left
 * alone. Throws when a key is missing, so a changed content format fails loudly instead of silently.
 */
export function rewriteTopLevel(yaml: string, edits: Record<string, (value: string) => string>): string {
  const seen = new Set<string>();
  const lines = yaml.split('\n').map((line) => {
    const match = /^([A-Za-z0-9_-]+):(\s*)(.*)$/.exec(line);
    if (!match) return line;
    const [, key = '', space = '', value = ''] = match;
    const edit = edits[key];
    if (!edit || seen.has(key)) return line;
    seen.add(key);
    return `${key}:${space || ' '}${edit(value)}`;
  });
  const missing = Object.keys(edits).filter((key) => !seen.has(key));
  if (missing.length > 0) throw new Error(`no top-level ${missing.join(', ')} line to rewrite`);
  return lines.join('\n');
}

/** The id of copy n of a beroepsgroep or case. */
export const copyId = (id: string, n: number) => `${id}-kopie-${n}`;

/**
 * Multiplies the content under `root` by `factor`: adds factor − 1 copies of every beroepsgroep
 * with its lessons, naslag and cases, each with its own id (and a distinct order), lists the people of
 * each copied case in content/personen.yaml, and archives the copied cases, as an author would, so the
 * copy passes the content and archive checks of the build.
 */
export function multiplyContent(root: string, factor: number): void {
  const content = join(root, 'content');
  const personenFile = join(content, 'personen.yaml');
  const personen = parse(readFileSync(personenFile, 'utf8')) as Record<string, unknown>;
  const groups = readdirSync(join(content, 'beroepsgroepen'))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => basename(file, '.yaml'));
  for (let n = 1; n < factor; n++) {
    for (const id of groups) {
      const copy = copyId(id, n);
      const groupYaml = readFileSync(join(content, 'beroepsgroepen', `${id}.yaml`), 'utf8');
      writeFileSync(
        join(content, 'beroepsgroepen', `${copy}.yaml`),
        rewriteTopLevel(groupYaml, { id: () => copy, order: (order) => String(Number(order) + n * 1000) }),
      );
      if (existsSync(join(content, 'lessen', id)))
        cpSync(join(content, 'lessen', id), join(content, 'lessen', copy), { recursive: true });
      if (existsSync(join(content, 'naslag', `${id}.yaml`))) {
        const naslagYaml = readFileSync(join(content, 'naslag', `${id}.yaml`), 'utf8');
        writeFileSync(
          join(content, 'naslag', `${copy}.yaml`),
          rewriteTopLevel(naslagYaml, { beroepsgroep: () => copy }),
        );
      }
      if (!existsSync(join(content, 'casussen', id))) continue;
      mkdirSync(join(content, 'casussen', copy));
      for (const file of readdirSync(join(content, 'casussen', id)).filter((f) => f.endsWith('.yaml'))) {
        const caseYaml = readFileSync(join(content, 'casussen', id, file), 'utf8');
        writeFileSync(
          join(content, 'casussen', copy, file),
          rewriteTopLevel(caseYaml, { id: (caseId) => copyId(caseId, n), beroepsgroep: () => copy }),
        );
        const caseId = basename(file, '.yaml');
        personen[copyId(caseId, n)] = personen[caseId];
      }
    }
  }
  writeFileSync(personenFile, stringify(personen));
  if (factor > 1) archiveNewVersions(root, new Date().toISOString().slice(0, 10));
}

/** A copy of the site under `dir` that builds on its own: sources copied, packages linked. */
function copySite(root: string, dir: string): void {
  for (const entry of COPIED) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  // Each package is linked one by one rather than node_modules as a whole, leaving out the caches
  // tools keep there (LOCAL_CACHES): a build of the copy must not write into the repository's.
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!LOCAL_CACHES.has(entry)) symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
}

const countFiles = (dir: string, suffix: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(suffix)).length;

/** `astro build` (with the content path checks) on the content ×1, ×2 and ×4, in a temporary copy. */
export const buildGrowth: BenchSection = {
  name: 'site build vs content size',
  run({ root }) {
    const parent = mkdtempSync(join(tmpdir(), 'meldcode-bench-'));
    try {
      return FACTORS.map((factor) => {
        const dir = join(parent, `x${factor}`);
        mkdirSync(dir);
        copySite(root, dir);
        multiplyContent(dir, factor);
        const seconds = Array.from({ length: BUILDS }, () => {
          const start = performance.now();
          const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
            cwd: dir,
            encoding: 'utf8',
          });
          if (result.status !== 0) {
            console.log(result.stdout);
            console.error(result.stderr);
            throw new Error(`astro build of the content ×${factor} failed (exit ${result.status})`);
          }
          return (performance.now() - start) / 1000;
        });
        const pages = countFiles(join(dir, 'dist'), '.html');
        const s = median(seconds);
        return {
          content: `×${factor}`,
          pages,
          cases: countFiles(join(dir, 'content', 'casussen'), '.yaml'),
          'median s': Number(s.toFixed(2)),
          'all s': seconds.map((x) => x.toFixed(2)).join(' / '),
          's per page': Number((s / pages).toFixed(3)),
        };
      });
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  },
};
