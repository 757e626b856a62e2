import { GraphQLError } from 'graphql';
import { ErrorCode, type FieldError } from '@kakehashi/shared-contracts';

/** Errors the api means to show: each carries its DESIGN.md `extensions.code`. */
export class AppError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'AppError';
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign-in required.') {
    super(message, ErrorCode.Unauthenticated);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You do not have permission to do this.') {
    super(message, ErrorCode.Forbidden);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id?: string) {
    super(id ? `${what} ${id} was not found.` : `${what} was not found.`, ErrorCode.NotFound);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(message, ErrorCode.Conflict);
  }
}

export class RateLimitedError extends AppError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, ErrorCode.RateLimited, { retryAfterSeconds });
  }
}

/** Bad input, naming every field that failed and why (`extensions.fields`). */
export class BadUserInputError extends AppError {
  constructor(readonly fields: FieldError[]) {
    super(`Invalid input: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, ErrorCode.BadUserInput, { fields });
  }

  static field(field: string, message: string): BadUserInputError {
    return new BadUserInputError([{ field, message }]);
  }
}
