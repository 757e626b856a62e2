// Customer voice through /graphql: filing with retries, +1 voices and unique customers, bad
// input, who may do what (internal notes field by field), triage, merges, bulk actions,
// closing the loop with one notification per person, the inbox, similar tickets, insights
// and the triage reminder.
import { randomUUID } from 'node:crypto';
import { Role } from '@kakehashi/shared-contracts';
import type { GraphQLResponse, TestApp } from '@kakehashi/server-platform/testing';
import { TriageReminder } from '@kakehashi/server-voice';
import {
  type Actor,
  actor,
  ADD_VOICE,
  addVoice,
  COMMENT,
  createDepartment,
  createPerson,
  createProductArea,
  errorCode,
  errorFields,
  FILE_TICKET,
  fileTicket,
  MERGE,
  notificationsOf,
  ok,
  startVoiceApp,
  TICKET,
  TICKET_FIELDS,
  type TicketData,
  ticketInput,
  triage,
  TRIAGE,
  voiceInput,
} from './voice-test-kit';

let api: TestApp;
let sales: Actor;
let support: Actor;
let other: Actor;
let product: Actor;
let product2: Actor;
let billing: string;
let mobile: string;
let retired: string;

beforeAll(async () => {
  api = await startVoiceApp();
  const salesDepartment = await createDepartment(api, '営業部');
  const productDepartment = await createDepartment(api, 'プロダクト部');
  billing = await createProductArea(api, '請求・支払い');
  mobile = await createProductArea(api, 'モバイルアプリ');
  retired = await createProductArea(api, '旧機能', false);
  sales = await actor(api, await createPerson(api, { departmentId: salesDepartment, name: '営業 太郎' }));
  support = await actor(api, await createPerson(api, { departmentId: salesDepartment, name: 'サポート 花子' }));
  other = await actor(api, await createPerson(api, { departmentId: salesDepartment }));
  product = await actor(api, await createPerson(api, { departmentId: productDepartment, roles: [Role.PRODUCT_TRIAGE] }));
  product2 = await actor(api, await createPerson(api, { departmentId: productDepartment, roles: [Role.PRODUCT_TRIAGE] }));
});

afterAll(async () => {
  await api?.close();
});

