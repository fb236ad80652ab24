import { LineCounter, isMap, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { didYouMean, type CaseIssue } from '../case/case-issue.ts';
import {
  caseSchema,
  choiceSchema,
  dialogueLineSchema,
  nodeSchema,
  type CaseDef,
} from '../case/case.schema.ts';

export interface ParsedCase {
  caseDef?: CaseDef;
  issues: CaseIssue[];
  /** 1-based line of a value in the source, for issues found later (compile, path checks). */
  lineOf: (path: (string | number)[]) => number | undefined;
}

/** Parses and validates a YAML case file; every problem becomes an issue with file, line, node and choice. */
export function parseCase(source: string, file: string): ParsedCase {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (path: (string | number)[]) => lineAt(doc, lineCounter, path);
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((error) => ({
      file,
      line: lineCounter.linePos(error.pos[0]).line,
      message: `YAML syntax: ${error.message.split('\n')[0]}`,
    }));
    return { issues, lineOf };
  }
  const data: unknown = doc.toJS();
  const result = caseSchema.safeParse(data, { reportInput: true });
  if (result.success) return { caseDef: result.data, issues: [], lineOf };
  const issues = result.error.issues.map((issue) => ({
    file,
    line: lineOf(issue.path as (string | number)[]),
    ...locate(data, issue.path as (string | number)[]),
    message: describe(issue),
  }));
  return { issues, lineOf };
}

function lineAt(doc: Document, counter: LineCounter, path: (string | number)[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line;
    if (depth === 0 && isMap(doc.contents) && doc.contents.range)
      return counter.linePos(doc.contents.range[0]).line;
  }
  return undefined;
}

function locate(data: unknown, path: (string | number)[]): { node?: string; choice?: string } {
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
        : path[2] === 'choices' && path.length === 4
          ? choiceSchema.shape
          : path[2] === 'dialogue' && path.length === 4
            ? dialogueLineSchema.shape
            : {};
  return Object.keys(shape);
}

function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path as (string | number)[];
  const field = [...path].reverse().find((part) => typeof part === 'string');
  const prefix = field ? `${String(field)}: ` : '';
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => `unknown field "${key}"${didYouMean(key, knownKeys(path))}`).join('; ');
    case 'invalid_type':
    case 'invalid_value':
      if (issue.input === undefined) return `missing field "${String(field)}"`;
      if (issue.code === 'invalid_type')
        return `${prefix}expected ${issue.expected}, got ${typeof issue.input}`;
      return notAllowed(prefix, String(issue.input), issue.values.map(String));
    default:
      return `${prefix}${issue.message}`;
  }
}

function notAllowed(prefix: string, got: string, allowed: string[]): string {
  return `${prefix}"${got}" is not allowed${didYouMean(got, allowed)} (allowed: ${allowed.join(', ')})`;
}
