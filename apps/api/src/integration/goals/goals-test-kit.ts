// Shared set-up of the goals specs: the api with the directory behind the PersonDirectoryPort,
// and factories that write goals and check-ins through the real mutations.
import { randomUUID } from 'node:crypto';
import { DIRECTORY_ENTITIES, DirectoryModule } from '@kakehashi/server-directory';
import { GOALS_ENTITIES, GoalsModule } from '@kakehashi/server-goals';
import { PLATFORM_ENTITIES } from '@kakehashi/server-platform';
import { startTestApp, type TestApp } from '@kakehashi/server-platform/testing';
import { type Actor, nextSequence, ok } from '../test-kit';

export { actor, type Actor, createDepartment, createPerson, errorCode, errorFields, ok } from '../test-kit';

export function startGoalsApp(env?: Record<string, string>): Promise<TestApp> {
  return startTestApp({
    imports: [DirectoryModule, GoalsModule],
    entities: [...PLATFORM_ENTITIES, ...DIRECTORY_ENTITIES, ...GOALS_ENTITIES],
    env,
  });
}

export const GOAL_FIELDS = /* GraphQL */ `
  fragment GoalFields on Goal {
    id
    code
    kind
    title
    status
    unit
    direction
    baseline
    target
    rangeLow
    rangeHigh
    period {
      kind
      fiscalYear
      quarter
      start
      end
      key
    }
    cadence
    parentId
    weight
    recurring
    seriesId
    previousId
    currentValue
    confidence
    lastCheckInAt
    trend
    progress {
      actual
      pace
      paceValue
      rolledUp
      suggestedConfidence
      checkInDue
      checkInOverdue
    }
    version
    owner {
      id
    }
    canEdit
    canCheckIn
  }
`;

export interface GoalData {
  id: string;
  code: string;
  kind: string;
  title: string;
  status: string;
  unit: string;
  baseline: number;
  target: number | null;
  period: { kind: string; fiscalYear: number; quarter: number | null; start: string; end: string; key: string };
  parentId: string | null;
  weight: number;
  recurring: boolean;
  seriesId: string;
  previousId: string | null;
  currentValue: number | null;
  confidence: string | null;
  trend: number[];
  progress: {
    actual: number | null;
    pace: number;
    paceValue: number | null;
    rolledUp: number | null;
    suggestedConfidence: string | null;
    checkInDue: boolean;
    checkInOverdue: boolean;
  };
  version: number;
  owner: { id: string } | null;
  canEdit: boolean;
  canCheckIn: boolean;
}

export const CREATE_GOAL = /* GraphQL */ `
  mutation CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      ...GoalFields
    }
  }
  ${GOAL_FIELDS}
`;

export const GOAL = /* GraphQL */ `
  query Goal($id: ID!) {
    goal(id: $id) {
      ...GoalFields
      childWeightTotal
      children {
        id
        code
        weight
      }
      series {
        id
        period {
          key
        }
      }
      checkIns {
        id
        slotStart
        value
        confidence
        note
        edited
        version
        commentCount
        author {
          id
        }
        comments {
          id
          body
          author {
            id
          }
        }
        entries {
          id
          value
          confidence
        }
      }
    }
  }
  ${GOAL_FIELDS}
`;

export const RECORD_CHECK_IN = /* GraphQL */ `
  mutation RecordCheckIn($input: RecordCheckInInput!) {
    recordCheckIn(input: $input) {
      id
      goalId
      slotStart
      value
      confidence
      note
      edited
      version
    }
  }
`;

export interface CheckInData {
  id: string;
  goalId: string;
  slotStart: string;
  value: number;
  confidence: string;
  note: string;
  edited: boolean;
  version: number;
}

export const SETTINGS = /* GraphQL */ `
  query Settings {
    goalSettings {
      today
      currentQuarter {
        fiscalYear
        quarter
        start
        end
      }
    }
  }
`;

/** A goal input with sensible defaults: a KPI of the current quarter, 件, increasing 100 → 200, weekly. */
export function goalInput(
  fields: Record<string, unknown> & { departmentIds: string[]; ownerId: string; fiscalYear: number; quarter: number | null },
) {
  return {
    code: `KPI-${nextSequence()}`,
    kind: 'KPI',
    title: '新規受注件数',
    unit: 'CASES',
    direction: 'INCREASE',
    baseline: 100,
    target: 200,
    periodKind: fields.quarter === null ? 'FISCAL_YEAR' : 'QUARTER',
    cadence: 'WEEKLY',
    status: 'ACTIVE',
    ...fields,
  };
}

export async function createGoal(who: Actor, input: Record<string, unknown>): Promise<GoalData> {
  return ok(await who.gql<{ createGoal: GoalData }>(CREATE_GOAL, { input })).createGoal;
}

export async function checkIn(who: Actor, input: Record<string, unknown>): Promise<CheckInData> {
  return ok(await who.gql<{ recordCheckIn: CheckInData }>(RECORD_CHECK_IN, { input: { idempotencyKey: randomUUID(), ...input } }))
    .recordCheckIn;
}