async function count(table: string): Promise<number> {
  const [row] = await api.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM ${table}`);
  return row!.count;
}

describe('filing', () => {
  it('files a ticket with its first voice, customers and revenue counted, the triage due in business days', async () => {
    const ticket = await fileTicket(sales, billing, { annualContractValue: 24_000_000 });
    expect(ticket).toMatchObject({
      status: 'NEW',
      code: `VOC-${ticket.number}`,
      voiceCount: 1,
      customerCount: 1,
      revenueAtStake: 24_000_000,
      segments: ['ENTERPRISE'],
      canEdit: true,
      canTriage: false,
      following: true,
      productArea: { id: billing },
      filer: { id: sales.id },
    });
    expect(new Date(ticket.triageDueAt).getTime()).toBeGreaterThan(new Date(ticket.filedAt).getTime() + 5 * 86_400_000);
  });

  it('files once when the same request is retried, even twice at once', async () => {
    const input = ticketInput(billing, { idempotencyKey: randomUUID() });
    const before = await count('voice_tickets');
    const [first, second] = await Promise.all([sales.gql(FILE_TICKET, { input }), sales.gql(FILE_TICKET, { input })]);
    const third = await sales.gql<{ fileTicket: TicketData }>(FILE_TICKET, { input });
    const ids = [first, second, third].map((response) => ok(response as typeof third).fileTicket.id);
    expect(new Set(ids).size).toBe(1);
    expect(await count('voice_tickets')).toBe(before + 1);
  });

  it('keeps any script and 20 KB of the customer’s words as said', async () => {
    const verbatim = `${'مرحبا بالعالم 😀 顧客の声 '.repeat(1200)}end`;
    expect(verbatim.length).toBeGreaterThan(20_000);
    const ticket = await fileTicket(sales, billing, { verbatim });
    const data = ok(
      await sales.gql<{ ticket: { voices: { verbatim: string }[] } }>(`query($id: ID!) { ticket(id: $id) { voices { verbatim } } }`, {
        id: ticket.id,
      }),
    );
    expect(data.ticket.voices[0]!.verbatim).toBe(verbatim);
  });

  it.each([
    ['an empty verbatim', { verbatim: '  \n ' }, 'verbatim'],
    ['an over-long verbatim', { verbatim: 'あ'.repeat(30_001) }, 'verbatim'],
    ['a negative contract value', { annualContractValue: -1 }, 'annualContractValue'],
    ['an absurd contract value', { annualContractValue: 1e13 }, 'annualContractValue'],
    ['a contract value in fractions of a yen', { annualContractValue: 1000.5 }, 'annualContractValue'],
    ['an unknown product area', { productAreaId: randomUUID() }, 'productAreaId'],
    ['a retired product area', { productAreaId: 'RETIRED' }, 'productAreaId'],
    ['an empty summary', { summary: '   ' }, 'summary'],
    ['an empty account', { accountName: ' ' }, 'accountName'],
    ['a NUL character', { summary: 'a\u0000b' }, 'summary'],
  ])('refuses %s, naming the field, and saves nothing', async (_what, overrides, field) => {
    const before = [await count('voice_tickets'), await count('customer_voices')];
    const input = ticketInput(billing, overrides as Record<string, string>);
    if (input['productAreaId'] === 'RETIRED') input['productAreaId'] = retired;
    const response = await sales.gql(FILE_TICKET, { input });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(errorFields(response)).toContain(field);
    expect([await count('voice_tickets'), await count('customer_voices')]).toEqual(before);
  });
});

describe('voices (+1)', () => {
  it('counts each customer once however the account is written, and their contract value once', async () => {
    const ticket = await fileTicket(sales, billing, { accountName: '株式会社ＡＢＣ物流', annualContractValue: 10_000_000 });
    const again = await addVoice(support, ticket.id, { accountName: 'ABC物流', annualContractValue: 12_000_000, segment: 'MID_MARKET' });
    expect(again).toMatchObject({ voiceCount: 2, customerCount: 1, revenueAtStake: 12_000_000, following: true });
    const third = await addVoice(other, ticket.id, { accountName: '北陸精機株式会社', annualContractValue: 3_000_000, segment: 'SMB' });
    expect(third).toMatchObject({ voiceCount: 3, customerCount: 2, revenueAtStake: 15_000_000 });
    expect([...third.segments].sort()).toEqual(['ENTERPRISE', 'MID_MARKET', 'SMB']);
  });

  it('adds once when retried', async () => {
    const ticket = await fileTicket(sales, billing);
    const input = { ticketId: ticket.id, ...voiceInput() };
    await Promise.all([support.gql(ADD_VOICE, { input }), support.gql(ADD_VOICE, { input })]);
    const after = ok(await support.gql<{ addVoiceToTicket: TicketData }>(ADD_VOICE, { input })).addVoiceToTicket;
    expect(after.voiceCount).toBe(2);
  });
});

describe('who may do what', () => {
  it('keeps the inbox and triage to product', async () => {
    const ticket = await fileTicket(sales, billing);
    const inbox = await sales.gql('{ tickets(first: 5) { nodes { id } } }');
    expect(errorCode(inbox)).toBe('FORBIDDEN');
    expect(errorCode(await sales.gql(TRIAGE, { input: { ticketId: ticket.id, status: 'PLANNED' } }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await sales.gql('mutation($input: BulkTriageInput!) { bulkTriageTickets(input: $input) { id } }', {
          input: { ticketIds: [ticket.id], status: 'PLANNED' },
        }),
      ),
    ).toBe('FORBIDDEN');
    const second = await fileTicket(sales, billing);
    expect(errorCode(await sales.gql(MERGE, { input: { ticketId: second.id, intoTicketId: ticket.id } }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await sales.gql(COMMENT, { input: { ticketId: ticket.id, kind: 'INTERNAL_NOTE', body: 'x', idempotencyKey: randomUUID() } }),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await sales.gql('mutation { saveProductArea(input: { key: "x-area", nameJa: "x", nameEn: "x" }) { id } }'))).toBe(
      'FORBIDDEN',
    );
    expect(
      ok(await product.gql<{ tickets: { nodes: unknown[] } }>('{ tickets(first: 5) { nodes { id } } }')).tickets.nodes.length,
    ).toBeGreaterThan(0);
  });

  it('lets the filer edit only their own ticket, and only while it is new', async () => {
    const ticket = await fileTicket(sales, billing);
    const edit = (by: Actor, version: number) =>
      by.gql<{ updateTicket: TicketData }>(
        `mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { ...TicketFields } } ${TICKET_FIELDS}`,
        { input: { ticketId: ticket.id, version, summary: '請求書CSVの文字化け（修正）', impact: 'BLOCKS_DEAL' } },
      );
    expect(errorCode(await edit(other, ticket.version))).toBe('FORBIDDEN');
    const edited = ok(await edit(sales, ticket.version)).updateTicket;
    expect(edited).toMatchObject({ summary: '請求書CSVの文字化け（修正）', impact: 'BLOCKS_DEAL' });
    expect(errorCode(await edit(sales, ticket.version))).toBe('CONFLICT');
    await triage(product, { ticketId: ticket.id, status: 'TRIAGED' });
    expect(errorCode(await edit(sales, edited.version + 1))).toBe('FORBIDDEN');
  });

  it('never sends an internal note to anyone but product, in any field', async () => {
    const ticket = await fileTicket(sales, billing);
    const secret = `社内メモ-${randomUUID()}`;
    ok(await product.gql(COMMENT, { input: { ticketId: ticket.id, kind: 'INTERNAL_NOTE', body: secret, idempotencyKey: randomUUID() } }));
    ok(
      await product.gql(COMMENT, {
        input: { ticketId: ticket.id, kind: 'REPLY', body: 'ご報告ありがとうございます', idempotencyKey: randomUUID() },
      }),
    );
    await triage(product, { ticketId: ticket.id, theme: 'CSV出力', ownerId: product2.id });
    const everything = `query($id: ID!) { ticket(id: $id) {
      ...TicketFields
      voices { id verbatim accountName filer { id } mergedFrom { id } }
      timeline { id kind body internal fromStatus toStatus actor { id } otherTicket { id } }
      mergedFrom { id summary }
      linkedGoals { id }
    } } ${TICKET_FIELDS}`;
    const asFiler = JSON.stringify(ok(await sales.gql(everything, { id: ticket.id })));
    expect(asFiler).not.toContain(secret);
    expect(asFiler).toContain('ご報告ありがとうございます');
    expect(asFiler).not.toContain('INTERNAL_NOTE');
    expect(asFiler).not.toContain('ASSIGNED');
    const asProduct = JSON.stringify(ok(await product.gql(everything, { id: ticket.id })));
    expect(asProduct).toContain(secret);
    const asAnyone = JSON.stringify(ok(await other.gql(everything, { id: ticket.id })));
    expect(asAnyone).not.toContain(secret);
  });

  it('lets people who filed a voice reply, and no one else', async () => {
    const ticket = await fileTicket(sales, billing);
    const reply = (by: Actor) =>
      by.gql(COMMENT, { input: { ticketId: ticket.id, kind: 'REPLY', body: '追加情報です', idempotencyKey: randomUUID() } });
    expect(errorCode(await reply(other))).toBe('FORBIDDEN');
    ok(await reply(sales));
  });
});

describe('triage and closing the loop', () => {
  it('moves a ticket through its statuses, with history, and tells every filer once', async () => {
    const ticket = await fileTicket(sales, billing);
    await addVoice(support, ticket.id);
    await addVoice(support, ticket.id);
    const triaged = await triage(product, {
      ticketId: ticket.id,
      version: ticket.version,
      status: 'TRIAGED',
      ownerId: product2.id,
      theme: 'CSV出力',
    });
    expect(triaged).toMatchObject({ status: 'TRIAGED', theme: 'CSV出力', owner: { id: product2.id } });
    expect(triaged.firstTriagedAt).not.toBeNull();
    const planned = await triage(product, { ticketId: ticket.id, version: triaged.version, status: 'PLANNED' });
    expect(errorCode(await product.gql(TRIAGE, { input: { ticketId: ticket.id, version: triaged.version, status: 'SHIPPED' } }))).toBe(
      'CONFLICT',
    );
    expect(planned.firstTriagedAt).toBe(triaged.firstTriagedAt);
    const statusNotes = (id: string) => notificationsOf(api, id, 'voice.statusChanged');
    expect((await statusNotes(sales.id)).filter((n) => n.link.endsWith(ticket.id))).toHaveLength(2);
    expect((await statusNotes(support.id)).filter((n) => n.link.endsWith(ticket.id))).toHaveLength(2);
    expect((await statusNotes(product.id)).filter((n) => n.link.endsWith(ticket.id))).toHaveLength(0);
    expect((await notificationsOf(api, product2.id, 'voice.assigned')).some((n) => n.link.endsWith(ticket.id))).toBe(true);
    const mails = await api.dataSource
      .query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM pgboss.job WHERE name LIKE '%mail%' AND data::text LIKE '%' || $1 || '%'`,
        [ticket.id],
      )
      .catch(() => [{ count: -1 }]);
    expect(mails[0]!.count).not.toBe(0);
    const timeline = ok(
      await sales.gql<{ ticket: { timeline: { kind: string; toStatus: string | null }[] } }>(
        `query($id: ID!) { ticket(id: $id) { timeline { kind toStatus } } }`,
        { id: ticket.id },
      ),
    );
    expect(timeline.ticket.timeline.map((entry) => entry.kind)).toEqual([
      'FILED',
      'VOICE_ADDED',
      'VOICE_ADDED',
      'STATUS_CHANGED',
      'STATUS_CHANGED',
    ]);
  });

  it('needs a reason to decline, and the filer reads it', async () => {
    const ticket = await fileTicket(sales, billing);
    const refused = await product.gql(TRIAGE, { input: { ticketId: ticket.id, status: 'DECLINED' } });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(errorFields(refused)).toEqual(['declineReason']);
    const declined = await triage(product, { ticketId: ticket.id, status: 'DECLINED', declineReason: '現行の料金体系で対応しています。' });
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: '現行の料金体系で対応しています。' });
    expect(errorFields(await product.gql(TRIAGE, { input: { ticketId: ticket.id, status: 'NEW' } }))).toEqual(['status']);
  });

  it('replies reach every filer once, in the bell, and a retried reply posts once', async () => {
    const ticket = await fileTicket(sales, billing);
    await addVoice(support, ticket.id);
    const input = { ticketId: ticket.id, kind: 'REPLY', body: '次期リリースで対応予定です。', idempotencyKey: randomUUID() };
    await Promise.all([product.gql(COMMENT, { input }), product.gql(COMMENT, { input })]);
    ok(await product.gql(COMMENT, { input }));
    const replies = await api.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM ticket_comments WHERE ticket_id = $1',
      [ticket.id],
    );
    expect(replies[0]!.count).toBe(1);
    for (const person of [sales, support]) {
      expect((await notificationsOf(api, person.id, 'voice.reply')).filter((n) => n.link.endsWith(ticket.id))).toHaveLength(1);
    }
  });

  it('links goals that exist, and refuses ids that are not goals', async () => {
    const ticket = await fileTicket(sales, billing);
    const refused = await product.gql(TRIAGE, { input: { ticketId: ticket.id, goalIds: [randomUUID()] } });
    expect(errorFields(refused)).toEqual(['goalIds']);
  });
});

