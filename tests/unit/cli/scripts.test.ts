import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Each command of modules/cli/ once as npm runs it: the script in its own Node, in the project root, with
// INIT_CWD for the folder it was typed in. What the commands do is tested in this process (cli.test.ts,
// verify.test.ts, authoring/archive-new-versions.test.ts); this only shows that each file, run as a
// script, calls its command with the process's arguments, standard input and output, and exit code.
const root = new URL('../../../', import.meta.url).pathname;
const cases = join(root, 'tests/unit/case/fixtures');

interface Spawned {
  status: number | null;
  stdout: string;
  stderr: string;
}

function script(
  name: string,
  args: string[],
  { cwd = root, typedIn = cwd, input = '' }: { cwd?: string; typedIn?: string; input?: string } = {},
) {
  return new Promise<Spawned>((resolve) => {
    const child = execFile(
      process.execPath,
      [join(root, `modules/cli/${name}.ts`), ...args],
      { cwd, encoding: 'utf8', env: { ...process.env, INIT_CWD: typedIn }, timeout: 20_000 },
      (error, stdout, stderr) => resolve({ status: error ? (error.code as number) : 0, stdout, stderr }),
    );
    child.stdin!.end(input);
  });
}

describe('each command, run as a script', () => {
  it.concurrent('npm run play reads the answers from standard input and exits 0 at the end', async () => {
    const result = await script('play', ['--seed', '1', 'onderwijs/geldig.yaml'], {
      cwd: cases,
      typedIn: join(cases, 'content/casussen'),
      input: '1\n'.repeat(20),
    });
    expect(result.stdout).toMatch(/\nUitslag: \d+ van 8 punten/);
    expect(result.status).toBe(0);
  });

  it.concurrent('npm run lint:content exits 0 for a valid case', async () => {
    const result = await script('lint-content', ['content/casussen/onderwijs/geldig.yaml'], { cwd: cases });
    expect(result.stdout).toBe('0 les(sen) en 1 casus(sen) goedgekeurd, 0 probleem/problemen\n');
    expect(result.status).toBe(0);
  });

  it.concurrent('npm run verify exits 0 for a valid certificate typed in its folder', async () => {
    const result = await script('verify', ['geldig.pdf'], {
      typedIn: join(root, 'tests/fixtures/certificates'),
    });
    expect(result.stdout).toMatch(
      /^KLOPT {7}geldig\.pdf {2}Noë van Dijk, Onderwijs versie [0-9a-f]{12}, code [0-9A-Z]{5}-[0-9A-Z]{5}, 72 van 72 punten \(100%\): de keuzes halen de norm en het bestand is niet veranderd\n$/,
    );
    expect(result.status).toBe(0);
  });

  it.concurrent('npm run archive:content exits 1 while problems are left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archief-'));
    cpSync(join(root, 'tests/unit/authoring/fixtures/archief/content'), join(dir, 'content'), {
      recursive: true,
    });
    const result = await script('archive-content', [], { cwd: dir });
    expect(result.stdout).toContain('toegevoegd: nieuw versie 1 → content/archief/nieuw.json\n');
    expect(result.stderr).toContain('2 versie(s) toegevoegd, 6 probleem/problemen over');
    expect(result.status).toBe(1);
  });
});
