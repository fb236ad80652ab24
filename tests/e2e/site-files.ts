import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// Test helpers that read what the site is built from, so tests follow the content instead of a hand list.

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The URL path of every HTML file in dist/, e.g. "/", "/over/", "/404.html". */
export function builtPages(): string[] {
  const dist = join(root, 'dist');
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  if (files.length === 0) throw new Error('dist/ has no HTML files: run `npm run build` first.');
  return files
    .map((file) => '/' + file.split(sep).join('/'))
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** A module from content/beroepsgroepen with its lesson titles and case titles, read from their folders. */
export interface GroupFixture {
  id: string;
  name: string;
  sector: string;
  goals: string[];
  sources: { title: string; url: string }[];
  passPercentage: number;
  lessonTitles: string[];
  caseTitles: string[];
}

/** A knowledge-check question as written in a lesson's frontmatter. */
export interface QuestionFixture {
  id: string;
  kind: 'single' | 'multiple';
  prompt: string;
  options: { id: string; text: string; correct?: boolean }[];
  explanation: string;
}

/** Every beroepsgroep defined in content/, read straight from the source files. */
export function contentGroups(): GroupFixture[] {
  const groupsDir = join(root, 'content/beroepsgroepen');
  return readdirSync(groupsDir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => {
      const group = parse(readFileSync(join(groupsDir, file), 'utf8')) as Omit<
        GroupFixture,
        'lessonTitles' | 'caseTitles'
      >;
      const lessonTitles = files(`content/lessen/${group.id}`, '.mdx').map(
        (path) => lessonFrontmatter(path).title,
      );
      const caseTitles = files(`content/casussen/${group.id}`, '.yaml').map(
        (path) => (parse(readFileSync(join(root, path), 'utf8')) as { title: string }).title,
      );
      return { ...group, lessonTitles, caseTitles };
    });
}

/** The title and questions of a lesson, from its path in the project (e.g. `content/lessen/basis/afwegingskader.mdx`). */
export function lessonFrontmatter(path: string): { title: string; questions: QuestionFixture[] } {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(root, path), 'utf8'));
  if (!frontmatter?.[1]) throw new Error(`${path}: no frontmatter`);
  return parse(frontmatter[1]) as { title: string; questions: QuestionFixture[] };
}

function files(folder: string, extension: string): string[] {
  try {
    return readdirSync(join(root, folder))
      .filter((file) => file.endsWith(extension))
      .map((file) => relative(root, join(root, folder, file)));
  } catch {
    return [];
  }
}

/** The title of a page in content/paginas/, e.g. "over" (published at /over/). */
export function pageTitle(id: string): string {
  return lessonFrontmatter(`content/paginas/${id}.mdx`).title;
}
