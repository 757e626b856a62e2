// A graphql-ws client for integration specs, as a browser would be (cookie and Origin with
// the upgrade), through the \`ws\` package; and waiting helpers that fail instead of hanging.
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from '@kakehashi/server-platform/testing';

export interface WsConnection {
  client: Client;
  /** The close code once the server closes the socket. */
  closed: Promise<number>;
}

export function connect(api: TestApp, headers: Record<string, string>): WsConnection {
  let onClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => {
    onClosed = resolve;
  });
  class BrowserLikeWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({
    url: `${api.baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: BrowserLikeWebSocket,
    lazy: false,
    retryAttempts: 0,
    // A refusal is observed through `closed`.
    onNonLazyError: () => undefined,
    on: { closed: (event) => onClosed((event as { code: number }).code) },
  });
  return { client, closed };
}

/** Settles once the server accepted the connection (connection_ack). */
export function connected(connection: WsConnection): Promise<void> {
  return within(new Promise<void>((resolve) => connection.client.on('connected', () => resolve())), 3000, 'the connection');
}

/** The promise's value, or a failure after a while instead of a hung test. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
