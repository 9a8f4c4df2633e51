import { renderingPart, saysEscaped } from './markdown-parts';
import {
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
} from './catalog-entry';
import { glossIn, hasAny, languagesOf, type Language, wordList } from './feature-words';

/*
 * HTML escaping as a feature of its own: the five characters HTML gives a meaning (& < > " ') written as
 * entities, so user text shows as text and no tag or script gets through; and the way back, named entities of
 * those five (and &nbsp;) and numeric ones (&#65;, &#x42;) decoded in one pass, anything else left as written.
 */

export const ESCAPE_CODE: FunctionCode = {
  id: 'html.escape',
  exportName: 'htmlEscape',
  source: String.raw`/** html.escape: & < > " ' as &amp; &lt; &gt; &quot; &#39; (& first, so nothing is escaped twice). */
export const htmlEscape: CatalogFunction = (input) => {
  if (typeof input.text !== 'string') return { ok: false, problems: ['text must be a string'] };
  const escaped = input.text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
  return { ok: true, value: { escaped } };
};`,
};

export const UNESCAPE_CODE: FunctionCode = {
  id: 'html.unescape',
  exportName: 'htmlUnescape',
  source: String.raw`/** The named entities html.unescape decodes. */
const HTML_NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
};

/** html.unescape: named (&amp; &lt; &gt; &quot; &apos; &nbsp;) and numeric (&#65; &#x41;) entities decoded in one pass. */
export const htmlUnescape: CatalogFunction = (input) => {
  if (typeof input.text !== 'string') return { ok: false, problems: ['text must be a string'] };
  const unescaped = input.text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return Object.hasOwn(HTML_NAMED_ENTITIES, name) ? HTML_NAMED_ENTITIES[name] : whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
  return { ok: true, value: { unescaped } };
};`,
};

type Gloss = Partial<Record<Language, string>>;
const ESCAPE_GLOSS: Gloss = {
  de: ' HTML-Sonderzeichen eines Textes maskieren (escapen, kodieren): < wird &lt;, damit Benutzereingaben als Text erscheinen.',
  es: ' Escapar (codificar) los caracteres especiales de HTML de un texto: < se convierte en &lt;, así la entrada del usuario se muestra como texto.',
  fr: " Échapper (encoder) les caractères spéciaux HTML d'un texte ou d'une chaîne : < devient &lt;, pour que la saisie s'affiche comme du texte.",
  it: ' Fare l’escape dei caratteri speciali HTML di un testo: < diventa &lt;.',
  pt: ' Escapar os caracteres especiais de HTML de um texto: < vira &lt;.',
};
const UNESCAPE_GLOSS: Gloss = {
  de: ' HTML-Entitäten eines Textes dekodieren (zurückwandeln): &amp; wird zu &.',
  es: ' Decodificar las entidades HTML de un texto: &lt; se convierte en <.',
  fr: " Décoder les entités HTML d'un texte : &amp; devient &.",
  it: ' Decodificare le entità HTML di un testo: &amp; diventa &.',
  pt: ' Decodificar as entidades HTML de um texto: &amp; vira &.',
};
const notText = {
  description: 'A text that is not a string (the number 42) is refused.',
  input: { text: 42 },
};

function escapeDesign(languages: Language[]): FunctionDesign {
  const facts: [string, string, string][] = [
    [
      '<script>alert("x")</script>',
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
      'a script tag comes out as text',
    ],
    ['<b>"Tom" & Jerry</b>', '&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;', 'tags, quotes and &'],
    ["Tom & Jerry's", 'Tom &amp; Jerry&#39;s', 'the apostrophe as &#39;'],
    ['&lt;', '&amp;lt;', 'an entity already written is escaped again, so it shows as written'],
    ['plain text', 'plain text', 'nothing to escape'],
  ];
  return {
    function: ESCAPE_CODE.id,
    method: 'POST',
    path: '/html/escape',
    summary:
      'Escapes (encodes) HTML special characters in a text or string, so user input shows up as text and no ' +
      'tag or script (XSS) gets through: & becomes &amp;, < becomes &lt;, > becomes &gt;, " (quotes) becomes ' +
      "&quot; and ' becomes &#39;; every other character is kept. A text that is not a string is refused with 400." +
      glossIn(ESCAPE_GLOSS, languages),
    inputs: [
      { param: 'text', field: { ...stringField('text', 'Text to escape', facts[1][0]), allow_empty: true } },
    ],
    outputs: [
      { result: 'escaped', field: 'escaped', description: 'The text, HTML-escaped', example: facts[1][1] },
    ],
    examples: facts.map(([text, escaped, why]) => ({
      description: `${JSON.stringify(text)} escapes to ${JSON.stringify(escaped)} (${why}).`,
      input: { text },
      output: { escaped },
    })),
    refusals: [notText],
  };
}

