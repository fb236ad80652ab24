import { Readable } from 'node:stream';
import type { CliIo } from '../../../modules/cli/cli-io.ts';

/** What a command left behind, as spawnSync reports it: exit code, standard output and standard error. */
export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command of modules/cli/ in this process, as npm would run it in `cwd` after it was typed in
 * `initCwd` (npm's INIT_CWD), with `input` piped to standard input.
 */
export async function runInProcess(
  command: (io: CliIo) => number | Promise<number>,
  { cwd, initCwd = cwd, input = '' }: { cwd: string; initCwd?: string; input?: string },
): Promise<CliResult> {
  const result = { status: -1, stdout: '', stderr: '' };
  const status = await command({
    cwd,
    initCwd,
    stdin: Readable.from(input ? [input] : []),
    stdout: { write: (text: string) => (result.stdout += text) },
    stderr: { write: (text: string) => (result.stderr += text) },
  });
  return { ...result, status };
}