describe('merging', () => {
  it('moves voices, customers and revenue to the ticket that stays; one notice per person after', async () => {
    const keep = await fileTicket(sales, billing, { accountName: '東都メディカル株式会社', annualContractValue: 8_000_000 });
    const duplicate = await fileTicket(support, billing, { accountName: '東都メディカル', annualContractValue: 9_000_000 });
    await addVoice(sales, duplicate.id, { accountName: '南海ロジスティクス', annualContractValue: 2_000_000 });
    const merged = ok(
      await product.gql<{ mergeTicket: TicketData }>(MERGE, { input: { ticketId: duplicate.id, intoTicketId: keep.id } }),
    ).mergeTicket;
    expect(merged).toMatchObject({ id: keep.id, voiceCount: 3, customerCount: 2, revenueAtStake: 11_000_000 });
    const old = ok(await support.gql<{ ticket: TicketData }>(TICKET, { id: duplicate.id })).ticket;
    expect(old).toMatchObject({ status: 'MERGED', mergedInto: { id: keep.id }, voiceCount: 0, customerCount: 0 });
    expect((await notificationsOf(api, support.id, 'voice.merged')).some((n) => n.link.endsWith(keep.id))).toBe(true);
    // sales filed on both: after the merge a status change reaches them once.
    await triage(product, { ticketId: keep.id, status: 'PLANNED' });
    expect((await notificationsOf(api, sales.id, 'voice.statusChanged')).filter((n) => n.link.endsWith(keep.id))).toHaveLength(1);
    expect((await notificationsOf(api, support.id, 'voice.statusChanged')).filter((n) => n.link.endsWith(keep.id))).toHaveLength(1);
    // A merged ticket is not triaged or merged into; a voice added to it goes to the one that stays.
    expect(errorFields(await product.gql(TRIAGE, { input: { ticketId: duplicate.id, status: 'PLANNED' } }))).toEqual(['ticketId']);
    const third = await fileTicket(other, billing);
    expect(errorFields(await product.gql(MERGE, { input: { ticketId: third.id, intoTicketId: duplicate.id } }))).toEqual(['intoTicketId']);
    expect(errorFields(await product.gql(MERGE, { input: { ticketId: third.id, intoTicketId: third.id } }))).toEqual(['intoTicketId']);
    const plusOne = await addVoice(other, duplicate.id, { accountName: '新潟県庁' });
    expect(plusOne).toMatchObject({ id: keep.id, customerCount: 3 });
  });
});

