import { type ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@kakehashi/shared-contracts';
import { AppError } from './errors';

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BadUserInput,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.BadUserInput,
  429: ErrorCode.RateLimited,
};

/**
 * Errors of GraphQL resolvers: the ones we mean to show pass through quietly (a bad input
 * is not a server error); anything unexpected is logged once with its stack here, and
 * reaches the client as INTERNAL_SERVER_ERROR (see format-error).
 */
@Catch()
export class GraphQLErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') throw exception;
    if (exception instanceof AppError || exception instanceof GraphQLError) return exception;
    if (exception instanceof HttpException) {
      const code = HTTP_CODES[exception.getStatus()] ?? ErrorCode.InternalServerError;
      return new GraphQLError(exception.message, { extensions: { code } });
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return new GraphQLError(exception instanceof Error ? exception.message : 'Internal server error.', {
      extensions: { code: ErrorCode.InternalServerError },
    });
  }
}
