import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export interface ExpandedPaths {
  /** Files to read, relative to `root` (as messages show them), in argument order, each once. */
  files: string[];
  /** One Dutch sentence per argument that gave no file: it does not exist, or a folder without cases. */
  messages: string[];
}

/**
 * Turns the paths a user typed into case files. Each argument may be absolute, relative to `cwd` (the
 * folder the command was typed in: under npm that is `process.env.INIT_CWD`, because npm runs the
 * script in the project root), or a folder, which stands for every `.yaml` file below it, sorted
 * (skipping `node_modules` and folders whose name starts with a dot). A file argument is taken as given,
 * whatever its extension; reading it is the next step's job. Never throws.
 */
export function expandCasePaths(args: readonly string[], cwd: string, root: string): ExpandedPaths {
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
    const kind = kindOf(absolute);
    if (kind === 'file') {
      add(absolute);
    } else if (kind === 'directory') {
      const found = yamlFilesBelow(absolute);
      if (found.length === 0)
        messages.push(`de map "${arg}" bevat geen .yaml-bestanden: geef een map met casussen op`);
      for (const file of found) add(file);
    } else if (kind === 'missing') {
      const withExtension = kindOf(`${absolute}.yaml`) === 'file' ? `; bedoel je "${arg}.yaml"?` : '';
      messages.push(`"${arg}" bestaat niet (gezocht vanuit ${cwd}): controleer het pad${withExtension}`);
    } else {
      messages.push(`"${arg}" kan niet worden gelezen (${kind}): controleer het pad en de rechten`);
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

/** Every `.yaml` file below `dir`, sorted by path; symlinked folders are not followed (no loops). */
function yamlFilesBelow(dir: string): string[] {
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
      } else if (entry.name.endsWith('.yaml') && (entry.isFile() || kindOf(path) === 'file')) {
        found.push(path);
      }
    }
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
