import { readFeatureLiterals } from '@sf/service-spec';
import {
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
  type Refusal,
  type WorkedExample,
} from './catalog-entry';
import { glossIn, hasAny, languagesOf, refuses, type Language } from './feature-words';

/*
 * Web addresses: whether a string is an absolute http or https URL with a host name (WHATWG URL parsing, which
 * Node's `URL` implements), answering its scheme and host. Another scheme (ftp:, javascript:, mailto:), no scheme,
 * or no host is not one. When the feature says to reject invalid addresses, they are refused with 400; otherwise
 * the answer says `valid: false`. Recognised from the words for URL / web address with a word for checking, in
 * six languages; slugs and shorteners are not this family.
 */

export const URL_CODE: FunctionCode = {
  id: 'url.validate',
  exportName: 'validateUrl',
  source: `/** url.validate: whether \`url\` is an absolute http(s) URL with a host; refused when \`refuse_invalid\`. */
export const validateUrl: CatalogFunction = (input, options) => {
  const text = typeof input.url === 'string' ? input.url.trim() : '';
  if (text.length > 2048) return { ok: false, problems: ['url is longer than 2048 characters'] };
  let parsed: URL | null = null;
  try {
    parsed = new URL(text);
  } catch {
    parsed = null;
  }
  const scheme = parsed ? parsed.protocol.replace(/:$/, '') : '';
  const valid = parsed !== null && (scheme === 'http' || scheme === 'https') && parsed.hostname !== '' && /^[a-z][a-z0-9+.-]*:\\/\\//i.test(text);
  if (!valid && options.refuse_invalid === true) {
    return { ok: false, problems: [JSON.stringify(text.slice(0, 80)) + ' is not an http or https URL with a host name'] };
  }
  return { ok: true, value: valid && parsed ? { valid: true, scheme, host: parsed.hostname } : { valid: false, scheme: null, host: null } };
};`,
};

/** Addresses and what WHATWG URL parsing makes of them, by hand. */
const VALID: { url: string; scheme: string; host: string; why: string }[] = [
  { url: 'https://example.com/docs?page=2', scheme: 'https', host: 'example.com', why: 'https with a host' },
  {
    url: 'http://localhost:8080/health',
    scheme: 'http',
    host: 'localhost',
    why: 'http with a host and a port',
  },
  {
    url: 'HTTPS://Sub.Example.ORG',
    scheme: 'https',
    host: 'sub.example.org',
    why: 'scheme and host fold to lower case',
  },
];
const INVALID: { url: string; why: string }[] = [
  { url: 'ftp://files.example.com/a.txt', why: 'ftp is not http or https' },
  { url: 'example.com/docs', why: 'it has no scheme' },
  { url: 'javascript:alert(1)', why: 'javascript: is not a web address' },
];

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Prüft, ob eine Webadresse (URL) wohlgeformt und gültig ist: eine http- oder https-Adresse mit Hostnamen; sie nennt Schema und Host.',
  es: ' Comprueba si una dirección web (URL) está bien formada y es válida: una URL http o https con nombre de host; devuelve su esquema y su host.',
  fr: " Vérifie si une adresse web (URL) est bien formée et valide : une URL http ou https avec un nom d'hôte ; renvoie son schéma et son hôte.",
  it: ' Verifica se un indirizzo web (URL) è ben formato e valido: un URL http o https con un nome host; restituisce schema e host.',
  pt: ' Verifica se um endereço web (URL) está bem formado e é válido: uma URL http ou https com nome de host; devolve o esquema e o host.',
};

function design(refuseInvalid: boolean, languages: Language[]): FunctionDesign {
  const examples: WorkedExample[] = VALID.map((v) => ({
    description: `${v.url} is a valid URL (${v.why}): scheme ${v.scheme}, host ${v.host}.`,
    input: { url: v.url },
    output: { valid: true, scheme: v.scheme, host: v.host },
  }));
  const refusals: Refusal[] = refuseInvalid
    ? INVALID.map((x) => ({
        description: `${x.url} is not a valid URL (${x.why}) and is refused.`,
        input: { url: x.url },
      }))
    : [];
  if (!refuseInvalid) {
    for (const x of INVALID) {
      examples.push({
        description: `${x.url} is not a valid URL: ${x.why}.`,
        input: { url: x.url },
        output: { valid: false },
      });
    }
  }
  return {
    function: URL_CODE.id,
    method: 'POST',
    path: '/urls/validate',
    summary:
      `Checks whether a string is a valid absolute web address (URL): scheme http or https and a host name (WHATWG URL parsing); it answers the scheme and the host (lower case)${refuseInvalid ? '; an invalid URL is refused with 400' : ', or valid: false'}.` +
      glossIn(GLOSS, languages),
    inputs: [{ param: 'url', field: stringField('url', 'The address to check', VALID[0].url) }],
    outputs: [
      {
        result: 'valid',
        field: 'valid',
        description: 'Whether it is an http(s) URL with a host',
        example: true,
      },
      {
        result: 'scheme',
        field: 'scheme',
        description: 'http or https (null when invalid)',
        example: 'https',
      },
      {
        result: 'host',
        field: 'host',
        description: 'The host name, lower case (null when invalid)',
        example: 'example.com',
      },
    ],
    options: { refuse_invalid: refuseInvalid },
    examples,
    refusals,
  };
}

const URL_WORDS = ['url', 'urls', 'uri', 'uris', 'link', 'links', 'website', 'webadresse', 'webadressen'];
const WEB_PAIRS: [string, string][] = [
  ['web', 'address'],
  ['web', 'addresses'],
  ['direccion', 'web'],
  ['adresse', 'web'],
  ['indirizzo', 'web'],
  ['endereco', 'web'],
];
const CHECK_WORDS = [
  ...['valid', 'validate', 'validates', 'validation', 'check', 'checks', 'verify', 'verifies', 'wellformed'],
  ...['gultig', 'gultige', 'prufen', 'pruft', 'validieren', 'valida', 'validar', 'valido', 'comprobar'],
  ...['verificar', 'valide', 'verifier', 'verifie', 'validare', 'verificare', 'controllare'],
];
/** URL words that belong to other families or to records: slugs, shorteners, redirects, storing links. */
const NOT_THIS = [
  'slug',
  'slugs',
  'slugify',
  'short',
  'shorten',
  'shortener',
  'redirect',
  'redirects',
  'bookmark',
];

export const URL_CHECK: CatalogFamily = {
  name: 'url-check',
  functions: [URL_CODE],
  recognise(text: string, words: string[]): Recognised {
    const aboutUrls =
      hasAny(words, URL_WORDS) ||
      WEB_PAIRS.some(([a, b]) => words.some((w, i) => w === a && words[i + 1] === b));
    if (!aboutUrls || hasAny(words, NOT_THIS)) return null;
    const languages = languagesOf(words);
    if (hasAny(words, CHECK_WORDS)) return { design: design(refuses(words), languages) };
    // "Reject invalid URLs": the check refuses instead of answering valid: false. Only a refusal of invalid
    // addresses in prose: "an unknown id returns 404" on a route that stores a url is about records.
    const invalid = words.some((w) => /^(inval|malformed|ungult|non)/.test(w));
    if (!refuses(words) || !invalid || readFeatureLiterals(text).routes.length > 0) return null;
    const refusing = design(true, languages);
    return {
      constraint: { function: URL_CODE.id, refine: () => refusing, refusals: () => refusing.refusals },
    };
  },
};
