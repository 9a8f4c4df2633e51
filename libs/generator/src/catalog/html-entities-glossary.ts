import type { GlossaryClaim } from './catalog-entry';

/** What html.escape's emitted code truly does, claim by claim (catalog-entry.ts `GlossaryClaim`). */
export const HTML_ENTITIES_GLOSSARY: Readonly<Record<string, readonly GlossaryClaim[]>> = {
  'html.escape': [
    {
      claim: 'raw HTML sent in is answered escaped: & < > " \' become &amp; &lt; &gt; &quot; &#39;',
      words:
        'raw html escape escaped escapes escaping encode encoded entity entities special sonderzeichen especiales speciaux speciali especiais roh rohes rohen maskieren maskiert escapar escapa escapado crudo echapper echappe brut sfuggire bruto',
      shows: [
        {
          input: { text: '<b>"T" & \'J\'</b>' },
          answer: { escaped: '&lt;b&gt;&quot;T&quot; &amp; &#39;J&#39;&lt;/b&gt;' },
        },
      ],
    },
    {
      claim: 'a script tag comes out as text, so nothing runs (XSS)',
      words: 'xss script scripts injection inject tag tags',
      shows: [
        {
          input: { text: '<script>alert(1)</script>' },
          answer: { escaped: '&lt;script&gt;alert(1)&lt;/script&gt;' },
        },
      ],
    },
  ],
};
