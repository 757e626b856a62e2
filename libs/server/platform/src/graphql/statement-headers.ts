/** SQL statements a /graphql request sent (EXPOSE_SQL_STATEMENTS: tests, the benchmark). */
export const STATEMENTS_HEADER = 'x-sql-statements';
/** Of those, the ones spent before the operation's own work (resolving the session). */
export const CONTEXT_STATEMENTS_HEADER = 'x-sql-statements-context';
