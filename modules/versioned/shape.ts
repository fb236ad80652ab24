/**
 * Shapes: a few zod-like validators without zod, for the records a browser page reads (progress and
 * attempts). zod cannot be tree-shaken far enough: a lesson page that records an answer would ship
 * 25–93 KB gzip of it, where the whole page may have 15 KB of JavaScript; these shapes are about 1 KB.
 * Each shape has `safeParse` with zod's result, so readVersioned takes either, and tests
 * (tests/unit/versioned/shape.test.ts) check that they accept and refuse what the zod schemas did.
 *
 *   const note = object({ kind: literal('notitie'), text: string(/^.+$/), at: optional(isoDateTime) });
 *   note.safeParse(data); // { success: true, data } or { success: false, error: { issues: [{ path }] } }
 */

type Path = (string | number)[];
type Result<T> = { ok: true; value: T } | { ok: false; path: Path };

/** A validator with zod's `safeParse` result (the first problem only, with its path). */
export interface Shape<T> {
  check(value: unknown, path: Path): Result<T>;
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: { path: Path; message: string }[] } };
}

/** The type a shape accepts. */
export type Infer<S> = S extends Shape<infer T> ? T : never;

interface Optional<T> extends Shape<T | undefined> {
  optional: true;
}

function shape<T>(check: (value: unknown, path: Path) => Result<T>): Shape<T> {
  return {
    check,
    safeParse(value) {
      const result = check(value, []);
      return result.ok
        ? { success: true, data: result.value }
        : { success: false, error: { issues: [{ path: result.path, message: 'ongeldig' }] } };
    },
  };
}

const fail = (path: Path) => ({ ok: false, path }) as const;
const pass = <T>(value: T) => ({ ok: true, value }) as const;

/** Exactly this value. */
export const literal = <const T extends string | number>(expected: T): Shape<T> =>
  shape((v, path) => (v === expected ? pass(expected) : fail(path)));

/** A string, matching `pattern` when given. */
export const string = (pattern?: RegExp): Shape<string> =>
  shape((v, path) => (typeof v === 'string' && (!pattern || pattern.test(v)) ? pass(v) : fail(path)));

/** A safe integer within the bounds, as zod's `z.int()` and `z.uint32()`. */
export const int = ({ min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = {}): Shape<number> =>
  shape((v, path) =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max ? pass(v) : fail(path),
  );

/** zod's `z.iso.datetime()`: a valid calendar date, `T`, a time with seconds and optional fraction, `Z`. */
export const isoDateTime = string(
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z))$/,
);

/** Any value at all (an envelope section checked later, item by item). */
export const unknown: Shape<unknown> = shape((v) => pass(v));

/** The shape, or `null`. */
export const nullable = <T>(inner: Shape<T>): Shape<T | null> =>
  shape<T | null>((v, path) => (v === null ? pass(null) : inner.check(v, path)));

/** An object key that may be left out. */
export const optional = <T>(inner: Shape<T>): Optional<T> => ({
  ...shape<T | undefined>((v, path) => (v === undefined ? pass(undefined) : inner.check(v, path))),
  optional: true,
});

/** An array of items; `min` items at least, each item once when `unique`. */
export const array = <T>(item: Shape<T>, { min = 0, unique = false } = {}): Shape<T[]> =>
  shape((v, path) => {
    if (!Array.isArray(v)) return fail(path);
    const out: T[] = [];
    for (const [i, element] of v.entries()) {
      const result = item.check(element, [...path, i]);
      if (!result.ok) return result;
      out.push(result.value);
    }
    if (out.length < min || (unique && new Set(out).size !== out.length)) return fail(path);
    return pass(out);
  });

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object whose own keys match `key` and whose values match `value`. */
export const record = <V>(key: Shape<string>, value: Shape<V>): Shape<Record<string, V>> =>
  shape((v, path) => {
    if (!isPlainObject(v)) return fail(path);
    const out: [string, V][] = [];
    for (const [k, element] of Object.entries(v)) {
      // As zod does: a `__proto__` key (JSON.parse makes one) is left out, never checked or copied.
      if (k === '__proto__') continue;
      if (!key.check(k, [...path, k]).ok) return fail([...path, k]);
      const result = value.check(element, [...path, k]);
      if (!result.ok) return result;
      out.push([k, result.value]);
    }
    return pass(Object.fromEntries(out));
  });

type Props = Record<string, Shape<unknown>>;
type OptionalKeys<P extends Props> = { [K in keyof P]: P[K] extends Optional<unknown> ? K : never }[keyof P];
type Flat<T> = { [K in keyof T]: T[K] };
type ObjectOf<P extends Props> = Flat<
  { [K in Exclude<keyof P, OptionalKeys<P>>]: Infer<P[K]> } & {
    [K in OptionalKeys<P>]?: Exclude<Infer<P[K]>, undefined>;
  }
>;

/**
 * An object with these keys (optional ones may be left out). Strict (zod's `z.strictObject`) refuses
 * other keys; otherwise they are dropped, as `z.object` does.
 */
export const object = <P extends Props>(props: P, { strict = true } = {}): Shape<ObjectOf<P>> =>
  shape((v, path) => {
    if (!isPlainObject(v)) return fail(path);
    const out: Record<string, unknown> = {};
    for (const [k, inner] of Object.entries(props)) {
      const result = inner.check(Object.hasOwn(v, k) ? v[k] : undefined, [...path, k]);
      if (!result.ok) return result;
      if (result.value !== undefined) out[k] = result.value;
    }
    if (strict && Object.keys(v).some((k) => !Object.hasOwn(props, k))) return fail(path);
    return pass(out as ObjectOf<P>);
  });
