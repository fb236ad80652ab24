import { existsSync, globSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

/**
 * The files a user named on the command line, as paths relative to the project root (the script's cwd).
 * npm runs scripts from the root but sets INIT_CWD to where the user typed the command, so a path typed
 * in a subfolder or an absolute path simply works; a folder stands for every case file below it.
 */
export function userPaths(args: string[], root = process.cwd()): { files: string[]; problems: string[] } {
  const typedIn = process.env.INIT_CWD ?? root;
  const files: string[] = [];
  const problems: string[] = [];
  for (const arg of args) {
    const full = isAbsolute(arg) ? arg : resolve(typedIn, arg);
    if (!existsSync(full)) {
      problems.push(`${arg}: dit bestand bestaat niet. Controleer de naam en de map.`);
    } else if (statSync(full).isDirectory()) {
      const found = globSync('**/*.yaml', { cwd: full }).sort();
      if (found.length === 0) problems.push(`${arg}: in deze map staan geen casussen (.yaml).`);
      files.push(...found.map((file) => relative(root, join(full, file))));
    } else {
      files.push(relative(root, full));
    }
  }
  return { files, problems };
}
