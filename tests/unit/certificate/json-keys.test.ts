import { describe, expect, it } from 'vitest';
import {
  jsonKeyProblem,
  jsonShapeProblem,
  MAX_JSON_DEPTH,
  MAX_JSON_KEYS,
} from '../../../modules/certificate/json-keys.ts';

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

describe('jsonShapeProblem', () => {
  const nested = (depth: number) => `${'{"a":['.repeat(depth / 2)}1${']}'.repeat(depth / 2)}`;
  const keys = (count: number) => `{${Array.from({ length: count }, (_, i) => `"v${i}":{}`).join(',')}}`;

  it('allows nesting up to MAX_JSON_DEPTH and refuses deeper, brackets in strings not counted', () => {
    expect(jsonShapeProblem(nested(MAX_JSON_DEPTH))).toBeUndefined();
    expect(jsonShapeProblem(nested(MAX_JSON_DEPTH + 2))).toBe('diep');
    expect(jsonShapeProblem(`{"naam": "${'[{'.repeat(100)}\\\"${'['.repeat(100)}"}`)).toBeUndefined();
    expect(jsonShapeProblem('{"a": [1, 2], "b": {"c": {}}}', { depth: 3 })).toBeUndefined();
    expect(jsonShapeProblem('{"a": [1, 2], "b": {"c": {}}}', { depth: 2 })).toBe('diep');
  });

  it('allows MAX_JSON_KEYS keys in all objects and refuses more, colons in strings not counted', () => {
    expect(jsonShapeProblem(keys(MAX_JSON_KEYS))).toBeUndefined();
    expect(jsonShapeProblem(keys(MAX_JSON_KEYS + 1))).toBe('veel-velden');
    expect(jsonShapeProblem(`{"tijd": "${'12:00 '.repeat(5000)}", "a\\":": 1}`)).toBeUndefined();
    expect(jsonShapeProblem('{"a": {"b": 1}, "c": [{"d": 2}]}', { keys: 4 })).toBeUndefined();
    expect(jsonShapeProblem('{"a": {"b": 1}, "c": [{"d": 2}]}', { keys: 3 })).toBe('veel-velden');
  });
});
