import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode, type FieldError } from '@kakehashi/shared-contracts';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/** The DESIGN.md code of the first GraphQL error, or null for network and other errors. */
export function errorCode(error: unknown): ErrorCode | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const graphQLError of error.errors) {
    const code = graphQLError.extensions?.['code'];
    if (typeof code === 'string' && KNOWN_CODES.has(code)) return code as ErrorCode;
  }
  return ErrorCode.InternalServerError;
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((graphQLError) => graphQLError.extensions?.['code'] === code);
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['field'] === 'string' && typeof candidate['message'] === 'string';
}

/**
 * BAD_USER_INPUT field errors keyed by the input field's own name
 * (`input.bio` and `bio` both give `bio`).
 */
/**
 * Whether a record page should show "not found": a missing record and a malformed id in the
 * address are the same thing to the reader; any other error is an error.
 */
export function isNotFound(error: unknown): boolean {
  const code = errorCode(error);
  return code === ErrorCode.NotFound || code === ErrorCode.BadUserInput;
}

export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!CombinedGraphQLErrors.is(error)) return result;
  for (const graphQLError of error.errors) {
    if (graphQLError.extensions?.['code'] !== ErrorCode.BadUserInput) continue;
    const fields = graphQLError.extensions['fields'];
    if (!Array.isArray(fields)) continue;
    for (const field of fields) {
      if (!isFieldError(field)) continue;
      const name = field.field.split('.').pop() ?? field.field;
      result[name] ??= field.message;
    }
  }
  return result;
}

/** The `common` translation key for an error's message. */
export function errorMessageKey(error: unknown): string {
  const code = errorCode(error);
  if (code) return `errors.${code}`;
  if (ServerError.is(error) && error.statusCode >= 500) return `errors.${ErrorCode.InternalServerError}`;
  if (error instanceof TypeError || ServerError.is(error)) return 'errors.network';
  return 'errors.unknown';
}
