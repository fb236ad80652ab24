import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandCasePaths } from '../../../modules/authoring/resolve-paths.ts';

// A project root with cases, and a user who typed the command in content/casussen.
let root: string;
let cwd: string;
const touch = (path: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), 'id: x\n');
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'resolve-paths-'));
  for (const path of [
    'content/casussen/onderwijs/daan.yaml',
    'content/casussen/onderwijs/aylin.yaml',
    'content/casussen/onderwijs/notities.md',
    'content/casussen/kinderopvang/sem.yaml',
    'content/casussen/kinderopvang/oud/sem-v1.yaml',
    'content/casussen/.concept/geheim.yaml',
    'content/casussen/node_modules/pakket/config.yaml',
    'content/leeg/README.md',
  ])
    touch(path);
  symlinkSync(join(root, 'content/casussen'), join(root, 'content/casussen/onderwijs/lus'));
  cwd = join(root, 'content/casussen');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('expandCasePaths turns typed arguments into case files relative to the root', () => {
  it('resolves a path relative to the folder the command was typed in', () => {
    expect(expandCasePaths(['onderwijs/daan.yaml'], cwd, root)).toEqual({
      files: ['content/casussen/onderwijs/daan.yaml'],
      messages: [],
    });
  });

  it('takes an absolute path as it is', () => {
    expect(expandCasePaths([join(root, 'content/casussen/kinderopvang/sem.yaml')], '/', root)).toEqual({
      files: ['content/casussen/kinderopvang/sem.yaml'],
      messages: [],
    });
  });

  it('expands a folder to every .yaml file below it, sorted, skipping dot folders, node_modules and symlinked folders', () => {
    expect(expandCasePaths(['.'], cwd, root).files).toEqual([
      'content/casussen/kinderopvang/oud/sem-v1.yaml',
      'content/casussen/kinderopvang/sem.yaml',
      'content/casussen/onderwijs/aylin.yaml',
      'content/casussen/onderwijs/daan.yaml',
    ]);
  });

  it('keeps the order of the arguments and lists each file once', () => {
    expect(
      expandCasePaths(['onderwijs/daan.yaml', 'onderwijs', 'onderwijs/daan.yaml'], cwd, root).files,
    ).toEqual(['content/casussen/onderwijs/daan.yaml', 'content/casussen/onderwijs/aylin.yaml']);
  });

  it('takes a file that is named explicitly whatever its extension', () => {
    expect(expandCasePaths(['onderwijs/notities.md'], cwd, root).files).toEqual([
      'content/casussen/onderwijs/notities.md',
    ]);
  });

  it('gives a path outside the root relative to the root', () => {
    const outside = mkdtempSync(join(tmpdir(), 'buiten-'));
    writeFileSync(join(outside, 'casus.yaml'), 'id: x\n');
    try {
      expect(expandCasePaths([join(outside, 'casus.yaml')], cwd, join(root, 'content')).files).toEqual([
        join('..', '..', basename(outside), 'casus.yaml'),
      ]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('says which argument does not exist and where it looked', () => {
    expect(expandCasePaths(['onderwijs/daantje.yaml', 'onderwijs/aylin.yaml'], cwd, root)).toEqual({
      files: ['content/casussen/onderwijs/aylin.yaml'],
      messages: [`"onderwijs/daantje.yaml" bestaat niet (gezocht vanuit ${cwd}): controleer het pad`],
    });
  });

  it('suggests the name with .yaml when that exists', () => {
    expect(expandCasePaths(['onderwijs/daan'], cwd, root).messages).toEqual([
      `"onderwijs/daan" bestaat niet (gezocht vanuit ${cwd}): controleer het pad; bedoel je "onderwijs/daan.yaml"?`,
    ]);
  });

  it('says a folder without .yaml files holds no cases', () => {
    expect(expandCasePaths(['../leeg'], cwd, root)).toEqual({
      files: [],
      messages: ['de map "../leeg" bevat geen .yaml-bestanden: geef een map met casussen op'],
    });
  });

  it('returns nothing for no arguments, leaving the default to the caller', () => {
    expect(expandCasePaths([], cwd, root)).toEqual({ files: [], messages: [] });
  });
});
