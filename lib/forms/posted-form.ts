/**
 * A server action's form argument as it arrived. Every action here is a form's, so React sends a
 * FormData; a hand-made request can send anything in its place (a string, an array), and reading
 * that as a form would throw: a 500 instead of the form's own "check this field" answer. Anything
 * else reads as an empty form, which every action already answers with a localized error.
 */
export function postedForm(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
