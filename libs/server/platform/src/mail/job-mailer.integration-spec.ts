// Mail through the job queue to a real SMTP server on loopback (smtp-server), and to the outbox
// folder when SMTP_URL is unset: Japanese subjects and bodies arrive intact, a temporary SMTP
// failure is retried, a permanent one is not.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import { PLATFORM_ENTITIES } from '../entities';
import { startTestApp, type TestApp } from '../testing';
import { StubDirectoryModule } from '../jobs/testing/stub-directory';
import { Mailer, type OutgoingMail } from './mailer';
import { readMail } from './testing/read-mail';

const FROM = 'Kakehashi 通知 <hub@kakehashi.test>';

const WEEKLY: OutgoingMail = {
  to: 'aiko.sato@example.test',
  subject: '【営業部】週報 1月第1週：顧客の声と今週のハイライト',
  text: '佐藤さん\n\n営業部の週報が公開されました。顧客の声 3 件、成功事例 1 件。\nhttps://hub.example.test/newsletters/1',
  html: '<p>佐藤さん</p><p>営業部の<strong>週報</strong>が公開されました。</p>',
};

interface Received {
  mailFrom: string;
  rcptTo: string[];
  raw: string;
}

/** A loopback SMTP server: accepts everything unless told to refuse a recipient. */
class TestSmtpServer {
  readonly received: Received[] = [];
  /** Recipient → SMTP codes to answer, one per attempt, before accepting. */
  readonly refusals = new Map<string, number[]>();
  readonly refused: { to: string; code: number }[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    onRcptTo: (address, _session, callback) => {
      const code = this.refusals.get(address.address)?.shift();
      if (code === undefined) return callback();
      this.refused.push({ to: address.address, code });
      callback(Object.assign(new Error(code >= 500 ? 'no such mailbox' : 'try again later'), { responseCode: code }));
    },
    onData: (stream: SMTPServerDataStream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        this.received.push({
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

async function waitFor<T>(what: string, find: () => T | undefined | Promise<T | undefined>, timeoutMs = 8000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function mailJobStates(api: TestApp): Promise<string[]> {
  const rows = await api.dataSource.query<{ state: string }[]>(
    "SELECT state::text AS state FROM pgboss.job WHERE name = 'mail.send' ORDER BY created_on",
  );
  return rows.map((row) => row.state);
}

describe('Mailer over SMTP', () => {
  let smtp: TestSmtpServer;
  let api: TestApp;
  let mailer: Mailer;

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    const url = await smtp.listen();
    api = await startTestApp({
      imports: [StubDirectoryModule],
      entities: PLATFORM_ENTITIES,
      env: { SMTP_URL: url, MAIL_FROM: FROM, JOB_RETRY_DELAY_SECONDS: '1', JOB_POLLING_INTERVAL_MS: '500', LOG_LEVEL: 'fatal' },
    });
    mailer = api.app.get(Mailer);
  });

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  it('sends a queued mail with the right headers and its Japanese subject and bodies intact', async () => {
    await mailer.enqueue(WEEKLY);
    const received = await waitFor('the mail', () => smtp.received.find((mail) => mail.rcptTo.includes(WEEKLY.to)));
    expect(received.mailFrom).toBe('hub@kakehashi.test');
    expect(received.rcptTo).toEqual([WEEKLY.to]);

    const mail = readMail(received.raw);
    expect(mail.headers.get('from')).toBe(FROM);
    expect(mail.headers.get('to')).toBe(WEEKLY.to);
    expect(mail.headers.get('subject')).toBe(WEEKLY.subject);
    expect(mail.headers.get('message-id')).toMatch(/^<[0-9a-f-]{36}@kakehashi\.test>$/);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.headers.get('content-type')).toMatch(/^multipart\/alternative/);
    expect(mail.text).toBe(WEEKLY.text);
    expect(mail.html).toBe(WEEKLY.html);
    // Non-ASCII headers travel encoded (RFC 2047), never as raw 8-bit bytes.
    const rawHeaders = received.raw.slice(0, received.raw.indexOf('\r\n\r\n'));
    expect(rawHeaders).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/m);
    expect(Buffer.from(rawHeaders, 'utf8').every((byte) => byte < 0x80)).toBe(true);
  });

  it('sends a text-only mail as plain text', async () => {
    await mailer.enqueue({ to: 'ken.ito@example.test', subject: 'お知らせ', text: '本文だけ。' });
    const received = await waitFor('the mail', () => smtp.received.find((mail) => mail.rcptTo.includes('ken.ito@example.test')));
    const mail = readMail(received.raw);
    expect(mail.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/i);
    expect(mail.text).toBe('本文だけ。');
    expect(mail.html).toBeUndefined();
  });

  it('retries when the SMTP server fails for a while, and sends the mail once', async () => {
    smtp.refusals.set('retry.me@example.test', [451]);
    await mailer.enqueue({ ...WEEKLY, to: 'retry.me@example.test' });
    await waitFor('the retried mail', () => smtp.received.find((mail) => mail.rcptTo.includes('retry.me@example.test')));
    expect(smtp.refused).toContainEqual({ to: 'retry.me@example.test', code: 451 });
    expect(smtp.received.filter((mail) => mail.rcptTo.includes('retry.me@example.test'))).toHaveLength(1);
  });

  it('does not retry a mail the server refuses for good', async () => {
    smtp.refusals.set('nobody@example.test', [550, 550, 550]);
    await mailer.enqueue({ ...WEEKLY, to: 'nobody@example.test' });
    await waitFor('the refusal', () => smtp.refused.find((refusal) => refusal.to === 'nobody@example.test'));
    await waitFor('no mail job left to run', async () =>
      (await mailJobStates(api)).every((state) => state === 'completed') ? true : undefined,
    );
    expect(smtp.refused.filter((refusal) => refusal.to === 'nobody@example.test')).toHaveLength(1);
  });

  it('refuses a malformed mail at enqueue, naming the field, and queues nothing', async () => {
    const before = (await mailJobStates(api)).length;
    await expect(mailer.enqueue({ ...WEEKLY, to: 'not an address' })).rejects.toThrow('to must be one e-mail address');
    await expect(mailer.enqueue({ ...WEEKLY, to: 'a@example.test, b@example.test' })).rejects.toThrow('to must be one e-mail address');
    await expect(mailer.enqueue({ ...WEEKLY, subject: ' ' })).rejects.toThrow('subject must not be empty');
    await expect(mailer.enqueue({ ...WEEKLY, subject: 'Hi\r\nBcc: everyone@example.test' })).rejects.toThrow('subject must be one line');
    await expect(mailer.enqueue({ ...WEEKLY, text: '' })).rejects.toThrow('text must not be empty');
    expect(await mailJobStates(api)).toHaveLength(before);
  });
});

describe('Mailer without SMTP_URL (the outbox folder)', () => {
  let outbox: string;
  let api: TestApp;

  beforeAll(async () => {
    outbox = await mkdtemp(path.join(tmpdir(), 'kakehashi-outbox-'));
    api = await startTestApp({ imports: [StubDirectoryModule], entities: PLATFORM_ENTITIES, env: { OUTBOX_DIR: outbox, MAIL_FROM: FROM } });
  });

  afterAll(async () => {
    await api?.close();
    await rm(outbox, { recursive: true, force: true });
  });

  it('writes each mail as a readable .eml file named by time, recipient and subject', async () => {
    await api.app.get(Mailer).enqueue(WEEKLY);
    const files = await waitFor('the .eml file', async () => {
      const names = await readdir(outbox);
      return names.some((name) => name.endsWith('.eml')) ? names : undefined;
    });
    expect(files).toHaveLength(1);
    const [file] = files;
    expect(file).toMatch(/^\d{8}T\d{9}Z_aiko\.sato@example\.test_営業部-週報-1月第1週-顧客の声と今週のハイライト_[0-9a-f]{8}\.eml$/);

    const mail = readMail(await readFile(path.join(outbox, file!), 'utf8'));
    expect(mail.headers.get('from')).toBe(FROM);
    expect(mail.headers.get('to')).toBe(WEEKLY.to);
    expect(mail.headers.get('subject')).toBe(WEEKLY.subject);
    expect(mail.text).toBe(WEEKLY.text);
    expect(mail.html).toBe(WEEKLY.html);
  });
});
