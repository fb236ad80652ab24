import { loadContent } from '../../../modules/authoring/load-content.ts';

/** The valid fixture case, compiled. */
export function fixtureCase() {
  const root = new URL('../case/fixtures/', import.meta.url).pathname;
  const { cases, issues } = loadContent(root, ['content/casussen/onderwijs/geldig.yaml']);
  if (issues.length > 0) throw new Error(issues.map((i) => i.message).join('\n'));
  return cases[0].compiled;
}

export const expertEvents = [
  { node: 'signalen', choice: 'noteren' },
  { node: 'overleg', choice: 'collega' },
  { node: 'gesprek', choice: 'ja' },
  { node: 'afweging-1', choice: 'nee' },
];

/** Every case under content/casussen/, compiled and path-checked. */
export function realCases() {
  const { cases, issues } = loadContent(new URL('../../../', import.meta.url).pathname);
  const caseIssues = issues.filter((issue) => issue.file.startsWith('content/casussen/'));
  if (caseIssues.length > 0) throw new Error(caseIssues.map((i) => `${i.file}: ${i.message}`).join('\n'));
  return cases.map(({ compiled }) => compiled);
}
