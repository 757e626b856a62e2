import { isAllowedWebSocketOrigin } from './websocket-origin';

const PUBLIC_URL = 'https://hub.example.com';

describe('isAllowedWebSocketOrigin', () => {
  it('accepts the hub’s own origin, in production too', () => {
    expect(isAllowedWebSocketOrigin({ origin: 'https://hub.example.com', host: 'hub.example.com' }, PUBLIC_URL, true)).toBe(true);
  });

  it('refuses another site, a look-alike, another scheme or port, and the opaque "null" origin', () => {
    for (const origin of [
      'https://evil.example',
      'https://hub.example.com.evil.example',
      'http://hub.example.com',
      'https://hub.example.com:8443',
      'null',
      'not a url',
    ]) {
      expect(isAllowedWebSocketOrigin({ origin, host: 'hub.example.com' }, PUBLIC_URL, true)).toBe(false);
    }
  });

  it('accepts the request’s own host outside production only (Vite, a test on a random port)', () => {
    const headers = { origin: 'http://127.0.0.1:41234', host: '127.0.0.1:41234' };
    expect(isAllowedWebSocketOrigin(headers, PUBLIC_URL, false)).toBe(true);
    expect(isAllowedWebSocketOrigin(headers, PUBLIC_URL, true)).toBe(false);
    expect(isAllowedWebSocketOrigin({ origin: 'http://evil.example', host: '127.0.0.1:41234' }, PUBLIC_URL, false)).toBe(false);
  });

  it('accepts a client that sends no Origin (no browser, so no other site’s page behind it)', () => {
    expect(isAllowedWebSocketOrigin({ host: 'hub.example.com' }, PUBLIC_URL, true)).toBe(true);
  });
});
