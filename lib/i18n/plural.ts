/** A message's plural forms, as the server picked them for the locale; `other` always exists. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Picks the plural form for a count and fills `{count}`, with the browser's own plural rules:
 * enough for client components, without shipping an ICU runtime.
 */
export function plural(locale: string, forms: PluralForms, count: number): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return form.replaceAll('{count}', new Intl.NumberFormat(locale).format(count));
}
