import { describe, expect, it } from 'vitest';
import { jsonKeyProblem, MAX_JSON_DEPTH, nestedDeeperThan } from '../../../modules/certificate/json-keys.ts';

describe('jsonKeyProblem', () => {
  it('finds a key given twice in one object, with its path through objects and arrays', () => {
    expect(jsonKeyProblem('{"a": 1, "b": 2}')).toBeUndefined();
    expect(jsonKeyProblem('{"a": 1, "a": 2}')).toEqual({ kind: 'dubbel', path: ['a'] });
    expect(jsonKeyProblem('{"a": [1, {"b": 1}, {"c": {"d": 1, "d": 2}}]}')).toEqual({
      kind: 'dubbel',
      path: ['a', '2', 'c', 'd'],
    });
    // The same key in two objects is no problem, nor a key that is a value.
    expect(jsonKeyProblem('{"a": {"x": 1}, "b": {"x": "a"}, "c": ["a", "a"]}')).toBeUndefined();
  });

  it('reads keys as JSON does: escapes decoded, quotes and brackets in strings skipped', () => {
    expect(jsonKeyProblem('{"name": 1, "n\\u0061me": 2}')).toEqual({ kind: 'dubbel', path: ['name'] });
    expect(jsonKeyProblem('{"a": "\\"a\\": {[", "b": 1}')).toBeUndefined();
    expect(jsonKeyProblem('{"a\\\\": 1, "a": 2}')).toBeUndefined();
  });

  it('finds __proto__, constructor and prototype at any depth', () => {
    expect(jsonKeyProblem('{"__proto__": {}}')).toEqual({ kind: 'verboden', path: ['__proto__'] });
    expect(jsonKeyProblem('{"a": [{"constructor": 1}]}')).toEqual({
      kind: 'verboden',
      path: ['a', '0', 'constructor'],
    });
    expect(jsonKeyProblem('{"a": {"\\u0070rototype": 1}}')).toEqual({
      kind: 'verboden',
      path: ['a', 'prototype'],
    });
    expect(jsonKeyProblem('{"a": "__proto__"}')).toBeUndefined();
  });

  it('goes through deep nesting without recursion', () => {
    const deep = `${'{"a": ['.repeat(100_000)}1${']}'.repeat(100_000)}`;
    expect(jsonKeyProblem(deep)).toBeUndefined();
    expect(jsonKeyProblem(`${'['.repeat(100_000)}{"a": 1, "a": 2}${']'.repeat(100_000)}`)).toEqual({
      kind: 'dubbel',
      path: [...Array.from({ length: 100_000 }, () => '0'), 'a'],
    });
  });
});

describe('nestedDeeperThan', () => {
  const nested = (depth: number) => `${'{"a":['.repeat(depth / 2)}1${']}'.repeat(depth / 2)}`;

  it('allows nesting up to MAX_JSON_DEPTH and refuses deeper, brackets in strings not counted', () => {
    expect(nestedDeeperThan(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(nestedDeeperThan(nested(MAX_JSON_DEPTH + 2))).toBe(true);
    expect(nestedDeeperThan(`{"naam": "${'[{'.repeat(100)}\\\"${'['.repeat(100)}"}`)).toBe(false);
    expect(nestedDeeperThan('{"a": [1, 2], "b": {"c": {}}}', 3)).toBe(false);
    expect(nestedDeeperThan('{"a": [1, 2], "b": {"c": {}}}', 2)).toBe(true);
  });
});
