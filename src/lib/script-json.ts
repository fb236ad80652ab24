/**
 * `value` as JSON to put in a `<script type="application/json">`: every `<` written as `\u003c`, so no
 * text in it (a `</script>` or `<!--` in a case) can end the element early. JSON.parse reads it back as
 * it was.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
