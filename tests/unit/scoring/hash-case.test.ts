import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCase } from '../../../modules/authoring/parse-case.ts';
import { canonicalJson, hashCase } from '../../../modules/scoring/hash-case.ts';

const file = 'content/casussen/onderwijs/geldig.yaml';
const source = readFileSync(new URL(`../case/fixtures/${file}`, import.meta.url), 'utf8');
const authored = (yaml: string) => parseCase(yaml, file).authored!;

describe('hashCase', () => {
  it('hashes the case as authored, and the hash of published content never changes', async () => {
    // Pinned: a change to the canonical form would orphan every certificate ever issued.
    expect(await hashCase(authored(source))).toBe(
      'sha256:64b4616e585bc431c649bde705cfecc9d5700bb8bb1d53e30c9c2c75dc8bb02f',
    );
  });

  it('ignores key order and comments in the source', async () => {
    const reordered = source.replace('id: geldig\nversion: 1\n', 'version: 1 # eerste versie\nid: geldig\n');
    expect(reordered).not.toBe(source);
    expect(await hashCase(authored(reordered))).toBe(await hashCase(authored(source)));
  });

  it('is given exactly what the file says, so nothing the schema fills in or trims enters it', () => {
    expect(authored(source)).toEqual(parse(source));
    // The pass mark comes from the module when the case leaves it out; the hash must not see it.
    expect(authored(source)).not.toHaveProperty('passPercentage');
  });

  it('changes when a text or a score changes', async () => {
    const hash = await hashCase(authored(source));
    expect(
      await hashCase(authored(source.replace('Je ziet blauwe plekken.', 'Je ziet een blauwe plek.'))),
    ).not.toBe(hash);
    expect(await hashCase(authored(source.replace('score: 2', 'score: 3')))).not.toBe(hash);
  });

  it('sorts keys at every depth', () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: 'x', e: undefined })).toBe(
      '{"a":"x","b":[{"c":2,"d":1}]}',
    );
  });
});
