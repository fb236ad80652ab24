import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintContent } from '../../../modules/cli/lint-content.ts';
import { play } from '../../../modules/cli/play.ts';
import { runInProcess } from './run-in-process.ts';

// In this process; scripts.test.ts starts each script once as npm does.
const fixtures = new URL('../case/fixtures/', import.meta.url).pathname;
const commands = { play, 'lint-content': lintContent };
// npm runs scripts in the project root and says in INIT_CWD where the user typed the command.
const run = (name: keyof typeof commands, args: string[], input = '', typedIn = fixtures) =>
  runInProcess((io) => commands[name](args, io), { cwd: fixtures, initCwd: typedIn, input });
const geldig = 'content/casussen/onderwijs/geldig.yaml';
const noStack = /\n\s+at /;

describe('npm run play', () => {
  it('plays a case with a fixed seed and prints feedback, verdicts and a summary that teaches', async () => {
    // With seed 1 the written order is shuffled; pick by label through the printed numbers.
    const first = await run('play', ['--seed', '1', geldig], '');
    const number = (label: string, text: string) => text.match(new RegExp(`(\\d+)\\. ${label}`))![1];
    const signalen = number('Ik doe niets\\.', first.stdout);
    const result = await run('play', ['--seed', '1', geldig], `${signalen}\n1\n1\n1\n1\n1\n1\n`);
    expect(result.stdout).toContain('Je koos: Ik doe niets. — fout');
    expect(result.stdout).toContain('Waarom: Stap 1.');
    expect(result.stdout).toMatch(/Uitslag: \d+ van 8 punten/);
    expect(result.stdout).toContain('De afwegingen, in de volgorde waarin je ze maakte:');
    expect(result.stdout).toContain('Stap 1: signalen in kaart brengen: onvoldoende (0/2)');
  });

  it('shows the same order for the same seed, and shuffles per attempt otherwise', async () => {
    const order = async (seed: string) =>
      (await run('play', ['--seed', seed, geldig])).stdout.split('Kies')[0];
    expect(await order('5')).toBe(await order('5'));
    const orders = new Set(await Promise.all(['1', '2', '3', '4'].map(order)));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('does not score 100% when every answer is 1', async () => {
    const scores = await Promise.all(
      ['1', '2', '3', '4'].map(async (seed) => {
        const out = (await run('play', ['--seed', seed, geldig], '1\n'.repeat(20))).stdout;
        return out.match(/Uitslag: (\d+) van 8/)?.[1];
      }),
    );
    expect(scores.some((score) => score !== '8')).toBe(true);
  });

  it('echoes piped answers and refuses 1e0 and 0x1 as choice numbers', async () => {
    const result = await run('play', ['--seed', '1', geldig], '1e0\n0x1\n');
    expect(result.stdout).toContain('Kies een nummer: 1e0\nTyp een nummer van 1 tot en met 2.');
    expect(result.stdout).toContain('Kies een nummer: 0x1\nTyp een nummer van 1 tot en met 2.');
  });

  it('exits non-zero with the score so far when the input ends mid-case', async () => {
    const result = await run('play', ['--seed', '1', geldig], '1\n');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('De invoer stopt voor het einde van de casus.');
    expect(result.stdout).toMatch(/Uitslag tot nu toe: \d van 8 punten/);
  });

  it('prints the consequence of a wrong choice and goes on, without asking', async () => {
    const file = 'content/casussen/onderwijs/gevolg-geldig.yaml';
    const result = await run('play', ['--seed', '1', file], '2\n1\n1\n1\n1\n1\n1\n1\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Gevolg van je keuze: Het wordt erger\nEen week later heeft de leerling meer blauwe plekken.',
    );
    expect(result.stdout).toContain('Gevolg van je keuze\nDe ouders horen later van de school');
    expect(result.stdout).toContain('Gevolg van je keuze\nZe willen nu toch praten.');
  });

  it('refuses a broken case with the problem and exit code 1, without a stack trace', async () => {
    const result = await run('play', ['content/casussen/onderwijs/next-bestaat-niet.yaml']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'next wijst naar "gesprekk", maar die node bestaat niet; bedoel je "gesprek"?',
    );
    expect(result.stderr).not.toMatch(noStack);
  });

  it('takes an absolute path and a path typed in a subfolder', async () => {
    expect((await run('play', ['--seed', '1', join(fixtures, geldig)])).stdout).toContain(
      'Casus: Een geldige casus',
    );
    const sub = join(fixtures, 'content/casussen');
    expect((await run('play', ['--seed', '1', 'onderwijs/geldig.yaml'], '', sub)).stdout).toContain(
      'Casus: Een geldige casus',
    );
  });

  it('refuses a bad --seed', async () => {
    const result = await run('play', ['--seed', '1e3', geldig]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--seed vraagt een heel getal');
  });
});

describe('npm run lint:content', () => {
  it('passes valid cases', async () => {
    const result = await run('lint-content', [geldig]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('0 les(sen) en 1 casus(sen) goedgekeurd, 0 probleem/problemen');
  });

  it('fails with one line per problem and exit code 1', async () => {
    const result = await run('lint-content', [
      'content/casussen/onderwijs/geen-expert.yaml',
      'content/casussen/onderwijs/onbereikbaar.yaml',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'content/casussen/onderwijs/geen-expert.yaml:57: node "gesprek": geen expertantwoord: geef precies één keuze verdict: goed',
      'content/casussen/onderwijs/onbereikbaar.yaml:96: node "vergeten": geen enkele route komt bij deze node; laat de next van een keuze ernaar wijzen, of haal hem weg',
      '0 les(sen) en 0 casus(sen) goedgekeurd, 2 probleem/problemen',
    ]);
  });

  it('lints every case under a folder', async () => {
    const result = await run('lint-content', ['content/casussen/kinderopvang']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('collega-naar-veilig-thuis.yaml');
    expect(result.stderr).toContain('verkeerde-map.yaml');
  });

  it('checks every case under content/ when given no paths', async () => {
    const result = await run('lint-content', []);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('verkeerde-map.yaml');
    expect(result.stderr).toMatch(/0 les\(sen\) en 5 casus\(sen\) goedgekeurd/);
  });
});

describe('bad input gets one Dutch line, exit code 1 and no stack trace, in play and lint:content', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'meldcode-cli-'));
    mkdirSync(join(dir, 'map'));
    writeFileSync(join(dir, 'leeg.yaml'), '');
    writeFileSync(join(dir, 'utf8.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xc3, 0x28, 0x0a]));
    writeFileSync(join(dir, 'binair.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const anchors = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      anchors.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    writeFileSync(join(dir, 'aliassen.yaml'), anchors.join('\n'));
    writeFileSync(join(dir, 'groot.yaml'), Buffer.alloc(20 * 1024 * 1024, 'k: v\n'));
    writeFileSync(join(dir, 'haakjes.yaml'), `id: ${'['.repeat(100_000)}`);
  });
  const cases: [string, string | RegExp][] = [
    ['bestaat-niet.yaml', 'bestaat niet'],
    ['leeg.yaml', 'het bestand is leeg'],
    ['utf8.yaml', 'geen geldige UTF-8'],
    ['binair.yaml', 'geen tekstbestand'],
    ['aliassen.yaml', 'te veel aliassen'],
    ['groot.yaml', 'het bestand is te groot (20,0 MiB, hoogstens 128 KiB)'],
    ['haakjes.yaml', 'te diep genest'],
  ];
  for (const [file, message] of cases) {
    it(`${file}: says what is wrong`, async () => {
      for (const [name, args] of [
        ['play', [join(dir, file)]],
        ['lint-content', [join(dir, file)]],
      ] as const) {
        const result = await run(name, [...args]);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain(message);
        expect(result.stderr).not.toMatch(noStack);
      }
    });
  }
  it('lints a folder without cases with a clear message', async () => {
    const result = await run('lint-content', [join(dir, 'map')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bevat geen .yaml-bestanden');
  });
});
