import { existsSync, globSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { beroepsgroepSchema, type Beroepsgroep } from '../beroepsgroep/beroepsgroep.schema.ts';
import { CaseError, didYouMean, type CaseIssue } from '../case/case-issue.ts';
import { compileCase, type CompiledCase } from '../case/compile-case.ts';
import { checkArchive } from './check-archive.ts';
import { checkPersonNames } from './check-person-names.ts';
import { checkCasePaths } from './check-case-paths.ts';
import { checkSurfaceCues } from './check-surface-cues.ts';
import { loadLessons, type LoadedLesson } from './load-lessons.ts';
import { loadNaslag } from './load-naslag.ts';
import { GLOSSARY_FILE, loadGlossary } from './load-glossary.ts';
import { loadPersonen, PERSONEN_FILE } from './load-personen.ts';
import type { GlossaryEntry } from '../glossary/glossary.schema.ts';
import type { Naslag } from '../naslag/naslag.schema.ts';
import { parseCase } from './parse-case.ts';
import { describeIssue } from './describe-issue.ts';
import { parseYaml } from './parse-yaml.ts';
import { readSource } from './read-source.ts';
import { textsOf } from '../search/texts-of.ts';

/** A case that passed every check, with its file and the case as authored (for hashing and the archive). */
export interface LoadedCase {
  file: string;
  compiled: CompiledCase;
  authored: Record<string, unknown>;
}

export interface LoadedContent {
  beroepsgroepen: Beroepsgroep[];
  cases: LoadedCase[];
  lessons: LoadedLesson[];
  /** The naslag of each beroepsgroep (content/naslag/), in the groups' order. */
  naslag: Naslag[];
  /** The begrippenlijst (content/begrippen.yaml), in the file's order. */
  glossary: GlossaryEntry[];
  issues: CaseIssue[];
}

/** Reads a content file safely: one issue (in Dutch) for a missing, empty, binary or oversized file. */
export function readContentFile(root: string, file: string): { text?: string; issue?: CaseIssue } {
  const read = readSource(join(root, file));
  return read.ok ? { text: read.text } : { issue: { file, message: read.message } };
}

/** Reads the beroepsgroepen (modules) under `content/beroepsgroepen/`, in display order; issues for broken files. */
export function loadBeroepsgroepen(root: string): { beroepsgroepen: Beroepsgroep[]; issues: CaseIssue[] } {
  const beroepsgroepen: Beroepsgroep[] = [];
  const issues: CaseIssue[] = [];
  for (const file of globSync('content/beroepsgroepen/*.yaml', { cwd: root }).sort()) {
    const { text, issue } = readContentFile(root, file);
    if (issue) {
      issues.push(issue);
      continue;
    }
    const parsed = parseYaml(text!, { expected: 'een beroepsgroep met velden zoals id en name' });
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((problem) => ({ file, ...problem })));
      continue;
    }
    const result = beroepsgroepSchema.safeParse(parsed.data, { reportInput: true });
    const id = basename(file, '.yaml');
    if (!result.success) {
      for (const problem of result.error.issues)
        issues.push({
          file,
          line: parsed.lineOf(problem.path as string[]),
          message: describeIssue(problem),
        });
    } else if (result.data.id !== id) {
      issues.push({ file, message: `id "${result.data.id}" moet gelijk zijn aan de bestandsnaam "${id}"` });
    } else {
      beroepsgroepen.push(result.data);
    }
  }
  beroepsgroepen.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'nl'));
  return { beroepsgroepen, issues };
}

/** Parses, compiles and path-checks one case file; every problem comes back as an issue. */
export function loadCaseFile(
  root: string,
  path: string,
  beroepsgroepen: Beroepsgroep[],
): { loaded?: LoadedCase; issues: CaseIssue[] } {
  const file = relative(root, join(root, path));
  const { text, issue } = readContentFile(root, file);
  if (issue) return { issues: [issue] };
  const parsed = parseCase(text!, file);
  if (!parsed.caseDef) return { issues: parsed.issues };
  const def = parsed.caseDef;
  const line = parsed.lineOf(['beroepsgroep']);
  const groep = beroepsgroepen.find((g) => g.id === def.beroepsgroep);
  if (!groep) {
    const known = beroepsgroepen.map((g) => g.id);
    return {
      issues: [
        {
          file,
          line,
          message: `beroepsgroep: "${def.beroepsgroep}" staat niet in content/beroepsgroepen/${didYouMean(def.beroepsgroep, known)}`,
        },
      ],
    };
  }
  const folder = basename(dirname(file));
  if (folder !== def.beroepsgroep)
    return {
      issues: [
        {
          file,
          line,
          message: `beroepsgroep "${def.beroepsgroep}" past niet bij de map "${folder}"; verplaats het bestand of pas het veld aan`,
        },
      ],
    };
  try {
    const compiled = compileCase(def, {
      sector: groep.sector,
      passPercentage: groep.passPercentage,
      file,
      lineOf: parsed.lineOf,
    });
    const issues = checkCasePaths(compiled, file).map((found) => ({
      ...found,
      line: found.line ?? nodeLine(def, found, parsed.lineOf),
    }));
    return issues.length > 0
      ? { issues }
      : { loaded: { file, compiled, authored: parsed.authored! }, issues };
  } catch (error) {
    if (error instanceof CaseError) return { issues: error.issues };
    throw error;
  }
}

