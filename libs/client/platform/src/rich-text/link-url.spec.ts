import { normalizeLinkUrl } from './link-url';

describe('normalizeLinkUrl', () => {
  it('keeps http, https and mailto URLs as typed', () => {
    expect(normalizeLinkUrl(' https://example.co.jp/news?id=1 ')).toEqual({ ok: true, url: 'https://example.co.jp/news?id=1' });
    expect(normalizeLinkUrl('http://portal/')).toEqual({ ok: true, url: 'http://portal/' });
    expect(normalizeLinkUrl('mailto:soumu@example.co.jp')).toEqual({ ok: true, url: 'mailto:soumu@example.co.jp' });
  });

  it('completes a bare host or an email address', () => {
    expect(normalizeLinkUrl('example.co.jp/news')).toEqual({ ok: true, url: 'https://example.co.jp/news' });
    expect(normalizeLinkUrl('example.co.jp:8443/x')).toEqual({ ok: true, url: 'https://example.co.jp:8443/x' });
    expect(normalizeLinkUrl('soumu@example.co.jp')).toEqual({ ok: true, url: 'mailto:soumu@example.co.jp' });
  });

  it('says why it refuses', () => {
    expect(normalizeLinkUrl('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(normalizeLinkUrl('javascript:alert(1)')).toEqual({ ok: false, reason: 'scheme' });
    expect(normalizeLinkUrl('ftp://example.com/file')).toEqual({ ok: false, reason: 'scheme' });
    expect(normalizeLinkUrl('お知らせ')).toEqual({ ok: false, reason: 'invalid' });
    expect(normalizeLinkUrl('https://')).toEqual({ ok: false, reason: 'invalid' });
  });
});
