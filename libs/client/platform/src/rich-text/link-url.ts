import { isAllowedLinkHref } from './html-allowlist';

export type LinkUrlResult = { ok: true; url: string } | { ok: false; reason: 'empty' | 'scheme' | 'invalid' };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
const HOST_LIKE = /^[^\s/:?#]+\.[^\s/:?#]+([/:?#].*)?$/;

/**
 * What an editor typed into the link dialog, as an href the server will keep:
 * "example.co.jp/news" becomes https://…, "name@example.co.jp" becomes mailto:…,
 * and any scheme other than http, https or mailto is refused.
 */
export function normalizeLinkUrl(input: string): LinkUrlResult {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'empty' };
  let candidate = text;
  if (!HAS_SCHEME.test(text) || /^[^\s/:]+\.[^\s/:]+:\d+/.test(text)) {
    if (EMAIL.test(text)) candidate = `mailto:${text}`;
    else if (HOST_LIKE.test(text)) candidate = `https://${text}`;
    else return { ok: false, reason: 'invalid' };
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!isAllowedLinkHref(candidate)) return { ok: false, reason: 'scheme' };
  // Intranet hosts without a dot (http://portal/) are fine when the scheme is typed out.
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return { ok: false, reason: 'invalid' };
  if (url.protocol === 'mailto:' && !url.pathname) return { ok: false, reason: 'invalid' };
  return { ok: true, url: candidate };
}
