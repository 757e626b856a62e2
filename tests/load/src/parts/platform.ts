import type { BenchPart } from '../bench-part';

/**
 * The api's own cost per request, with no resolver and no SQL: HTTP, the middleware, the
 * session, Apollo's pipeline and the JSON answer. Every other row pays it once on top of its
 * SQL, which is why a sub-millisecond floor cannot be met at 2× by any endpoint of this stack.
 */
export const platformPart: BenchPart = {
  name: 'platform',
  order: 0,
  seed: async () => undefined,
  operations: async () => [
    {
      name: 'api baseline ({ __typename }, no SQL)',
      persona: 'employee',
      statementBudget: 0,
      document: 'query BenchBaseline { __typename }',
      variables: () => ({}),
      floor: async () => undefined,
    },
  ],
};
