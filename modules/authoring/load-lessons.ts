import { globSync, readFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { parse } from 'yaml';
import type { CaseIssue } from '../case/case-issue.ts';
import { lessonSchema, type Lesson } from '../lesson/lesson.schema.ts';

export interface LoadedLesson {
  file: string;
  beroepsgroep: string;
  slug: string;
  lesson: Lesson;
}

/** Reads and checks the frontmatter of every lesson under `content/lessen/`; problems become issues. */
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
        message: `folder "${beroepsgroep}" is not a beroepsgroep in content/beroepsgroepen/`,
      });
      continue;
    }
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(root, file), 'utf8'));
    if (!match) {
      issues.push({ file, line: 1, message: 'the lesson has no frontmatter between --- lines' });
      continue;
    }
    let data: unknown;
    try {
      data = parse(match[1]);
    } catch (error) {
      issues.push({
        file,
        message: `YAML syntax in the frontmatter: ${(error as Error).message.split('\n')[0]}`,
      });
      continue;
    }
    const result = lessonSchema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues)
        issues.push({ file, message: `${issue.path.join('.') || 'frontmatter'}: ${issue.message}` });
      continue;
    }
    lessons.push({ file, beroepsgroep, slug, lesson: result.data });
  }
  return { lessons, issues };
}
