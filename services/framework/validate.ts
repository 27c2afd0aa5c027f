import { z } from 'zod';
import { HttpError } from './errors';

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/** Validates `input` or throws a 4xx HttpError naming the offending fields. */
export function validate<T extends z.ZodType>(schema: T, input: unknown, status = 400): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new HttpError(status, 'invalid_request', describeIssues(result.error));
  return result.data;
}

/** Query strings become plain objects first; repeated keys keep their last value. */
export function validateQuery<T extends z.ZodType>(schema: T, query: URLSearchParams): z.infer<T> {
  return validate(schema, Object.fromEntries(query));
}
