import { allowedAttributeValue, isAllowedImageSrc, isAllowedLinkHref } from './html-allowlist';

describe('isAllowedLinkHref', () => {
  it.each(['https://example.co.jp/news', 'http://portal/', 'mailto:soumu@example.co.jp', '/newsletters/1', '#section', 'page?id=1'])(
    'keeps %s',
    (url) => expect(isAllowedLinkHref(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.com/1',
  ])('refuses %j', (url) => expect(isAllowedLinkHref(url)).toBe(false));
});

describe('isAllowedImageSrc', () => {
  it("keeps only the hub's own uploads", () => {
    expect(isAllowedImageSrc('/uploads/2f1c.png')).toBe(true);
    expect(isAllowedImageSrc('https://tracker.example.com/pixel.gif')).toBe(false);
    expect(isAllowedImageSrc('//tracker.example.com/pixel.gif')).toBe(false);
    expect(isAllowedImageSrc('/uploads/../secret')).toBe(false);
  });

  it('refuses data:, javascript: and mailto: sources', () => {
    expect(isAllowedImageSrc('data:image/png;base64,AAAA')).toBe(false);
    expect(isAllowedImageSrc('javascript:alert(1)')).toBe(false);
    expect(isAllowedImageSrc('mailto:a@example.com')).toBe(false);
  });
});

describe('allowedAttributeValue', () => {
  it('drops event handlers and styles on any element', () => {
    expect(allowedAttributeValue('p', 'onclick', 'alert(1)')).toBeNull();
    expect(allowedAttributeValue('img', 'onerror', 'alert(1)')).toBeNull();
    expect(allowedAttributeValue('table', 'style', 'min-width: 75px')).toBeNull();
    expect(allowedAttributeValue('a', 'class', 'x')).toBeNull();
    expect(allowedAttributeValue('a', 'title', 'x')).toBeNull();
  });

  it('checks URLs, targets and numbers', () => {
    expect(allowedAttributeValue('a', 'href', ' https://example.com ')).toBe('https://example.com');
    expect(allowedAttributeValue('a', 'href', 'javascript:alert(1)')).toBeNull();
    expect(allowedAttributeValue('a', 'target', '_blank')).toBe('_blank');
    expect(allowedAttributeValue('a', 'target', '_top')).toBeNull();
    expect(allowedAttributeValue('td', 'colspan', '2')).toBe('2');
    expect(allowedAttributeValue('td', 'colspan', '2;x')).toBeNull();
    expect(allowedAttributeValue('img', 'alt', '売上の推移')).toBe('売上の推移');
  });
});
