import type { z } from 'zod';
import { DetailedError } from './errors';

/** Field code for one zod issue: what a form shows next to the input. */
function fieldCode(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom') {
    const code = (issue.params as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? code : 'invalid';
  }
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message))
    return 'required';
  if (issue.code === 'invalid_format')
    return issue.format === 'email' ? 'invalid_email' : 'invalid_format';
  return issue.code;
}

export function invalidFields(fields: Record<string, string>, message: string): DetailedError {
  return new DetailedError(400, 'invalid_request', message, { fields });
}

/**
 * Validates a form-like body or throws 400 invalid_request with `error.fields`:
 * each offending path (e.g. `shippingAddress.postalCode`) mapped to a code
 * (`required`, `invalid_email`, `invalid_postal_code`, ...). The first issue per path wins.
 */
export function parseFields<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...issue.path, key].join('.')] ??= 'unrecognized_key';
      continue;
    }
    fields[issue.path.join('.') || '(body)'] ??= fieldCode(issue);
  }
  const message = result.error.issues
    .slice(0, 5)
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
  throw invalidFields(fields, message);
}