function unescapeDesign(languages: Language[]): FunctionDesign {
  const facts: [string, string, string][] = [
    ['Tom &amp; Jerry &lt;3 &#39;hi&#39; &#x41;', "Tom & Jerry <3 'hi' A", 'named, decimal and hex entities'],
    ['&quot;hi&quot;', '"hi"', 'quotes'],
    ['&amp;lt;', '&lt;', 'decoded once, not twice'],
    [
      '&copy; &#0; &bogus; & alone',
      '&copy; &#0; &bogus; & alone',
      'unknown or invalid entities are kept as written',
    ],
  ];
  return {
    function: UNESCAPE_CODE.id,
    method: 'POST',
    path: '/html/unescape',
    summary:
      'Unescapes (decodes) HTML entities in a text back into characters: &amp; &lt; &gt; &quot; &apos; &nbsp; ' +
      'and numeric entities (&#65; decimal, &#x41; hex) are turned back, in one pass (&amp;lt; becomes &lt;); ' +
      'unknown or invalid entities stay as written. A text that is not a string is refused with 400.' +
      glossIn(UNESCAPE_GLOSS, languages),
    inputs: [
      {
        param: 'text',
        field: { ...stringField('text', 'Text to unescape', facts[0][0]), allow_empty: true },
      },
    ],
    outputs: [
      {
        result: 'unescaped',
        field: 'unescaped',
        description: 'The text, entities decoded',
        example: facts[0][1],
      },
    ],
    examples: facts.map(([text, unescaped, why]) => ({
      description: `${JSON.stringify(text)} unescapes to ${JSON.stringify(unescaped)} (${why}).`,
      input: { text },
      output: { unescaped },
    })),
    refusals: [notText],
  };
}

const words = wordList;
const HTML_WORDS = words('html entity entities entidades entidad entites entite entitaten entita entidades');
const DECODE = words(
  'unescape unescaping unescaped decode decodes decoding dekodieren decodificar decoder decodage decodifica decodificare',
);
const ENCODE_STEMS = words('escap encod maskier kodier echapp codific sanitiz sanitis');
/** Words of another domain: escape rooms, markdown (the markdown family's), stored records. */
const OTHER = words('room rooms markdown md store stored save database');

export const HTML_ENTITIES: CatalogFamily = {
  name: 'html-entities',
  functions: [ESCAPE_CODE, UNESCAPE_CODE],
  recognise(text: string, ws: string[]): Recognised {
    // HTML named, or its entities written out (&amp; &lt; &#39;).
    const html = hasAny(ws, HTML_WORDS) || /&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/i.test(text);
    if (!html || hasAny(ws, OTHER)) return null;
    const languages = languagesOf(ws);
    if (
      hasAny(ws, DECODE) ||
      (ws.some((w) => w.startsWith('entit')) && !ws.some((w) => /^(escap|encod)/.test(w)))
    )
      return { design: unescapeDesign(languages) };
    // An escaping verb, or the bare characters written beside their entities ("& < > as &amp; &lt; &gt;").
    const bare = /(?:^|\s)[<>&](?=[\s,;]|$)/.test(text) && /&(?:amp|lt|gt);/.test(text);
    if (bare || ws.some((w) => ENCODE_STEMS.some((s) => w.startsWith(s)))) {
      // "Any raw HTML the user types comes out escaped" beside a markdown rendering is a part of it; alone, an
      // escaper of its own (markdown-parts.ts).
      return saysEscaped(text)
        ? renderingPart(text, 'escape', escapeDesign(languages))
        : { design: escapeDesign(languages) };
    }
    return null;
  },
};
