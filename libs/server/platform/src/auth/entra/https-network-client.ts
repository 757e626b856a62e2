import https from 'node:https';
import tls from 'node:tls';

import { AuthError, type INetworkModule, type NetworkRequestOptions, type NetworkResponse } from '@azure/msal-node';

const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 1024 * 1024;

export interface HttpsNetworkClientOptions {
  /** Extra trusted CA certificate(s), PEM: trusted in addition to Node's public roots, never instead of them. */
  extraCaPem?: string;
  /** Per-request limit when msal passes none. */
  timeoutMs?: number;
}

/**
 * msal's network module on `node:https`, so that the authority's TLS can be checked against
 * the public CAs plus an extra one (msal's default client uses `fetch`, which takes no CA
 * list). Certificate verification stays on: no `rejectUnauthorized: false`, ever. Only
 * https URLs are served and redirects are not followed, as with the token endpoint they
 * would silently re-target a POST carrying the client secret.
 */
export class HttpsNetworkClient implements INetworkModule {
  private readonly ca: string[] | undefined;
  private readonly timeoutMs: number;

  constructor(options: HttpsNetworkClientOptions = {}) {
    this.ca = options.extraCaPem ? [...tls.rootCertificates, options.extraCaPem] : undefined;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> {
    return this.send<T>('GET', url, options, timeout);
  }

  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>('POST', url, options);
  }

  private send<T>(
    method: 'GET' | 'POST',
    url: string,
    options: NetworkRequestOptions | undefined,
    timeout?: number,
  ): Promise<NetworkResponse<T>> {
    const correlationId = options?.correlationId ?? '';
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return Promise.reject(new AuthError('network_error', correlationId, `Not a URL: ${url}`));
    }
    if (target.protocol !== 'https:') {
      return Promise.reject(new AuthError('network_error', correlationId, `Refusing a non-https request to ${target.origin}`));
    }
    const where = `${method} ${target.origin}${target.pathname}`;
    const body = method === 'POST' ? Buffer.from(options?.body ?? '', 'utf8') : undefined;
    const headers: Record<string, string> = { ...options?.headers };
    if (body) headers['content-length'] = String(body.length);

    return new Promise<NetworkResponse<T>>((resolve, reject) => {
      const fail = (message: string, cause?: unknown): void => {
        const error = new AuthError('network_error', correlationId, `${where} failed: ${message}`);
        if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause, enumerable: false });
        reject(error);
      };
      const request = https.request(
        target,
        { method, headers, ...(this.ca ? { ca: this.ca } : {}), timeout: timeout ?? this.timeoutMs },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_RESPONSE_BYTES) {
              request.destroy(new Error(`response larger than ${MAX_RESPONSE_BYTES} bytes`));
              return;
            }
            chunks.push(chunk);
          });
          response.on('error', (error) => fail(error.message, error));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown;
            try {
              parsed = text.length > 0 ? JSON.parse(text) : {};
            } catch (error) {
              fail(`HTTP ${response.statusCode ?? 0} with a body that is not JSON`, error);
              return;
            }
            const responseHeaders: Record<string, string> = {};
            for (const [name, value] of Object.entries(response.headers)) {
              if (value !== undefined) responseHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
            }
            // msal types the body by the endpoint it called; the JSON is checked where it is used.
            resolve({ status: response.statusCode ?? 0, headers: responseHeaders, body: parsed as T });
          });
        },
      );
      request.on('timeout', () => request.destroy(new Error('timed out')));
      request.on('error', (error) => fail(error.message, error));
      request.end(body);
    });
  }
}