describe('bulk triage', () => {
  it('changes all the tickets or none', async () => {
    const a = await fileTicket(sales, mobile);
    const b = await fileTicket(sales, mobile);
    const c = await fileTicket(sales, mobile);
    ok(await product.gql(MERGE, { input: { ticketId: c.id, intoTicketId: a.id } }));
    const bulk = (ticketIds: string[]) =>
      product.gql<{ bulkTriageTickets: TicketData[] }>(
        `mutation($input: BulkTriageInput!) { bulkTriageTickets(input: $input) { id status owner { id } } }`,
        { input: { ticketIds, status: 'TRIAGED', ownerId: product.id } },
      );
    expect(errorFields(await bulk([a.id, b.id, c.id]))).toEqual(['ticketIds']);
    expect(ok(await sales.gql<{ ticket: TicketData }>(TICKET, { id: b.id })).ticket.status).toBe('NEW');
    const done = ok(await bulk([a.id, b.id])).bulkTriageTickets;
    expect(done.map((ticket) => ticket.status)).toEqual(['TRIAGED', 'TRIAGED']);
    const tooMany = await product.gql(`mutation($input: BulkTriageInput!) { bulkTriageTickets(input: $input) { id } }`, {
      input: { ticketIds: Array.from({ length: 101 }, () => randomUUID()), status: 'TRIAGED' },
    });
    expect(errorFields(tooMany)).toEqual(['ticketIds']);
  });
});

