/** `extensions.code` values every GraphQL error carries (see DESIGN.md, GraphQL rules). */
export enum ErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  BadUserInput = 'BAD_USER_INPUT',
  Conflict = 'CONFLICT',
  RateLimited = 'RATE_LIMITED',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

/** One failed field of a BAD_USER_INPUT error, in `extensions.fields`. */
export interface FieldError {
  field: string;
  message: string;
}
