import {
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { compiledExecution } from './compiled-execution';

const Filter = new GraphQLInputObjectType({
  name: 'Filter',
  fields: {
    word: { type: new GraphQLNonNull(GraphQLString) },
    // Non-null with a default: graphql-jit alone refuses it when left out.
    tags: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLString))), defaultValue: [] },
    limit: { type: new GraphQLNonNull(GraphQLInt), defaultValue: 3 },
  },
});

class CodedError extends GraphQLError {
  constructor() {
    super('Not yours.', { extensions: { code: 'FORBIDDEN' } });
  }
}

const Row = new GraphQLObjectType({
  name: 'Row',
  fields: {
    n: { type: GraphQLInt },
    forbidden: {
      type: GraphQLString,
      resolve: () => {
        throw new CodedError();
      },
    },
    broken: {
      type: GraphQLString,
      resolve: () => {
        throw new Error('database down');
      },
    },
  },
});

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      echo: {
        type: GraphQLString,
        args: { filter: { type: new GraphQLNonNull(Filter) } },
        resolve: (_root, args: { filter: { word: string; tags: string[]; limit: number } }) => JSON.stringify(args.filter),
      },
      rows: {
        type: new GraphQLList(Row),
        resolve: async (_root, _args, context: { rows: number }) => Array.from({ length: context.rows }, (_, n) => ({ n })),
      },
    },
  }),
});

async function run(query: string, variables: Record<string, unknown> = {}, context: object = { rows: 2 }) {
  const gateway = compiledExecution(() => schema);
  const { executor } = await gateway.load({ apollo: {} as never });
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return executor!({ document, operation, operationName: null, queryHash: query, request: { query, variables }, context } as never);
}

describe('compiled execution (graphql-jit behind Apollo)', () => {
  it('answers as graphql-js does, filling in defaults of input fields left out', async () => {
    const result = await run('query($f: Filter!) { echo(filter: $f) }', { f: { word: '営業' } });
    expect(result.errors).toBeUndefined();
    expect(JSON.parse(result.data!['echo'] as string)).toEqual({ word: '営業', tags: [], limit: 3 });
    expect((await run('{ rows { n } }', {}, { rows: 3 })).data).toEqual({ rows: [{ n: 0 }, { n: 1 }, { n: 2 }] });
  });

  it("refuses a wrong variable with graphql-js's own error, naming the variable (Apollo's BAD_USER_INPUT)", async () => {
    const result = await run('query($f: Filter!) { echo(filter: $f) }', { f: { word: 1, limit: 'many' } });
    const error = result.errors![0]!;
    expect(Object.getPrototypeOf(error)).toBe(GraphQLError.prototype);
    expect(error.message).toMatch(/^Variable "\$f" got invalid value/);
    expect(error.nodes?.map((node) => node.kind)).toEqual([Kind.VARIABLE_DEFINITION]);
  });

  it("reports a resolver's error as graphql-js would: its code, path and location kept", async () => {
    const result = await run('{ rows { n forbidden broken } }', {}, { rows: 1 });
    expect(result.data).toEqual({ rows: [{ n: 0, forbidden: null, broken: null }] });
    const [forbidden, broken] = result.errors!;
    for (const error of [forbidden!, broken!]) expect(Object.getPrototypeOf(error)).toBe(GraphQLError.prototype);
    expect(forbidden).toMatchObject({ message: 'Not yours.', path: ['rows', 0, 'forbidden'], extensions: { code: 'FORBIDDEN' } });
    expect(forbidden!.locations).toEqual([{ line: 1, column: 12 }]);
    expect(forbidden!.originalError).toBeInstanceOf(CodedError);
    expect(broken).toMatchObject({ message: 'database down', path: ['rows', 0, 'broken'], extensions: {} });
    expect(broken!.originalError?.message).toBe('database down');
  });
});
