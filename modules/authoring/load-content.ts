import { globSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { beroepsgroepSchema, type Beroepsgroep } from '../beroepsgroep/beroepsgroep.schema.ts';
import { CaseError, didYouMean, type CaseIssue } from '../case/case-issue.ts';
import { checkCasePaths } from './check-case-paths.ts';
import { compileCase, type CompiledCase } from '../case/compile-case.ts';
import { parseCase } from './parse-case.ts';
import { loadLessons, type LoadedLesson } from '../authoring/load-lessons.ts';

export interface LoadedContent {
  beroepsgroepen: Beroepsgroep[];
  cases: { file: string; compiled: CompiledCase }[];
  lessons: LoadedLesson[];
  issues: CaseIssue[];
}

/** Reads the beroepsgroepen defined under `content/beroepsgroepen/`; issues for broken files. */
export function loadBeroepsgroepen(root: string): { beroepsgroepen: Beroepsgroep[]; issues: CaseIssue[] } {
  const beroepsgroepen: Beroepsgroep[] = [];
  const issues: CaseIssue[] = [];
  for (const path of globSync('content/beroepsgroepen/*.yaml', { cwd: root }).sort()) {
    const result = beroepsgroepSchema.safeParse(parse(readFileSync(join(root, path), 'utf8')));
    if (!result.success) {
      issues.push(
        ...result.error.issues.map((issue) => ({
          file: path,
          message: `${issue.path.join('.')}: ${issue.message}`,
        })),
      );
    } else if (result.data.id !== basename(path, '.yaml')) {
      issues.push({
        file: path,
        message: `id "${result.data.id}" must equal the file name "${basename(path, '.yaml')}"`,
      });
    } else {
      beroepsgroepen.push(result.data);
    }
  }
  return { beroepsgroepen: beroepsgroepen.sort((a, b) => a.order - b.order), issues };
}

/** Parses, compiles and path-checks one case file; every problem comes back as an issue. */
export function loadCaseFile(
  root: string,
  path: string,
  beroepsgroepen: Beroepsgroep[],
): { compiled?: CompiledCase; issues: CaseIssue[] } {
  const file = relative(root, join(root, path));
  const parsed = parseCase(readFileSync(join(root, path), 'utf8'), file);
  if (!parsed.caseDef) return { issues: parsed.issues };
  const def = parsed.caseDef;
  const groep = beroepsgroepen.find((g) => g.id === def.beroepsgroep);
  if (!groep) {
    const known = beroepsgroepen.map((g) => g.id);
    const message = `beroepsgroep: "${def.beroepsgroep}" is not defined in content/beroepsgroepen/${didYouMean(def.beroepsgroep, known)}`;
    return { issues: [{ file, line: parsed.lineOf(['beroepsgroep']), message }] };
  }
  const folder = basename(dirname(file));
  if (folder !== def.beroepsgroep) {
    const message = `beroepsgroep "${def.beroepsgroep}" does not match the folder "${folder}"; move the file or fix the field`;
    return { issues: [{ file, line: parsed.lineOf(['beroepsgroep']), message }] };
  }
  try {
    const compiled = compileCase(def, {
      sector: groep.sector,
      passPercentage: groep.passPercentage,
      file,
      lineOf: parsed.lineOf,
    });
    const issues = checkCasePaths(compiled, file).map((issue) => ({
      ...issue,
      line: issue.line ?? nodeLine(def, issue, parsed.lineOf),
    }));
    return issues.length > 0 ? { issues } : { compiled, issues };
  } catch (error) {
    if (error instanceof CaseError) return { issues: error.issues };
    throw error;
  }
}

/** Loads and checks all content, or the given case files; used by lint:content, the build and tests. */
export function loadContent(root: string, casePaths?: string[]): LoadedContent {
  const { beroepsgroepen, issues } = loadBeroepsgroepen(root);
  const loaded = casePaths
    ? { lessons: [], issues: [] }
    : loadLessons(
        root,
        beroepsgroepen.map((g) => g.id),
      );
  issues.push(...loaded.issues);
  const cases: LoadedContent['cases'] = [];
  const paths = casePaths ?? globSync('content/casussen/**/*.yaml', { cwd: root }).sort();
  const ids = new Map<string, string>();
  for (const path of paths) {
    const result = loadCaseFile(root, path, beroepsgroepen);
    issues.push(...result.issues);
    if (!result.compiled) continue;
    const other = ids.get(result.compiled.def.id);
    if (other)
      issues.push({
        file: path,
        message: `case id "${result.compiled.def.id}" is also used by ${other}; ids must be unique`,
      });
    ids.set(result.compiled.def.id, path);
    cases.push({ file: path, compiled: result.compiled });
  }
  return { beroepsgroepen, cases, lessons: loaded.lessons, issues };
}

function nodeLine(
  def: { nodes: { id: string; choices?: { id: string }[] }[] },
  issue: CaseIssue,
  lineOf: (p: (string | number)[]) => number | undefined,
) {
  const n = def.nodes.findIndex((node) => node.id === issue.node);
  if (n < 0) return undefined;
  const c = def.nodes[n].choices?.findIndex((choice) => choice.id === issue.choice) ?? -1;
  return c >= 0
    ? (lineOf(['nodes', n, 'choices', c, 'action']) ?? lineOf(['nodes', n, 'choices', c]))
    : lineOf(['nodes', n, 'id']);
}
