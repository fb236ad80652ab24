import { join } from 'node:path';
import type { CaseIssue } from '../case/case-issue.ts';
import { glossarySchema, type GlossaryEntry } from '../glossary/glossary.schema.ts';
import { termForms } from '../glossary/link-terms.ts';
import { describeIssue } from './describe-issue.ts';
import { parseYaml } from './parse-yaml.ts';
import { readSource } from './read-source.ts';

export const GLOSSARY_FILE = 'content/begrippen.yaml';

/**
 * Reads the begrippenlijst (`content/begrippen.yaml`). A broken field, an id used twice or a word
 * form that two entries claim is an issue, in Dutch, with the line.
 */
export function loadGlossary(root: string): { glossary: GlossaryEntry[]; issues: CaseIssue[] } {
  const file = GLOSSARY_FILE;
  const read = readSource(join(root, file));
  if (!read.ok) return { glossary: [], issues: [{ file, message: read.message }] };
  const parsed = parseYaml(read.text, {
    expected: 'een veld begrippen met een lijst van begrippen (id, begrip, uitleg)',
  });
  if (!parsed.ok) return { glossary: [], issues: parsed.issues.map((problem) => ({ file, ...problem })) };
  const result = glossarySchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success)
    return {
      glossary: [],
      issues: result.error.issues.map((problem) => ({
        file,
        line: parsed.lineOf(problem.path as string[]),
        message: describeIssue(problem),
      })),
    };
  const issues: CaseIssue[] = [];
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  result.data.begrippen.forEach((entry, i) => {
    if (ids.has(entry.id))
      issues.push({
        file,
        line: parsed.lineOf(['begrippen', String(i), 'id']),
        message: `id "${entry.id}" staat er twee keer in; geef elk begrip een eigen id`,
      });
    ids.add(entry.id);
    for (const form of termForms(entry)) {
      const owner = owners.get(form.toLowerCase());
      if (owner && owner !== entry.id)
        issues.push({
          file,
          line: parsed.lineOf(['begrippen', String(i), 'begrip']),
          message: `"${form}" hoort al bij "${owner}"; een woord kan naar één uitleg linken`,
        });
      owners.set(form.toLowerCase(), entry.id);
    }
  });
  return { glossary: issues.length > 0 ? [] : result.data.begrippen, issues };
}
