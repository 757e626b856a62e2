import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@kakehashi/shared-contracts';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/** Apollo's own codes for malformed requests map onto ours. */
const APOLLO_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BadUserInput,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BadUserInput,
  BAD_REQUEST: ErrorCode.BadUserInput,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BadUserInput,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BadUserInput,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BadUserInput,
};

/**
 * Every error leaves with one of DESIGN.md's codes. Anything unexpected becomes
 * INTERNAL_SERVER_ERROR; in production its message, stack and SQL never leave the server.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, isProduction: boolean): GraphQLFormattedError {
  const rawCode = String(formatted.extensions?.code ?? '');
  const code = KNOWN_CODES.has(rawCode) ? (rawCode as ErrorCode) : (APOLLO_CODES[rawCode] ?? ErrorCode.InternalServerError);
  const { stacktrace, ...extensions } = formatted.extensions ?? {};
  if (code === ErrorCode.InternalServerError) {
    return {
      message: isProduction ? 'Internal server error.' : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: isProduction ? { code } : { code, stacktrace },
    };
  }
  return { ...formatted, extensions: { ...extensions, code } };
}