/**
 * The one content loader for the build, the pages and the CLIs: modules, lessons and cases (or just
 * the given case files), checked, in display order. A broken file is an issue; the others still load.
 * The archive checks (check-archive.ts) run last, on the cases that passed everything else, then, on
 * all content, the check that no option gives its answer away (check-surface-cues.ts) and that no
 * first name has two roles across the cases (check-person-names.ts, content/personen.yaml).
 */
export function loadContent(root: string, casePaths?: string[]): LoadedContent {
  const content = loadContentWithoutArchive(root, casePaths);
  const cases = content.cases.filter((loaded) => {
    const issues = checkArchive(root, [loaded]);
    content.issues.push(...issues);
    return issues.length === 0;
  });
  // Whether options give the answer away is a property of a whole module: only checked on all content.
  if (!casePaths) content.issues.push(...checkSurfaceCues({ ...content, cases }));
  // A first name keeps one role across all cases: also only checked on all content.
  if (!casePaths && existsSync(join(root, PERSONEN_FILE))) {
    const personen = loadPersonen(root);
    content.issues.push(...personen.issues);
    const named = content.cases.map((loaded) => ({
      id: loaded.compiled.def.id,
      text: textsOf(loaded.authored).join('\n'),
    }));
    if (personen.issues.length === 0) content.issues.push(...checkPersonNames(personen, named));
  }
  return { ...content, cases };
}

/**
 * loadContent without the archive checks, for `npm run archive:content` (which is what settles them)
 * and `npm run play` (trying out a draft publishes nothing). The build and the lint use loadContent,
 * so a case whose current version is not archived never ships.
 */
export function loadContentWithoutArchive(root: string, casePaths?: string[]): LoadedContent {
  const { beroepsgroepen, issues } = loadBeroepsgroepen(root);
  // Lessons are checked against every module file, also a broken one: its own problem is reported above.
  const groupIds = globSync('content/beroepsgroepen/*.yaml', { cwd: root }).map((file) =>
    basename(file, '.yaml'),
  );
  const loaded = casePaths ? { lessons: [], issues: [] } : loadLessons(root, groupIds);
  issues.push(...loaded.issues);
  const naslag = casePaths ? { naslag: [], issues: [] } : loadNaslag(root, beroepsgroepen);
  issues.push(...naslag.issues);
  const glossary =
    casePaths || !existsSync(join(root, GLOSSARY_FILE)) ? { glossary: [], issues: [] } : loadGlossary(root);
  issues.push(...glossary.issues);
  const cases: LoadedCase[] = [];
  const paths = casePaths ?? globSync('content/casussen/**/*.yaml', { cwd: root }).sort();
  const ids = new Map<string, string>();
  for (const path of paths) {
    const result = loadCaseFile(root, path, beroepsgroepen);
    issues.push(...result.issues);
    if (!result.loaded) continue;
    const id = result.loaded.compiled.def.id;
    const other = ids.get(id);
    if (other)
      issues.push({
        file: path,
        message: `case-id "${id}" wordt ook gebruikt door ${other}; elk id is uniek`,
      });
    ids.set(id, path);
    cases.push(result.loaded);
  }
  return {
    beroepsgroepen,
    cases,
    lessons: loaded.lessons,
    naslag: naslag.naslag,
    glossary: glossary.glossary,
    issues,
  };
}

function nodeLine(
  def: { nodes: { id: string; choices?: { id: string }[] }[]; consequences?: { id: string }[] },
  issue: CaseIssue,
  lineOf: (p: (string | number)[]) => number | undefined,
) {
  const k = def.consequences?.findIndex((consequence) => consequence.id === issue.consequence) ?? -1;
  if (k >= 0) return lineOf(['consequences', k, 'id']);
  const n = def.nodes.findIndex((node) => node.id === issue.node);
  if (n < 0) return undefined;
  const c = def.nodes[n].choices?.findIndex((choice) => choice.id === issue.choice) ?? -1;
  return c >= 0
    ? (lineOf(['nodes', n, 'choices', c, 'action']) ?? lineOf(['nodes', n, 'choices', c]))
    : lineOf(['nodes', n, 'id']);
}
