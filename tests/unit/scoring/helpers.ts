import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Beroepsgroep } from '../../../modules/beroepsgroep/beroepsgroep.schema.ts';
import { loadCaseFile, loadContent } from '../../../modules/case/load-content.ts';
import type { CompiledCase } from '../../../modules/case/compile-case.ts';

/** The valid fixture case, compiled. */
export function fixtureCase() {
  const root = new URL('../case/fixtures/', import.meta.url).pathname;
  return loadCases(root, ['content/casussen/onderwijs/geldig.yaml'])[0];
}

/** Every case under content/casussen/, compiled and path-checked. */
export function realCases(): CompiledCase[] {
  return loadCases(new URL('../../../', import.meta.url).pathname);
}

/**
 * Cases through loadContent when the beroepsgroepen pass their schema; otherwise (content written
 * before the module fields goals, sources and passPercentage existed) through loadCaseFile with only
 * what compiling a case needs, so scoring tests do not wait for unrelated content work.
 */
function loadCases(root: string, paths?: string[]): CompiledCase[] {
  const content = loadContent(root, paths);
  if (content.beroepsgroepen.length > 0) {
    const caseIssues = content.issues.filter((issue) => issue.file.startsWith('content/casussen/'));
    if (caseIssues.length > 0) throw new Error(caseIssues.map((i) => `${i.file}: ${i.message}`).join('\n'));
    return content.cases.map(({ compiled }) => compiled);
  }
  const groups = globSync('content/beroepsgroepen/*.yaml', { cwd: root }).map(
    (file) => parse(readFileSync(join(root, file), 'utf8')) as Beroepsgroep,
  );
  return (paths ?? globSync('content/casussen/**/*.yaml', { cwd: root }).sort()).map((path) => {
    const { compiled, issues } = loadCaseFile(root, path, groups);
    if (!compiled) throw new Error(issues.map((i) => `${i.file}: ${i.message}`).join('\n'));
    return compiled;
  });
}

export const expertEvents = [
  { node: 'signalen', choice: 'noteren' },
  { node: 'overleg', choice: 'collega' },
  { node: 'gesprek', choice: 'ja' },
  { node: 'afweging-1', choice: 'nee' },
];
