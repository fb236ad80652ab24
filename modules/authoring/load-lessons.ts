import { globSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CaseIssue } from '../case/case-issue.ts';
import { lessonSchema, type Lesson } from '../lesson/lesson.schema.ts';
import { describeIssue } from './describe-issue.ts';
import { parseYaml } from './parse-yaml.ts';
import { readSource } from './read-source.ts';

export interface LoadedLesson {
  file: string;
  beroepsgroep: string;
  slug: string;
  lesson: Lesson;
}

/** Reads and checks the frontmatter of every lesson under `content/lessen/`, in reading order; problems become issues. */
export function loadLessons(
  root: string,
  groupIds: readonly string[],
): { lessons: LoadedLesson[]; issues: CaseIssue[] } {
  const lessons: LoadedLesson[] = [];
  const issues: CaseIssue[] = [];
  for (const file of globSync('content/lessen/*/*.mdx', { cwd: root }).sort()) {
    const beroepsgroep = basename(dirname(file));
    const slug = basename(file, '.mdx');
    if (!groupIds.includes(beroepsgroep)) {
      issues.push({
        file,
        message: `de map "${beroepsgroep}" is geen beroepsgroep uit content/beroepsgroepen/`,
      });
      continue;
    }
    const read = readSource(join(root, file));
    if (!read.ok) {
      issues.push({ file, message: read.message });
      continue;
    }
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(read.text);
    if (!match) {
      issues.push({ file, line: 1, message: 'de les heeft geen frontmatter tussen twee regels ---' });
      continue;
    }
    const parsed = parseYaml(match[1], { expected: 'frontmatter met velden zoals title en questions' });
    if (!parsed.ok) {
      // Frontmatter starts on line 2 of the file.
      issues.push(
        ...parsed.issues.map((issue) => ({
          file,
          line: issue.line && issue.line + 1,
          message: issue.message,
        })),
      );
      continue;
    }
    const result = lessonSchema.safeParse(parsed.data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const line = parsed.lineOf(issue.path as (string | number)[]);
        issues.push({
          file,
          line: line && line + 1,
          message:
            issue.path.length > 1
              ? `${issue.path.join('.')}: ${describeIssue(issue, undefined, false)}`
              : describeIssue(issue),
        });
      }
      continue;
    }
    lessons.push({ file, beroepsgroep, slug, lesson: result.data });
  }
  lessons.sort((a, b) => a.beroepsgroep.localeCompare(b.beroepsgroep) || a.lesson.order - b.lesson.order);
  return { lessons, issues };
}
