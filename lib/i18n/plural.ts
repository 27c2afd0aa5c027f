/** A message's plural forms, as the server picked them for the locale; `other` always exists. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Picks the plural form for a count and fills `{count}`, with the browser's own plural rules:
 * enough for client components, without shipping an ICU runtime.
 */
export function plural(locale: string, forms: PluralForms, count: number): string {
  const { rules, numbers } = formatters(locale);
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replaceAll('{count}', numbers.format(count));
}

// Building Intl objects is slow (tens of ms on a slow phone); a badge or a notice asks per render.
const byLocale = new Map<string, { rules: Intl.PluralRules; numbers: Intl.NumberFormat }>();

function formatters(locale: string) {
  let cached = byLocale.get(locale);
  if (!cached) {
    cached = { rules: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale) };
    byLocale.set(locale, cached);
  }
  return cached;
}
