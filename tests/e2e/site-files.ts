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

/** A beroepsgroep from content/beroepsgroepen with the lesson titles from content/lessen/<id>/. */
export interface GroupFixture {
  id: string;
  name: string;
  lessonTitles: string[];
}

/** Every beroepsgroep defined in content/, read straight from the source files. */
export function contentGroups(): GroupFixture[] {
  const groupsDir = join(root, 'content/beroepsgroepen');
  return readdirSync(groupsDir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => {
      const { id, name } = parse(readFileSync(join(groupsDir, file), 'utf8')) as { id: string; name: string };
      return { id, name, lessonTitles: lessonTitles(id) };
    });
}

function lessonTitles(groupId: string): string[] {
  const dir = join(root, 'content/lessen', groupId);
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.mdx'));
  } catch {
    return [];
  }
  return files.map((file) => titleOf(join(dir, file)));
}

/** The title of a page in content/paginas/, e.g. "over" (published at /over/). */
export function pageTitle(id: string): string {
  return titleOf(join(root, 'content/paginas', `${id}.mdx`));
}

function titleOf(path: string): string {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  if (!frontmatter?.[1]) throw new Error(`${relative(root, path)}: no frontmatter`);
  return (parse(frontmatter[1]) as { title: string }).title;
}
