// Shared set-up of the customer-voice specs: the api with the directory and goals (for links),
// product areas, and factories that file tickets and add voices through the real mutations.
import { randomUUID } from 'node:crypto';
import { DIRECTORY_ENTITIES, DirectoryModule } from '@kakehashi/server-directory';
import { GOALS_ENTITIES, GoalsModule } from '@kakehashi/server-goals';
import { PLATFORM_ENTITIES } from '@kakehashi/server-platform';
import { startTestApp, type TestApp } from '@kakehashi/server-platform/testing';
import { VOICE_ENTITIES, VoiceModule } from '@kakehashi/server-voice';
import { type Actor, nextSequence, ok } from '../test-kit';

export { actor, type Actor, createDepartment, createPerson, errorCode, errorFields, nextSequence, ok } from '../test-kit';

export function startVoiceApp(env?: Record<string, string>): Promise<TestApp> {
  return startTestApp({
    imports: [DirectoryModule, GoalsModule, VoiceModule],
    entities: [...PLATFORM_ENTITIES, ...DIRECTORY_ENTITIES, ...GOALS_ENTITIES, ...VOICE_ENTITIES],
    env,
  });
}

/** A product area written as an admin would (the list is cached a minute: write them before the first request). */
export async function createProductArea(api: TestApp, nameJa: string, active = true): Promise<string> {
  const sequence = nextSequence();
  const [row] = await api.dataSource.query<{ id: string }[]>(
    'INSERT INTO product_areas (key, name_ja, name_en, active, sort_order) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [`area-${sequence}-${randomUUID().slice(0, 6)}`, nameJa, `Area ${sequence}`, active, sequence],
  );
  return row!.id;
}

export const TICKET_FIELDS = /* GraphQL */ `
  fragment TicketFields on Ticket {
    id
    number
    code
    status
    summary
    category
    impact
    theme
    declineReason
    voiceCount
    customerCount
    revenueAtStake
    segments
    filedAt
    triageDueAt
    firstTriagedAt
    triageOverdue
    version
    canEdit
    canTriage
    following
    productArea {
      id
    }
    owner {
      id
    }
    filer {
      id
    }
    mergedInto {
      id
      code
    }
  }
`;

export interface TicketData {
  id: string;
  number: number;
  code: string;
  status: string;
  summary: string;
  category: string;
  impact: string;
  theme: string | null;
  declineReason: string | null;
  voiceCount: number;
  customerCount: number;
  revenueAtStake: number;
  segments: string[];
  filedAt: string;
  triageDueAt: string;
  firstTriagedAt: string | null;
  triageOverdue: boolean;
  version: number;
  canEdit: boolean;
  canTriage: boolean;
  following: boolean;
  productArea: { id: string } | null;
  owner: { id: string } | null;
  filer: { id: string } | null;
  mergedInto: { id: string; code: string } | null;
}

export const FILE_TICKET = /* GraphQL */ `
  mutation File($input: FileTicketInput!) {
    fileTicket(input: $input) {
      ...TicketFields
    }
  }
  ${TICKET_FIELDS}
`;

export const ADD_VOICE = /* GraphQL */ `
  mutation AddVoice($input: AddVoiceInput!) {
    addVoiceToTicket(input: $input) {
      ...TicketFields
    }
  }
  ${TICKET_FIELDS}
`;

export const TRIAGE = /* GraphQL */ `
  mutation Triage($input: TriageTicketInput!) {
    triageTicket(input: $input) {
      ...TicketFields
    }
  }
  ${TICKET_FIELDS}
`;

export const MERGE = /* GraphQL */ `
  mutation Merge($input: MergeTicketInput!) {
    mergeTicket(input: $input) {
      ...TicketFields
    }
  }
  ${TICKET_FIELDS}
`;

export const COMMENT = /* GraphQL */ `
  mutation Comment($input: CommentOnTicketInput!) {
    commentOnTicket(input: $input) {
      id
      kind
      body
      internal
    }
  }
`;

export const TICKET = /* GraphQL */ `
  query Ticket($id: ID!) {
    ticket(id: $id) {
      ...TicketFields
    }
  }
  ${TICKET_FIELDS}
`;

export interface VoiceFields {
  accountName: string;
  segment: string;
  annualContractValue: number | null;
  contactRole: string | null;
  channel: string;
  verbatim: string;
  externalReference: string | null;
}

export function voiceInput(overrides: Partial<VoiceFields> = {}): VoiceFields & { idempotencyKey: string } {
  return {
    accountName: `株式会社テスト商事${nextSequence()}`,
    segment: 'ENTERPRISE',
    annualContractValue: 12_000_000,
    contactRole: '情報システム部 課長',
    channel: 'SALES_MEETING',
    verbatim: '請求書のCSV出力で明細が文字化けして、経理で使えません。',
    externalReference: null,
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

export function ticketInput(
  productAreaId: string,
  overrides: Partial<VoiceFields & { summary: string; category: string; impact: string; idempotencyKey: string }> = {},
): Record<string, unknown> {
  return {
    summary: 'CSV出力で請求書の明細が文字化けする',
    category: 'BUG',
    impact: 'CHURN_RISK',
    productAreaId,
    ...voiceInput(),
    ...overrides,
  };
}

export async function fileTicket(by: Actor, productAreaId: string, overrides: Parameters<typeof ticketInput>[1] = {}): Promise<TicketData> {
  return ok(await by.gql<{ fileTicket: TicketData }>(FILE_TICKET, { input: ticketInput(productAreaId, overrides) })).fileTicket;
}

export async function addVoice(by: Actor, ticketId: string, overrides: Partial<VoiceFields> = {}): Promise<TicketData> {
  return ok(await by.gql<{ addVoiceToTicket: TicketData }>(ADD_VOICE, { input: { ticketId, ...voiceInput(overrides) } })).addVoiceToTicket;
}

export async function triage(by: Actor, input: Record<string, unknown>): Promise<TicketData> {
  return ok(await by.gql<{ triageTicket: TicketData }>(TRIAGE, { input })).triageTicket;
}

/** Notifications a person has, newest first (written by the platform's notifier). */
export async function notificationsOf(
  api: TestApp,
  personId: string,
  kind?: string,
): Promise<{ kind: string; title_ja: string; link: string }[]> {
  return api.dataSource.query(
    `SELECT kind, title_ja, link FROM notifications WHERE recipient_id = $1 AND ($2::text IS NULL OR kind = $2) ORDER BY created_at DESC`,
    [personId, kind ?? null],
  );
}
