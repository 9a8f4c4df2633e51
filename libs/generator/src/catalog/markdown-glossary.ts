import type { GlossaryClaim } from './catalog-entry';

/** What markdown.to-html's emitted code truly does, claim by claim (catalog-entry.ts `GlossaryClaim`). */
export const MARKDOWN_GLOSSARY: Readonly<Record<string, readonly GlossaryClaim[]>> = {
  'markdown.to-html': [
    {
      claim: 'markdown text is rendered as HTML',
      words:
        'markdown html render renders rendered rendering preview page rendern umwandeln darstellen renderizar renderiza renderizado rendre rendu renderizzare renderizzato',
      shows: [{ input: { markdown: 'hello' }, answer: { html: '<p>hello</p>' } }],
    },
    {
      claim: 'headings (# to ######) become <h1> to <h6>',
      words:
        'heading headings header headers title titles uberschrift uberschriften titel encabezado encabezados titulo titulos titre titres intestazione intestazioni titolo titoli cabecalho cabecalhos',
      shows: [
        { input: { markdown: '# Notes' }, answer: { html: '<h1>Notes</h1>' } },
        { input: { markdown: '### Notes' }, answer: { html: '<h3>Notes</h3>' } },
      ],
    },
    {
      claim: '**bold** becomes <strong>',
      words: 'bold strong fett fettdruck negrita gras grassetto negrito',
      shows: [{ input: { markdown: 'a **b** c' }, answer: { html: '<p>a <strong>b</strong> c</p>' } }],
    },
    {
      claim: '*italic* becomes <em>',
      words: 'italic italics emphasis emphasised emphasized kursiv cursiva cursivas italique corsivo italico',
      shows: [{ input: { markdown: 'a *b* c' }, answer: { html: '<p>a <em>b</em> c</p>' } }],
    },
    {
      claim: '`inline code` becomes <code>',
      words: 'inline code span spans backtick backticks codigo codice',
      shows: [
        { input: { markdown: 'run `npm test`' }, answer: { html: '<p>run <code>npm test</code></p>' } },
      ],
    },
    {
      claim: '[text](url) becomes a link <a href="url">',
      words:
        'link links url urls href anchor anchors hyperlink hyperlinks verweis verweise enlace enlaces vinculo vinculos lien liens collegamento collegamenti ligacao ligacoes',
      shows: [
        {
          input: { markdown: '[docs](https://example.org)' },
          answer: { html: '<p><a href="https://example.org">docs</a></p>' },
        },
      ],
    },
    {
      claim: 'any other line stays plain text in a <p> paragraph',
      words:
        'paragraph paragraphs plain absatz absatze parrafo parrafos paragraphe paragraphes paragrafo paragrafi',
      shows: [{ input: { markdown: 'just words' }, answer: { html: '<p>just words</p>' } }],
    },
    {
      claim: 'only a small subset of markdown is rendered: tables and images stay text',
      words: 'small subset subsets teilmenge subconjunto sous ensemble sottoinsieme',
      shows: [
        { input: { markdown: '| a | b |' }, answer: { html: '<p>| a | b |</p>' } },
        { input: { markdown: '![logo](x.png)' }, answer: { html: '<p>![logo](x.png)</p>' } },
      ],
    },
    {
      claim: 'raw HTML in the markdown is escaped (&lt;b&gt;), never passed through, so no script runs (XSS)',
      words:
        'raw escape escaped escapes escaping xss script scripts injection roh rohe rohes rohen maskiert maskieren crudo escapa escapado escapar brut echappe echapper grezzo bruto',
      shows: [
        { input: { markdown: 'a <b>x</b>' }, answer: { html: '<p>a &lt;b&gt;x&lt;/b&gt;</p>' } },
        { input: { markdown: '<script>alert(1)</script>' }, contains: { html: '&lt;script&gt;' } },
      ],
    },
  ],
};
