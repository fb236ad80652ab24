import { closest, distance } from 'fastest-levenshtein';

/** One problem in a case file, located as precisely as we can: file, line, node, choice. */
export interface CaseIssue {
  file: string;
  line?: number;
  node?: string;
  choice?: string;
  /** A consequence (the case's `consequences`), named instead of a node. */
  consequence?: string;
  message: string;
}

/** One line per issue: `file:line: node "x" choice "y": message` — what, where and how to fix. */
export function formatIssue(issue: CaseIssue): string {
  const place = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const where = [
    issue.node && `node "${issue.node}"`,
    issue.choice && `choice "${issue.choice}"`,
    issue.consequence && `gevolg "${issue.consequence}"`,
  ]
    .filter(Boolean)
    .join(' ');
  return where ? `${place}: ${where}: ${issue.message}` : `${place}: ${issue.message}`;
}

/** `; did you mean "x"?` for a misspelt id, or nothing when no candidate is plausibly a typo. */
export function didYouMean(wrong: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  const best = closest(wrong, [...candidates]);
  return distance(wrong, best) <= Math.max(2, Math.floor(best.length / 3)) ? `; bedoel je "${best}"?` : '';
}

/** Thrown when a case cannot be used; carries every issue found, so authors never see a stack trace. */
export class CaseError extends Error {
  readonly issues: CaseIssue[];
  constructor(issues: CaseIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'CaseError';
    this.issues = issues;
  }
}
