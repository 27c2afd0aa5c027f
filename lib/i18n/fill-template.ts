/**
 * Fills `{name}` placeholders in a message the server already picked for the locale. Client
 * components get plain strings as props this way, so next-intl's ICU runtime never ships to
 * the browser. Only for messages without plural or select syntax.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}
