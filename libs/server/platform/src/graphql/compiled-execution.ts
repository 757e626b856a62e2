import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  astFromValue,
  type DocumentNode,
  execute,
  type ExecutionResult,
  type GraphQLFormattedError,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getVariableValues,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  typeFromAST,
  valueFromASTUntyped,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { GraphQLContext } from './graphql-context';

type Gateway = ApolloServerOptionsWithGateway<GraphQLContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/**
 * Compiled operations kept, at most: the web client has a few dozen documents, and where trusted
 * documents are not enforced (development) a client sending ever new ones must not grow memory.
 */
export const COMPILED_OPERATIONS_MAX = 1_000;

/** An error as graphql-jit reports it: its own class, with the path and locations it computed. */
interface CompiledError {
  message: string;
  path?: readonly (string | number)[];
  locations?: GraphQLFormattedError['locations'];
  originalError?: Error | null;
  extensions?: Record<string, unknown>;
}

/**
 * Executes operations with graphql-jit instead of graphql-js, behind Apollo Server: Apollo still
 * parses, validates (armor's limits, trusted documents) and runs every plugin; only the
 * execution, the walk over the answer's fields, is compiled, once per document and operation.
 *
 * Why: graphql-js resolves every field of every row generically (its arguments coerced into
 * fresh dictionary objects, its path allocated, its result checked for a promise). On a page of
 * 50 tickets or a quarter of analytics that walk was a third of the api's time; the compiled
 * one calls the same resolvers in straight-line code, and the answer serializes faster too.
 *
 * Apollo's documented seam for its own executor is the gateway interface (an executor for
 * the schema it is given); the schema here is the one Nest built. Variables are coerced by
 * graphql-js first, so that a wrong variable gets graphql-js's error (BAD_USER_INPUT, naming
 * the variable) exactly as before. An operation the compiler refuses runs on graphql-js.
 */
export function compiledExecution(schemaOf: () => GraphQLSchema): Gateway {
  return {
    async load() {
      const schema = schemaOf();
      const compiled = new Map<string, CompiledQuery | null>();
      const compile = (document: DocumentNode, operationName: string | undefined, key: string): CompiledQuery | null => {
        let query = compiled.get(key);
        if (query === undefined) {
          const result = compileQuery(schema, document, operationName);
          query = isCompiledQuery(result) ? result : null;
          if (compiled.size >= COMPILED_OPERATIONS_MAX) compiled.delete(compiled.keys().next().value!);
          compiled.set(key, query);
        }
        return query;
      };
      const executor: Executor = async (request) => {
        const document = request.document!;
        const operationName = request.operationName ?? undefined;
        const given = request.request.variables ?? {};
        const operation = request.operation ?? operationOf(document, operationName);
        if (!operation) return execute({ schema, document, contextValue: request.context, variableValues: given, operationName });
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], given, { maxErrors: 50 });
        if (coerced.errors) return { errors: coerced.errors };
        const query = compile(document, operationName, `${request.queryHash}\n${operationName ?? ''}`);
        if (!query) return execute({ schema, document, contextValue: request.context, variableValues: given, operationName });
        return toGraphQLResult(await query.query(undefined, request.context, withInputDefaults(schema, operation, given)));
      };
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schemaOf(), coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {
      // Nothing to release: the compiled operations go with the process.
    },
  };
}

function operationOf(document: DocumentNode, name: string | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION);
  return name === undefined ? (operations.length === 1 ? operations[0] : undefined) : operations.find((node) => node.name?.value === name);
}

/**
 * The variables as given, with the default of every input field left out written in: graphql-jit
 * refuses a missing non-null input field that has a default (`name: String! = ""`), which
 * graphql-js fills in. Only input objects are copied; everything else is passed as it is.
 */
function withInputDefaults(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  given: Record<string, unknown>,
): Record<string, unknown> {
  let variables = given;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type || given[name] == null) continue;
    const filled = fillDefaults(type, given[name]);
    if (filled !== given[name]) variables = { ...variables, [name]: filled };
  }
  return variables;
}

function fillDefaults(type: GraphQLInputType, value: unknown): unknown {
  if (isNonNullType(type)) return fillDefaults(type.ofType, value);
  if (value == null) return value;
  if (isListType(type))
    return Array.isArray(value) ? value.map((item) => fillDefaults(type.ofType, item)) : fillDefaults(type.ofType, value);
  if (!isInputObjectType(type) || typeof value !== 'object') return value;
  const object = { ...(value as Record<string, unknown>) };
  for (const field of Object.values(type.getFields())) {
    if (object[field.name] !== undefined) object[field.name] = fillDefaults(field.type, object[field.name]);
    else if (field.defaultValue !== undefined) {
      // The default as a client would have sent it (its internal value back to JSON).
      const ast = astFromValue(field.defaultValue, field.type);
      if (ast) object[field.name] = valueFromASTUntyped(ast);
    }
  }
  return object;
}

/**
 * graphql-jit's errors pass for graphql-js's GraphQLError (`instanceof`) but are not made by it
 * (no `extensions` when the error thrown had none): Apollo's error formatting, our codes and
 * masking expect graphql-js's own.
 */
function toGraphQLResult(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  return { ...result, errors: result.errors.map((error) => toGraphQLError(error as unknown as CompiledError)) };
}

function toGraphQLError(error: CompiledError): GraphQLError {
  if (Object.getPrototypeOf(error) === GraphQLError.prototype) return error as unknown as GraphQLError;
  const original = error.originalError ?? undefined;
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: original,
    extensions: original instanceof GraphQLError ? original.extensions : error.extensions,
  });
  if (error.locations) Object.defineProperty(converted, 'locations', { value: error.locations, enumerable: true });
  return converted;
}
