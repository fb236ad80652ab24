import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const fixtures = new URL('../case/fixtures/', import.meta.url).pathname;
const cli = (name: string) => new URL(`../../../modules/cli/${name}.ts`, import.meta.url).pathname;
const run = (name: string, args: string[], input = '') =>
  spawnSync(process.execPath, [cli(name), ...args], { cwd: fixtures, input, encoding: 'utf8' });

describe('npm run play', () => {
  it('plays a case from standard input and prints feedback, verdicts and score', () => {
    const result = run('play', ['content/casussen/onderwijs/geldig.yaml'], '2\n1\nx\n1\n1\n1\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Je koos: Ik doe niets. — fout');
    expect(result.stdout).toContain('Waarom: Stap 1.');
    expect(result.stdout).toContain('Typ een nummer van 1 tot 2.');
    expect(result.stdout).toContain('Uitslag: 6 van 8 punten (75%) — geslaagd');
    expect(result.stdout).toContain('Stap 1: signalen in kaart brengen: fout (0/2)');
  });

  it('stops cleanly when the input ends early', () => {
    const result = run('play', ['content/casussen/onderwijs/geldig.yaml'], '1\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('De invoer stopt voor het einde van de casus.');
  });

  it('refuses a broken case with the problem and exit code 1, without a stack trace', () => {
    const result = run('play', ['content/casussen/onderwijs/next-bestaat-niet.yaml']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'next points to "gesprekk" which does not exist; did you mean "gesprek"?',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run lint:content', () => {
  it('passes valid cases', () => {
    const result = run('lint-content', ['content/casussen/onderwijs/geldig.yaml']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 case(s) passed the checks, 0 problem(s)');
  });

  it('fails with one line per problem and exit code 1', () => {
    const result = run('lint-content', [
      'content/casussen/onderwijs/geen-expert.yaml',
      'content/casussen/onderwijs/onbereikbaar.yaml',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'content/casussen/onderwijs/geen-expert.yaml:56: node "gesprek": no expert answer: mark the right choice with verdict: goed',
      'content/casussen/onderwijs/onbereikbaar.yaml:95: node "vergeten": no route reaches this node; point a choice\'s next to it, or remove it',
      '0 case(s) passed the checks, 2 problem(s)',
    ]);
  });

  it('checks every case under content/ when given no paths', () => {
    const result = run('lint-content', []);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('1 case(s) passed the checks');
    expect(result.stderr).toContain('verkeerde-map.yaml');
  });
});
