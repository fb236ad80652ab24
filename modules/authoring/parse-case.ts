import type { CaseIssue } from '../case/case-issue.ts';
import {
  caseSchema,
  choiceSchema,
  consequenceSchema,
  dialogueLineSchema,
  nodeSchema,
  type CaseDef,
} from '../case/case.schema.ts';
import { describeIssue } from './describe-issue.ts';
import { parseYaml, type LineOf } from './parse-yaml.ts';

export interface ParsedCase {
  caseDef?: CaseDef;
  /** The case as authored (before schema defaults and trimming): what is hashed and archived. */
  authored?: Record<string, unknown>;
  issues: CaseIssue[];
  /** 1-based line of a value in the source, for issues found later (compile, path checks). */
  lineOf: LineOf;
}

/** Parses and validates a YAML case file; every problem becomes an issue with file, line, node and choice. */
export function parseCase(source: string, file: string): ParsedCase {
  const parsed = parseYaml(source);
  if (!parsed.ok)
    return { issues: parsed.issues.map((issue) => ({ file, ...issue })), lineOf: () => undefined };
  const { data, lineOf } = parsed;
  const result = caseSchema.safeParse(data, { reportInput: true });
  if (result.success) return { caseDef: result.data, authored: data, issues: [], lineOf };
  const issues = result.error.issues.map((issue) => ({
    file,
    line: lineOf(issue.path as (string | number)[]),
    ...locate(data, issue.path as (string | number)[]),
    message: describeIssue(issue, knownKeys),
  }));
  return { issues, lineOf };
}

function locate(
  data: unknown,
  path: (string | number)[],
): { node?: string; choice?: string; consequence?: string } {
  if (path[0] === 'consequences' && typeof path[1] === 'number') {
    const consequence = (data as { consequences?: { id?: unknown }[] }).consequences?.[path[1]];
    return { consequence: typeof consequence?.id === 'string' ? consequence.id : `#${path[1] + 1}` };
  }
  if (path[0] !== 'nodes' || typeof path[1] !== 'number') return {};
  const node = (data as { nodes?: { id?: unknown; choices?: { id?: unknown }[] }[] }).nodes?.[path[1]];
  const nodeId = typeof node?.id === 'string' ? node.id : `#${path[1] + 1}`;
  if (path[2] !== 'choices' || typeof path[3] !== 'number') return { node: nodeId };
  const choice = node?.choices?.[path[3]];
  return { node: nodeId, choice: typeof choice?.id === 'string' ? choice.id : `#${path[3] + 1}` };
}

function knownKeys(path: (string | number)[]): string[] {
  const shape =
    path.length === 0
      ? caseSchema.shape
      : path[0] === 'nodes' && path.length === 2
        ? nodeSchema.shape
        : path[0] === 'consequences' && path.length === 2
          ? consequenceSchema.shape
          : path[2] === 'choices' && path.length === 4
            ? choiceSchema.shape
            : path[2] === 'dialogue' && path.length === 4
              ? dialogueLineSchema.shape
              : {};
  return Object.keys(shape);
}
