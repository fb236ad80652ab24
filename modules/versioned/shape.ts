/**
 * Small declarative checks for the records the browser reads back from storage (attempts, progress).
 * They cover only what those records use: strict objects, strings with a pattern, literals, booleans,
 * integers in a range, arrays, records, nullable and optional fields, ISO date-times. Why not zod, like the
 * content schemas: zod adds 25 KB gzip to a page (zod/mini 8 KB), a case page may ship 40 KB of
 * JavaScript in all, and xstate with Preact already take 27. These add about 1 KB.
 *
 * A shape's `safeParse` answers like zod's (`success`, `data`, `error.issues[0].path`), so readVersioned
 * and every caller take either. Input is plain JSON (readVersioned parses it), so a value that fits is
 * returned as it is.
 */

type Path = (string | number)[];

/** The first problem's path, or null when the value fits. */
type Check = (value: unknown, path: Path) => Path | null;

/** What safeParse gives, as zod gives it (whose paths may also hold symbols). */
export type SafeParse<T> =
  { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[] }[] } };

/** A checked shape of JSON values of type T. */
export interface Shape<T> {
  safeParse(value: unknown): SafeParse<T>;
  readonly check: Check;
  /** Set by {@link optional}: an object may leave this field out. */
  readonly optional?: boolean;
  /** Carries T for {@link Infer}; never set. */
  readonly type?: T;
}

/** The type of the values a shape accepts. */
export type Infer<S> = S extends Shape<infer T> ? T : never;

function shape<T>(check: Check, optional?: boolean): Shape<T> {
  return {
    check,
    optional,
    safeParse(value) {
      const path = check(value, []);
      return path ? { success: false, error: { issues: [{ path }] } } : { success: true, data: value as T };
    },
  };
}

const when = (ok: boolean, path: Path) => (ok ? null : path);

/** A string, optionally matching `pattern` and at least `min` characters long. */
export const string = (pattern?: RegExp, min = 0): Shape<string> =>
  shape((v, p) => when(typeof v === 'string' && v.length >= min && (!pattern || pattern.test(v)), p));

/** Exactly this value. */
export const literal = <L extends string | number>(value: L): Shape<L> =>
  shape((v, p) => when(v === value, p));

/** A whole number from `min` to `max`. */
export const int = (min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Shape<number> =>
  shape((v, p) => when(Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max, p));

/** true or false. */
export const boolean = (): Shape<boolean> => shape((v, p) => when(typeof v === 'boolean', p));

/** Any value at all (checked later, or not at all). */
export const unknown = (): Shape<unknown> => shape(() => null);

/** Null, or what `inner` accepts. */
export const nullable = <T>(inner: Shape<T>): Shape<T | null> =>
  shape((v, p) => (v === null ? null : inner.check(v, p)));

/** A field an object may leave out (it may not be null or undefined when present). */
export const optional = <T>(inner: Shape<T>): Shape<T | undefined> & { readonly optional: true } =>
  shape(inner.check, true) as Shape<T | undefined> & { readonly optional: true };

/** An array whose items fit `item`; `valid` checks the array as a whole afterwards. */
export const array = <T>(item: Shape<T>, valid?: (items: T[]) => boolean): Shape<T[]> =>
  shape((v, p) => {
    if (!Array.isArray(v)) return p;
    for (let i = 0; i < v.length; i++) {
      const failed = item.check(v[i], [...p, i]);
      if (failed) return failed;
    }
    return when(!valid || valid(v as T[]), p);
  });

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object whose keys fit `key` and whose values fit `value`. */
export const record = <T>(key: Shape<string>, value: Shape<T>): Shape<Record<string, T>> =>
  shape((v, p) => {
    if (!isPlainObject(v)) return p;
    for (const [k, item] of Object.entries(v)) {
      const failed = key.check(k, [...p, k]) ?? value.check(item, [...p, k]);
      if (failed) return failed;
    }
    return null;
  });

type Fields = Record<string, Shape<unknown>>;
type OptionalKeys<F extends Fields> = { [K in keyof F]: F[K]['optional'] extends true ? K : never }[keyof F];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** The object type of some fields: optional ones may be left out. */
export type ObjectOf<F extends Fields> = Simplify<
  { [K in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[K]> } & { [K in OptionalKeys<F>]?: Infer<F[K]> }
>;

/** An object with these fields, checked in order; `strict` (the default) refuses keys not listed. */
export function object<F extends Fields>(fields: F, { strict = true } = {}): Shape<ObjectOf<F>> {
  return shape((v, p) => {
    if (!isPlainObject(v)) return p;
    for (const [key, field] of Object.entries(fields)) {
      const present = Object.hasOwn(v, key);
      if (!present && field.optional) continue;
      const failed = present ? field.check(v[key], [...p, key]) : [...p, key];
      if (failed) return failed;
    }
    return when(!strict || Object.keys(v).every((key) => Object.hasOwn(fields, key)), p);
  });
}

/** A date-time as zod's `z.iso.datetime()` accepts it: UTC ("Z"), seconds required, any fraction. */
export const isoDateTime = (): Shape<string> =>
  string(
    /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$/,
  );
