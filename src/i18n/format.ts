// Islands import `format` from here, not from ui.ts: a bundle that reaches ui.ts reaches every string
// module it imports (check-strings.ts), and Rolldown would put those strings in the chunk it shares.

/** Fills the `{name}` placeholders of a string an island received as a prop; throws like `t`. */
export function format(
  template: string,
  values: Record<string, string | number> = {},
  key = template,
): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`ui string "${key}" needs a value for {${name}}`);
    return String(value);
  });
}
