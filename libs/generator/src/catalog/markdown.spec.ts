import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/* Markdown to HTML: the emitted code against CommonMark's output for small documents, and nothing injectable. */

const render = (markdown: unknown) => runCatalogFunction('markdown.to-html', { markdown }, {});
const html = (markdown: string) => {
  const result = render(markdown);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.value.html;
};

describe('markdown.to-html (the emitted code)', () => {
  it.each([
    ['## Setup', '<h2>Setup</h2>'],
    ['###### Deep ######', '<h6>Deep</h6>'],
    ['line one\nline two', '<p>line one\nline two</p>'],
    ['first\n\nsecond', '<p>first</p>\n<p>second</p>'],
    ['1. wash\n2. dry', '<ol>\n<li>wash</li>\n<li>dry</li>\n</ol>'],
    ['* a\n* b\n\ntext', '<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>text</p>'],
    ['```\nconst a = 1 < 2;\n```', '<pre><code>const a = 1 &lt; 2;\n</code></pre>'],
    ['> quoted', '<blockquote>\n<p>quoted</p>\n</blockquote>'],
    ['__bold__ and _it_', '<p><strong>bold</strong> and <em>it</em></p>'],
    ['mail [me](mailto:a@example.com)', '<p>mail <a href="mailto:a@example.com">me</a></p>'],
    ['`<b>` stays code', '<p><code>&lt;b&gt;</code> stays code</p>'],
    ['Tom & "Jerry"', '<p>Tom &amp; &quot;Jerry&quot;</p>'],
    ['', ''],
  ])('%p renders as %p', (markdown, expected) => {
    expect(html(markdown)).toBe(expected);
  });

  it('never lets markup from the input through, whatever the input', () => {
    const hostile = fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[x](javascript:alert(1))',
      '[x](https://a.example/" onmouseover="alert(1))',
      '<a href="javascript:alert(1)">x</a>',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(hostile, fc.string()), { maxLength: 6 }), (pieces) => {
        const out = html(pieces.join('\n'));
        expect(out).not.toMatch(/<(?!\/?(?:h[1-6]|p|ul|ol|li|pre|code|blockquote|strong|em|a)[ >])/);
        expect(out).not.toMatch(/href="(?!https?:\/\/|mailto:)/i);
        expect(out).not.toMatch(/<a [^>]*"[^>]*"[^>]*"/);
      }),
    );
  });

  it('refuses what is not text, or too much of it', () => {
    expect(render(42).ok).toBe(false);
    expect(render('x'.repeat(100001)).ok).toBe(false);
  });
});

describe('the markdown recogniser', () => {
  const found = (text: string) => {
    const r = recogniseFeature(text);
    return r === null ? null : 'design' in r ? r.design.function : `constraint:${r.constraint.function}`;
  };

  it.each([
    'Render markdown notes as HTML for the preview pane, escaping any raw HTML',
    'Markdown in sicheres HTML umwandeln',
    'Convertir texto markdown a HTML',
  ])('designs a renderer for %p', (text) => {
    expect(found(text)).toBe('markdown.to-html');
  });

  it.each([
    'bullet lists written with - at the start of a line become <ul> lists',
    'lines starting with "1." become an <ol>',
    '# at the start of a line is an <h1>, ## an <h2>',
    '**bold** becomes <strong>',
  ])('reads %p, a part of the rendering, as a constraint on it', (text) => {
    expect(found(text)).toBe('constraint:markdown.to-html');
  });

  it('leaves other text features alone', () => {
    expect(found('Store notes written in markdown')).toBeNull();
    expect(found('the description may hold <p> tags')).toBeNull();
    expect(found('list items in a <ul>')).toBeNull();
    // Said otherwise than the rendering writes it: not this rendering.
    expect(found('## at the start of a line becomes an <h3>')).toBeNull();
    expect(found('**bold** becomes <b>')).toBeNull();
    expect(found('- items become <ol> entries')).toBeNull();
  });
});
