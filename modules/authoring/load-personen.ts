import { join } from 'node:path';
import type { CaseIssue } from '../case/case-issue.ts';
import { personenSchema, rolUitleg, type Persoon } from '../case/personen.schema.ts';
import { describeIssue } from './describe-issue.ts';
import { parseYaml } from './parse-yaml.ts';
import { readSource } from './read-source.ts';

export const PERSONEN_FILE = 'content/personen.yaml';

export interface LoadedPersonen {
  /** Case id → its people, in the file's order. */
  personen: Map<string, Persoon[]>;
  lineOf: (path: (string | number)[]) => number | undefined;
  issues: CaseIssue[];
}

/**
 * Reads `content/personen.yaml` (case/personen.schema.ts). A broken field is an issue in Dutch, with
 * the line; a refused role also says what each role means.
 */
export function loadPersonen(root: string): LoadedPersonen {
  const file = PERSONEN_FILE;
  const none = { personen: new Map<string, Persoon[]>(), lineOf: () => undefined };
  const read = readSource(join(root, file));
  if (!read.ok) return { ...none, issues: [{ file, message: read.message }] };
  const parsed = parseYaml(read.text, {
    expected: 'per casus-id een lijst van personen, elk met naam en rol',
  });
  if (!parsed.ok) return { ...none, issues: parsed.issues.map((problem) => ({ file, ...problem })) };
  const result = personenSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success)
    return {
      ...none,
      issues: result.error.issues.map((problem) => {
        const path = problem.path as (string | number)[];
        const message = describeIssue(problem);
        return {
          file,
          line: parsed.lineOf(path.map(String)),
          message:
            path[path.length - 1] === 'rol'
              ? `${message}. ${Object.entries(rolUitleg)
                  .map(([rol, uitleg]) => `${rol}: ${uitleg}`)
                  .join('; ')}`
              : message,
        };
      }),
    };
  return { personen: new Map(Object.entries(result.data)), lineOf: parsed.lineOf, issues: [] };
}
