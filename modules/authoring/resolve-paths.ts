import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export interface ExpandedPaths {
  /** Files to read, relative to `root` (as messages show them), in argument order, each once. */
  files: string[];
  /** One Dutch sentence per argument that gave no file: it does not exist, or a folder without cases. */
  messages: string[];
}

/** Which files a folder stands for, and how to say that it holds none. */
export interface FileKind {
  /** Lower-case name endings, e.g. `['.yaml']`. */
  extensions: readonly string[];
  /** Ends the sentence "de map X bevat geen …", e.g. `.yaml-bestanden: geef een map met casussen op`. */
  none: string;
}

const CASE_FILES: FileKind = { extensions: ['.yaml'], none: '.yaml-bestanden: geef een map met casussen op' };

/**
 * Turns the paths a user typed into case files. Each argument may be absolute, relative to `cwd` (the
 * folder the command was typed in: under npm that is `process.env.INIT_CWD`, because npm runs the
 * script in the project root), or a folder, which stands for every `.yaml` file below it, sorted
 * (skipping `node_modules` and folders whose name starts with a dot). A file argument is taken as given,
 * whatever its extension; reading it is the next step's job. Never throws.
 */
export function expandCasePaths(args: readonly string[], cwd: string, root: string): ExpandedPaths {
  return expandPaths(args, cwd, root, CASE_FILES);
}

/** expandCasePaths for any kind of file: a folder stands for the files below it with one of `kind.extensions`. */
export function expandPaths(
  args: readonly string[],
  cwd: string,
  root: string,
  kind: FileKind,
): ExpandedPaths {
  const files: string[] = [];
  const messages: string[] = [];
  const seen = new Set<string>();
  const add = (absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push(relative(root, absolute));
  };
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    const found = kindOf(absolute);
    if (found === 'file') {
      add(absolute);
    } else if (found === 'directory') {
      const below = filesBelow(absolute, kind.extensions);
      if (below.length === 0) messages.push(`de map "${arg}" bevat geen ${kind.none}`);
      for (const file of below) add(file);
    } else if (found === 'missing') {
      const guess = kind.extensions.find((extension) => kindOf(`${absolute}${extension}`) === 'file');
      const withExtension = guess ? `; bedoel je "${arg}${guess}"?` : '';
      messages.push(`"${arg}" bestaat niet (gezocht vanuit ${cwd}): controleer het pad${withExtension}`);
    } else {
      messages.push(`"${arg}" kan niet worden gelezen (${found}): controleer het pad en de rechten`);
    }
  }
  return { files, messages };
}

/** 'file', 'directory', 'missing', or the error code that kept us from knowing. */
function kindOf(path: string): string {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? 'directory' : 'file';
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    return typeof code === 'string' ? code : 'onbekende fout';
  }
}

/** Every file below `dir` with one of the extensions, sorted by path; symlinked folders are not followed (no loops). */
function filesBelow(dir: string, extensions: readonly string[]): string[] {
  const found: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue; // an unreadable subfolder holds nothing we can check
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') pending.push(path);
      } else if (
        extensions.some((extension) => entry.name.toLowerCase().endsWith(extension)) &&
        (entry.isFile() || kindOf(path) === 'file')
      ) {
        found.push(path);
      }
    }
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