interface InboxPage {
  tickets: { nodes: TicketData[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
}

describe('the inbox', () => {
  const INBOX = /* GraphQL */ `
    query Inbox($filter: TicketFilterInput, $sort: TicketSort, $first: Int, $after: String) {
      tickets(filter: $filter, sort: $sort, first: $first, after: $after) {
        nodes {
          id
          code
          summary
          status
          customerCount
          revenueAtStake
          voiceCount
          theme
          triageOverdue
          owner {
            id
            displayName
          }
          filer {
            id
            displayName
          }
          productArea {
            id
            nameJa
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `;

  it('sorts by revenue at stake across pages, with bounded statements', async () => {
    for (const value of [5_000_000, 70_000_000, 30_000_000])
      await fileTicket(sales, mobile, { annualContractValue: value, summary: `売上順テスト ${value}` });
    const seen: number[] = [];
    let after: string | null = null;
    let statements = 0;
    for (let pageNumber = 0; pageNumber < 50; pageNumber++) {
      const response: GraphQLResponse<InboxPage> = await product.gql<InboxPage>(INBOX, {
        sort: 'MOST_REVENUE',
        first: 4,
        after,
        filter: { productAreaIds: [mobile] },
      });
      statements = Math.max(statements, response.statements);
      const page: InboxPage['tickets'] = ok(response).tickets;
      seen.push(...page.nodes.map((ticket) => ticket.revenueAtStake));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(seen.slice(0, 1)).toEqual([70_000_000]);
    expect(statements).toBeLessThanOrEqual(5);
  });

  it('filters by search, segment, overdue and status, and counts statuses', async () => {
    const unique = `ワークフロー代理承認${randomUUID().slice(0, 4)}`;
    const ticket = await fileTicket(sales, mobile, { summary: `${unique}ができない`, segment: 'SMB' });
    const found = ok(await product.gql<{ tickets: { nodes: TicketData[] } }>(INBOX, { filter: { search: '代理承認', segments: ['SMB'] } }))
      .tickets.nodes;
    expect(found.map((t) => t.id)).toContain(ticket.id);
    const none = ok(
      await product.gql<{ tickets: { nodes: TicketData[] } }>(INBOX, {
        filter: { search: '代理承認', segments: ['ENTERPRISE'], statuses: ['SHIPPED'] },
      }),
    ).tickets.nodes;
    expect(none.map((t) => t.id)).not.toContain(ticket.id);
    await api.dataSource.query(`UPDATE voice_tickets SET triage_due_at = now() - interval '1 day' WHERE id = $1`, [ticket.id]);
    const overdue = ok(
      await product.gql<{ tickets: { nodes: TicketData[] } }>(INBOX, { filter: { triageOverdue: true }, sort: 'OLDEST_UNTRIAGED' }),
    ).tickets.nodes;
    expect(overdue.find((t) => t.id === ticket.id)?.triageOverdue).toBe(true);
    for (const code of [ticket.code, `voc${ticket.number}`, `#${ticket.number}`]) {
      const byCode = ok(await product.gql<{ tickets: { nodes: TicketData[] } }>(INBOX, { filter: { search: code } })).tickets.nodes;
      expect(byCode.map((t) => t.id)).toEqual([ticket.id]);
    }
    for (const search of ['"', '\\', '%_', '&|!', '😀', 'x'.repeat(200)]) {
      expect(ok(await product.gql<{ tickets: { nodes: unknown[] } }>(INBOX, { filter: { search } })).tickets).toBeDefined();
    }
    const counts = ok(
      await product.gql<{ ticketStatusCounts: { status: string; count: number }[] }>('{ ticketStatusCounts { status count } }'),
    ).ticketStatusCounts;
    expect(counts.find((c) => c.status === 'NEW')!.count).toBeGreaterThan(0);
    expect(errorFields(await product.gql(INBOX, { first: 101 }))).toEqual(['first']);
  });

  it('reads a ticket page in few statements', async () => {
    const ticket = await fileTicket(sales, billing);
    await addVoice(support, ticket.id);
    const dup = await fileTicket(other, billing);
    ok(await product.gql(MERGE, { input: { ticketId: dup.id, intoTicketId: ticket.id } }));
    ok(await product.gql(COMMENT, { input: { ticketId: ticket.id, kind: 'REPLY', body: '確認します', idempotencyKey: randomUUID() } }));
    const response = await product.gql(
      `query($id: ID!) { ticket(id: $id) { ...TicketFields
        voices { id verbatim accountName filer { id displayName } mergedFrom { id code } }
        timeline { id kind body actor { id displayName } otherTicket { id code } }
        mergedFrom { id code } linkedGoals { id } linkedStories { id } } } ${TICKET_FIELDS}`,
      { id: ticket.id },
    );
    ok(response);
    expect(response.statements).toBeLessThanOrEqual(5);
  });
});

describe('similar tickets while filing', () => {
  it('finds open tickets by Japanese words and misspelt English, not closed ones', async () => {
    const open = await fileTicket(sales, billing, { summary: 'インボイス制度の登録番号を請求書に印字したい' });
    const english = await fileTicket(sales, billing, { summary: 'Single sign-on with Entra ID for the mobile app' });
    const closed = await fileTicket(sales, billing, { summary: 'インボイス制度の登録番号が請求書に出ない（旧）' });
    await triage(product, { ticketId: closed.id, status: 'SHIPPED' });
    const similar = async (text: string) =>
      ok(
        await support.gql<{ similarTickets: { ticket: { id: string }; summaryHighlight: { text: string; match: boolean }[] }[] }>(
          'query($text: String!) { similarTickets(text: $text) { ticket { id } summaryHighlight { text match } } }',
          { text },
        ),
      ).similarTickets;
    const japanese = await similar('お客様から、請求書にインボイスの登録番号を載せてほしいと言われました');
    expect(japanese.map((s) => s.ticket.id)).toContain(open.id);
    expect(japanese.map((s) => s.ticket.id)).not.toContain(closed.id);
    expect(japanese.find((s) => s.ticket.id === open.id)!.summaryHighlight.some((segment) => segment.match)).toBe(true);
    const typo = await similar('singel sign-on entra');
    expect(typo.map((s) => s.ticket.id)).toContain(english.id);
    expect(await similar('😀!!')).toEqual([]);
  });
});

describe('my tickets, insights and reminders', () => {
  it('lists the tickets I filed or added a voice to', async () => {
    const mine = await fileTicket(other, billing, { summary: '自分の起票' });
    const theirs = await fileTicket(sales, billing);
    await addVoice(other, theirs.id);
    const list = ok(
      await other.gql<{ myTickets: { nodes: { id: string }[] } }>('{ myTickets(first: 100) { nodes { id } } }'),
    ).myTickets.nodes.map((t) => t.id);
    expect(list).toEqual(expect.arrayContaining([mine.id, theirs.id]));
  });

  it('gives the insight page for everyone', async () => {
    const data = ok(
      await sales.gql<{
        voiceInsights: {
          months: string[];
          volume: { tickets: number }[];
          areas: { openTickets: number; customers: number }[];
          triageTimes: { triaged: number; waiting: number; targetDays: number };
          topRequested: { id: string }[];
        };
      }>(
        `{ voiceInsights(months: 6) { months volume { month tickets voices productArea { id } } themes { theme customers revenueAtStake }
            areas { openTickets customers revenueAtStake productArea { id } }
            triageTimes { targetDays triaged withinTarget medianDays waiting overdue buckets { fromDays toDays tickets } }
            topRequested { id customerCount } } }`,
      ),
    ).voiceInsights;
    expect(data.months).toHaveLength(6);
    expect(data.volume.reduce((sum, point) => sum + point.tickets, 0)).toBeGreaterThan(10);
    expect(data.triageTimes.targetDays).toBe(5);
    expect(data.triageTimes.triaged).toBeGreaterThan(0);
    expect(data.topRequested.length).toBeGreaterThan(0);
    expect(errorFields(await sales.gql('{ voiceInsights(months: 0) { months } }'))).toEqual(['months']);
  });

  it('reminds triagers once of new tickets past their target', async () => {
    const ticket = await fileTicket(sales, billing);
    await api.dataSource.query(`UPDATE voice_tickets SET triage_due_at = now() - interval '1 hour' WHERE id = $1`, [ticket.id]);
    const reminder = api.app.get(TriageReminder);
    expect(await reminder.remindOverdue()).toBeGreaterThan(0);
    expect(await reminder.remindOverdue()).toBe(0);
    for (const person of [product, product2]) expect(await notificationsOf(api, person.id, 'voice.triageOverdue')).toHaveLength(1);
    expect(await notificationsOf(api, sales.id, 'voice.triageOverdue')).toHaveLength(0);
  });
});

describe('links to goals', () => {
  it('lists a goal’s tickets for its page', async () => {
    const goalId = randomUUID();
    await api.dataSource.query(
      `INSERT INTO goals (id, code, kind, title, owner_id, unit, direction, baseline, target, period_kind, fiscal_year, period_start, period_end,
         cadence, status, series_id, created_by_id)
       VALUES ($1, 'CS-NPS', 'KPI', 'NPS', $2, 'POINTS', 'INCREASE', 10, 30, 'FISCAL_YEAR', 2026, '2026-04-01', '2027-03-31', 'MONTHLY', 'ACTIVE', $1, $2)`,
      [goalId, product.id],
    );
    const ticket = await fileTicket(sales, billing);
    const linked = ok(
      await product.gql<{ triageTicket: { linkedGoals: { id: string; code: string }[] } }>(
        'mutation($input: TriageTicketInput!) { triageTicket(input: $input) { linkedGoals { id code } } }',
        { input: { ticketId: ticket.id, goalIds: [goalId] } },
      ),
    ).triageTicket.linkedGoals;
    expect(linked).toEqual([{ id: goalId, code: 'CS-NPS' }]);
    const onGoal = ok(
      await sales.gql<{ goalTickets: { id: string }[] }>('query($id: ID!) { goalTickets(goalId: $id) { id } }', { id: goalId }),
    );
    expect(onGoal.goalTickets.map((t) => t.id)).toEqual([ticket.id]);
  });
});
