import { richTextHtmlToText, isUploadUrl, sanitizeRichTextHtml } from './rich-text-html';

describe('sanitizeRichTextHtml', () => {
  it('keeps what the editor produces', () => {
    const html =
      '<h2>上期の振り返り</h2><p>売上は <strong>112%</strong>、<em>解約率</em>は <u>3.8%</u> <s>3%</s>。</p>' +
      '<ul><li><p>顧客の声</p></li></ul><ol start="3"><li>成功事例</li></ol><blockquote><p>引用</p></blockquote>' +
      '<pre><code>npm start</code></pre><hr><table><tbody><tr><th colspan="2">KPI</th></tr><tr><td>NPS</td><td>42</td></tr></tbody></table>' +
      '<p><img src="/uploads/k3Yq_abc-123.png" alt="グラフ"></p>';
    expect(sanitizeRichTextHtml(html)).toBe(
      '<h2>上期の振り返り</h2><p>売上は <strong>112%</strong>、<em>解約率</em>は <u>3.8%</u> <s>3%</s>。</p>' +
        '<ul><li><p>顧客の声</p></li></ul><ol start="3"><li>成功事例</li></ol><blockquote><p>引用</p></blockquote>' +
        '<pre><code>npm start</code></pre><hr /><table><tbody><tr><th colspan="2">KPI</th></tr><tr><td>NPS</td><td>42</td></tr></tbody></table>' +
        '<p><img src="/uploads/k3Yq_abc-123.png" alt="グラフ" /></p>',
    );
  });

  it('makes every link open apart with rel=noopener', () => {
    expect(sanitizeRichTextHtml('<a href="https://example.com/x" rel="opener" onclick="x()">x</a>')).toBe(
      '<a href="https://example.com/x" target="_blank" rel="noopener noreferrer nofollow">x</a>',
    );
    expect(sanitizeRichTextHtml('<a href="mailto:pr@example.com">mail</a>')).toContain('href="mailto:pr@example.com"');
  });

  it.each([
    ['a script tag', '<p>hi</p><script>alert(1)</script>', '<p>hi</p>'],
    ['an event handler', '<p onclick="alert(1)" onmouseover="alert(2)">hi</p>', '<p>hi</p>'],
    ['an img onerror', '<img src="/uploads/a.png" onerror="alert(1)">', '<img src="/uploads/a.png" />'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', '<a target="_blank" rel="noopener noreferrer nofollow">x</a>'],
    [
      'an obfuscated javascript: link',
      '<a href="java&#x09;script:alert(1)">x</a>',
      '<a target="_blank" rel="noopener noreferrer nofollow">x</a>',
    ],
    [
      'an entity-encoded javascript: link',
      '<a href="&#106;avascript:alert(1)">x</a>',
      '<a target="_blank" rel="noopener noreferrer nofollow">x</a>',
    ],
    [
      'an upper-case JAVASCRIPT: link',
      '<a href=" JAVASCRIPT:alert(1)">x</a>',
      '<a target="_blank" rel="noopener noreferrer nofollow">x</a>',
    ],
    ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', '<a target="_blank" rel="noopener noreferrer nofollow">x</a>'],
    ['an svg payload', '<svg onload="alert(1)"><script>alert(1)</script></svg><p>ok</p>', '<p>ok</p>'],
    ['a style attribute', '<p style="background:url(javascript:alert(1))">x</p>', '<p>x</p>'],
    ['a style tag', '<style>body{display:none}</style><p>x</p>', '<p>x</p>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe><p>x</p>', '<p>x</p>'],
    ['a data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', ''],
    ['an external image', '<img src="https://tracker.example/pixel.gif">', ''],
    ['a javascript: image', '<img src="javascript:alert(1)">', ''],
    ['a protocol-relative image', '<img src="//evil.example/a.png">', ''],
    ['an image climbing out of uploads', '<img src="/uploads/../auth/x">', ''],
    ['a form', '<form action="/x"><input name="a"><button>go</button></form>', 'go'],
  ])('removes %s', (_name, input, expected) => {
    const output = sanitizeRichTextHtml(input);
    expect(output).toBe(expected);
    expect(output.toLowerCase()).not.toMatch(/script|onerror|onload|onclick|style=|javascript:|data:|<svg/);
  });
});

describe('isUploadUrl', () => {
  it('accepts only the hub own uploads', () => {
    expect(isUploadUrl('/uploads/abc.png')).toBe(true);
    expect(isUploadUrl('/uploads/2026/abc.png')).toBe(false);
    expect(isUploadUrl('https://example.com/a.png')).toBe(false);
    expect(isUploadUrl('/uploads/../x')).toBe(false);
    expect(isUploadUrl(null)).toBe(false);
  });
});

describe('richTextHtmlToText', () => {
  it('keeps the words, one block a line', () => {
    expect(richTextHtmlToText('<h2>見出し</h2><p>本文 <strong>強調</strong></p><ul><li>項目</li></ul>')).toBe('見出し\n本文 強調\n項目');
  });
});
