import { drawsToShowNew, readFeatureLiterals, requiredUuidVersion, type ValueShape } from '@sf/service-spec';
import {
  integerField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
  type WorkedExample,
} from './catalog-entry';
import { glossIn, hasAny, languagesOf, type Language } from './feature-words';

/*
 * Generated values: a new value on every call, in the shape the feature states. A version 4 UUID (RFC 9562 §5.4,
 * `crypto.randomUUID`), one per call or a batch whose size is bounded as written (400 past the bound, the stated
 * default without one); a token of a stated number of hex characters, or of N random bytes in hex or base64url;
 * an integer drawn uniformly from a stated range, both ends included. Nothing here is guessed: another UUID
 * version, a token of no stated length or alphabet, a number with no range, a batch with no bound are not read
 * (the gate then refuses the feature). Worked examples state shapes (value-shapes.ts), and that two calls differ.
 */

export const RANDOM_UUID_CODE: FunctionCode = {
  id: 'random.uuid',
  exportName: 'randomUuid',
  source: String.raw`/**
 * random.uuid: a new version 4 UUID (crypto.randomUUID) in "uuid"; with option batch, "count" of them in "uuids"
 * (count from option min to max; option default when left out, required when the default is 0), pairwise distinct.
 */
export const randomUuid: CatalogFunction = (input, options) => {
  if (options.batch !== true) return { ok: true, value: { uuid: crypto.randomUUID() } };
  const min = Number(options.min);
  const max = Number(options.max);
  const fallback = Number(options.default);
  const count = input.count ?? (fallback > 0 ? fallback : undefined);
  const bounds = 'from ' + min + ' to ' + max;
  if (count === undefined) return { ok: false, problems: ['count is required: how many UUIDs, ' + bounds] };
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < min || count > max) {
    return { ok: false, problems: ['count must be a whole number ' + bounds] };
  }
  const uuids = new Set<string>();
  while (uuids.size < count) uuids.add(crypto.randomUUID());
  return { ok: true, value: { uuids: [...uuids] } };
};`,
};

export const RANDOM_TOKEN_CODE: FunctionCode = {
  id: 'random.token',
  exportName: 'randomToken',
  source: String.raw`/**
 * random.token: option bytes random bytes (crypto.getRandomValues) written in option encoding, "hex" (two lower-case
 * hex digits a byte, cut to option length when it is odd) or "base64url" (RFC 4648 §5, no padding), in "token".
 */
export const randomToken: CatalogFunction = (_input, options) => {
  const bytes = new Uint8Array(Number(options.bytes));
  crypto.getRandomValues(bytes);
  if (options.encoding === 'base64url') return { ok: true, value: { token: Buffer.from(bytes).toString('base64url') } };
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return { ok: true, value: { token: hex.slice(0, Number(options.length)) } };
};`,
};

export const RANDOM_INTEGER_CODE: FunctionCode = {
  id: 'random.integer',
  exportName: 'randomInteger',
  source: String.raw`/**
 * random.integer: a whole number drawn uniformly from option min to option max, both included (at most 2^32
 * values): 32 random bits from crypto.getRandomValues, redrawn when they fall past the last whole multiple of the
 * range's size (no modulo bias), in "value".
 */
export const randomInteger: CatalogFunction = (_input, options) => {
  const min = Number(options.min);
  const size = Number(options.max) - min + 1;
  const limit = Math.floor(4294967296 / size) * size;
  const draw = new Uint32Array(1);
  do crypto.getRandomValues(draw);
  while (draw[0] >= limit);
  return { ok: true, value: { value: min + (draw[0] % size) } };
};`,
};

const UUID_GLOSS: Partial<Record<Language, string>> = {
  de: ' Erzeugt bei jedem Aufruf eine neue zufällige UUID Version 4 (neue, zufällige Kennung).',
  es: ' Genera un nuevo UUID aleatorio versión 4 en cada llamada (nuevo, aleatorio).',
  fr: ' Génère un nouvel UUID aléatoire version 4 à chaque appel (nouveau, aléatoire).',
  it: ' Genera un nuovo UUID casuale versione 4 a ogni chiamata (nuovo, casuale, ogni volta diverso).',
  pt: ' Gera um novo UUID aleatório versão 4 a cada chamada (novo, aleatório).',
};
const TOKEN_GLOSS: Partial<Record<Language, string>> = {
  de: ' Erzeugt bei jedem Aufruf einen neuen zufälligen Token (Schlüssel) aus zufälligen Bytes, als Zeichen hexadezimal oder base64url kodiert.',
  es: ' Genera en cada llamada un nuevo token (clave) aleatorio de bytes aleatorios, en caracteres hexadecimales o base64url.',
  fr: ' Génère à chaque appel un nouveau jeton (clé) aléatoire en octets aléatoires, en caractères hexadécimaux ou base64url.',
  it: ' Genera a ogni chiamata un nuovo token (chiave) casuale di byte casuali, in caratteri esadecimali o base64url.',
  pt: ' Gera a cada chamada um novo token (chave) aleatório de bytes aleatórios, em caracteres hexadecimais ou base64url.',
};
const INTEGER_GLOSS: Partial<Record<Language, string>> = {
  de: ' Zieht eine ganze Zufallszahl (Zahl) zwischen den Grenzen.',
  es: ' Sortea un número entero aleatorio entre los límites.',
  fr: ' Tire un nombre entier aléatoire entre les bornes.',
  it: ' Estrae un numero intero casuale tra i limiti.',
  pt: ' Sorteia um número inteiro aleatório entre os limites.',
};

/**
 * A worked example of a generated value: the request and the shape of each answer field; with `bits`, the random
 * bits each new value is drawn from, it is called as often as shows the values differ (happy-example-checks.ts).
 */
function shaped(
  description: string,
  input: Record<string, unknown>,
  shapes: Record<string, ValueShape>,
  bits?: number,
): WorkedExample {
  return {
    description,
    input,
    output: Object.fromEntries(Object.entries(shapes).map(([k, s]) => [k, { $shape: s }])),
    ...(bits !== undefined ? { differs: { bits } } : {}),
  };
}

/** The random bits of a version 4 UUID (RFC 9562 §5.4: 128 less the version nibble and the 2 variant bits). */
const UUID_BITS = 122;

export function uuidDesign(languages: Language[] = []): FunctionDesign {
  return {
    function: RANDOM_UUID_CODE.id,
    method: 'GET',
    path: '/uuid',
    summary:
      'Answers a new random version 4 UUID (RFC 9562: 122 random bits, version nibble 4, variant 10xx) on every call, written as 36 lower-case characters 8-4-4-4-12; two calls never answer the same UUID.' +
      glossIn(UUID_GLOSS, languages),
    inputs: [],
    outputs: [
      {
        result: 'uuid',
        field: 'uuid',
        description: 'A new random version 4 UUID',
        example: '3f0c8a4e-9b7d-4c2a-8e51-6d2f0b9a7c14',
      },
    ],
    options: { batch: false },
    examples: [
      shaped(
        'Two calls answer two different version 4 UUIDs (8-4-4-4-12 hex, version 4, variant 8, 9, a or b).',
        {},
        { uuid: { uuid_version: 4, length: 36 } },
        UUID_BITS,
      ),
    ],
    refusals: [],
  };
}

interface Batch {
  param: string;
  min: number;
  max: number;
  /** 0: the count is required. */
  fallback: number;
}

/** A batch of UUIDs; worked examples send the count under the query parameter the feature names. */
export function uuidBatchDesign(b: Batch, languages: Language[] = []): FunctionDesign {
  const list = (n: number): ValueShape => ({
    length: n,
    distinct: true,
    each: { uuid_version: 4, length: 36 },
  });
  const examples = [
    shaped(
      `${b.max} UUIDs asked (the most): ${b.max} different new version 4 UUIDs, other ones on the next call.`,
      { [b.param]: b.max },
      { uuids: list(b.max) },
      UUID_BITS * b.max,
    ),
    ...(b.min !== b.max
      ? [
          shaped(
            `${b.min} UUID(s) asked (the fewest): ${b.min} new version 4 UUID(s).`,
            { [b.param]: b.min },
            { uuids: list(b.min) },
          ),
        ]
      : []),
    ...(b.fallback > 0
      ? [
          shaped(
            `No ${b.param} given: the default, ${b.fallback} new version 4 UUID(s).`,
            {},
            { uuids: list(b.fallback) },
          ),
        ]
      : []),
  ];
  return {
    function: RANDOM_UUID_CODE.id,
    method: 'GET',
    path: '/uuids',
    summary:
      `Answers ${b.param} new random version 4 UUIDs (RFC 9562: version nibble 4, variant 10xx; 36 lower-case characters 8-4-4-4-12), pairwise different and new on every call: ${b.param} from ${b.min} to ${b.max}` +
      (b.fallback > 0 ? `, ${b.fallback} by default when it is not given` : ', required') +
      `. A ${b.param} outside ${b.min} to ${b.max}, or not a whole number, is refused with 400.` +
      glossIn(UUID_GLOSS, languages),
    inputs: [
      {
        param: 'count',
        field: {
          ...integerField(
            b.param,
            `How many UUIDs, ${b.min} to ${b.max}${b.fallback > 0 ? ` (default ${b.fallback})` : ''}`,
            b.max,
          ),
          required: b.fallback === 0,
          minimum: b.min,
          maximum: b.max,
        },
      },
    ],
    outputs: [
      {
        result: 'uuids',
        field: 'uuids',
        description: 'The new version 4 UUIDs',
        example: ['3f0c8a4e-9b7d-4c2a-8e51-6d2f0b9a7c14'],
      },
    ],
    options: { batch: true, min: b.min, max: b.max, default: b.fallback },
    examples,
    refusals: [
      { description: `${b.max + 1} UUIDs are refused (at most ${b.max}).`, input: { [b.param]: b.max + 1 } },
      ...(b.min > 0
        ? [
            {
              description: `${b.min - 1} UUIDs are refused (at least ${b.min}).`,
              input: { [b.param]: b.min - 1 },
            },
          ]
        : []),
      ...(b.fallback === 0 ? [{ description: `A request without ${b.param} is refused.`, input: {} }] : []),
    ],
  };
}

type Encoding = 'hex' | 'base64url';

export function tokenDesign(
  encoding: Encoding,
  bytes: number,
  length: number,
  languages: Language[] = [],
): FunctionDesign {
  const written =
    encoding === 'hex'
      ? `${length} lower-case hex characters (${bytes * 2 === length ? `${bytes} random bytes` : `${bytes} random bytes, cut to ${length}`})`
      : `${bytes} random bytes in base64url without padding (RFC 4648 §5: ${length} characters of A-Z a-z 0-9 - _)`;
  const pattern = encoding === 'hex' ? `[0-9a-f]{${length}}` : `[A-Za-z0-9_-]{${length}}`;
  // Hex: 4 bits a character (a token cut to an odd length keeps only those); base64url: every byte's 8.
  const bits = encoding === 'hex' ? 4 * length : 8 * bytes;
  const draws = drawsToShowNew(bits);
  return {
    function: RANDOM_TOKEN_CODE.id,
    method: 'POST',
    path: '/tokens',
    summary:
      `Answers a new random token on every call (from crypto.getRandomValues): ${written}; ${bits >= 64 ? 'two calls never answer the same token' : `two calls answer the same token only by chance (1 in ${2 ** bits})`}.` +
      glossIn(TOKEN_GLOSS, languages),
    inputs: [],
    outputs: [
      {
        result: 'token',
        field: 'token',
        description: `A new random token: ${written}`,
        example: encoding === 'hex' ? '9f'.repeat(length).slice(0, length) : 'A'.repeat(length),
      },
    ],
    options: { encoding, bytes, length },
    examples: [
      shaped(
        draws === 2
          ? `Two calls answer two different tokens of ${length} characters (${encoding}).`
          : `Tokens of ${length} characters (${encoding}), new on every call: ${draws ?? 'many'} calls do not all answer the same token.`,
        {},
        { token: { pattern, length } },
        bits,
      ),
    ],
    refusals: [],
  };
}

export function integerDesign(min: number, max: number, languages: Language[] = []): FunctionDesign {
  return {
    function: RANDOM_INTEGER_CODE.id,
    method: 'GET',
    path: '/random',
    summary:
      `Answers a whole number drawn at random from ${min} to ${max} (both included, each equally likely: crypto.getRandomValues without modulo bias), a new draw on every call.` +
      glossIn(INTEGER_GLOSS, languages),
    inputs: [],
    outputs: [
      {
        result: 'value',
        field: 'value',
        description: `A random whole number from ${min} to ${max}`,
        example: min,
      },
    ],
    options: { min, max },
    examples: [shaped(`A draw is a whole number from ${min} to ${max}.`, {}, { value: { min, max } })],
    refusals: [],
  };
}

/* Reading the feature. Words are lower-case ASCII (accents folded). */

const GENERATE =
  'generate generates generating generated generar genera generer genere generare gerar gera erzeugen erzeugt erzeuge generieren generiert create creates new neue neuen neuer neu nuevo nueva nuevos nuevas nouveau nouvelle nouveaux nuovo nuova nuovi novo nova novos fresh random zufallig zufallige zufalligen zufalliger aleatorio aleatoria aleatorios aleatorias aleatoire aleatoires casuale casuali issue draw ziehen sortear tirer'.split(
    ' ',
  );
const RANDOM =
  'random zufallig zufallige zufalligen zufalliger aleatorio aleatoria aleatoire casuale azar sortear'.split(
    ' ',
  );
const CHECKING =
  'valid validate validates validation check checks checking verify verifies inspect inspects gultig gultige prufen pruft valido valida validar verificar comprobar verifier valide verificare controllare'.split(
    ' ',
  );
const TOKEN_NOUNS =
  'token tokens jeton jetons key keys schlussel clave claves cle cles chiave chiavi chave chaves secret secrets'.split(
    ' ',
  );
const NOT_TOKENS =
  'password passwords passwort passworter contrasena contrasenas passe senha senhas bucket'.split(' ');
const INTEGER_NOUNS =
  'integer integers number numbers zahl zahlen zufallszahl zufallszahlen ganzzahl numero numeros nombre nombres entier entiers intero interi inteiro inteiros'.split(
    ' ',
  );
const DICE = 'dice die wurfel dados dado dadi'.split(' ');
const TIME_BASED =
  /time[\s-]*based|zeitbasiert|temporal|horodat|sortable|sortierbar|ordenable|triable|ordinabil/;

function randomWord(words: string[]): boolean {
  return words.some((w) => RANDOM.includes(w) || w.startsWith('zufall'));
}

/** `N from 1 to 50`, `entre 1 y 6`, `1..50`, `up to 20`: the bounds the text writes, or null. */
function boundsIn(folded: string): { min: number; max: number } | null {
  const range =
    /\b(?:from|de|desde|von|da|between|entre|zwischen|tra|fra)\s+(-?\d+)\s+(?:to|a|al|bis|and|y|et|und|e|ate)\s+(-?\d+)\b/.exec(
      folded,
    ) ?? /(?<![\w.])(-?\d+)\s*(?:\.\.|–)\s*(-?\d+)\b/.exec(folded);
  if (range) return { min: Number(range[1]), max: Number(range[2]) };
  const upTo =
    /\b(?:up to|at most|bis zu|hochstens|hasta|jusqu a|au plus|fino a|al massimo|ate)\s+(\d+)\b/.exec(folded);
  return upTo ? { min: 1, max: Number(upTo[1]) } : null;
}

/** The default a text writes (`default 1`, `5 par défaut`, `Standard 1`), or 0. */
function defaultIn(folded: string): number {
  const m =
    /\b(?:default|defaults to|standard|standardmassig|por defecto|por omision|par defaut|predefinito|di default|padrao|por padrao)\s*(?:is|ist|es|est|e)?\s*[:=]?\s*(\d+)\b/.exec(
      folded,
    ) ??
    /\b(\d+)\s+(?:by default|per default|standardmassig|por defecto|por omision|par defaut|di default|predefinito|por padrao)\b/.exec(
      folded,
    ) ??
    /\b(\d+)\s+when\s+(?:no|not)\b/.exec(folded);
  return m ? Number(m[1]) : 0;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, ' ');
}

function recogniseUuid(text: string, words: string[], folded: string): Recognised {
  const languages = languagesOf(words);
  const version = requiredUuidVersion(text);
  if ((version !== 0 && version !== 4) || TIME_BASED.test(folded)) return null;
  const plural = words.some((w) => w === 'uuids' || w === 'guids');
  const query = readFeatureLiterals(text).query;
  if (!plural) return query.length === 0 ? { design: uuidDesign(languages) } : null;
  const bounds = boundsIn(folded);
  if (!bounds || bounds.min < 0 || bounds.max < Math.max(1, bounds.min) || bounds.max > 1000) return null;
  const fallback = defaultIn(folded);
  if (fallback !== 0 && (fallback < bounds.min || fallback > bounds.max)) return null;
  if (query.length > 1) return null;
  return { design: uuidBatchDesign({ param: query[0] ?? 'count', ...bounds, fallback }, languages) };
}

function recogniseToken(words: string[], folded: string): Recognised {
  const base64url = /base64[\s-]*url|base64url/.test(folded);
  const hex = words.some((w) =>
    /^(?:hex|hexadecimal|hexadezimal|hexadecimales|hexadecimaux|esadecimali|hexadecimais)$/.test(w),
  );
  if (base64url === hex) return null;
  const bytes =
    /\b(\d+)\s+(?:random\s+|zufalligen?\s+|aleatorios\s+|aleatoires\s+)?(?:bytes?|octets?)\b/.exec(folded);
  const chars =
    /\b(\d+)\s+(?:hex\w*\s+|hexadecimal\w*\s+|esadecimal\w*\s+)?(?:characters|chars|zeichen|caracteres|caratteri|digits|stellen|cifre|digitos|chiffres)\b/.exec(
      folded,
    );
  if (base64url) {
    if (!bytes || chars) return null;
    const n = Number(bytes[1]);
    return n >= 1 && n <= 1024
      ? { design: tokenDesign('base64url', n, Math.ceil((4 * n) / 3), languagesOf(words)) }
      : null;
  }
  const length = chars ? Number(chars[1]) : bytes ? 2 * Number(bytes[1]) : 0;
  if (chars && bytes && Number(chars[1]) !== 2 * Number(bytes[1])) return null;
  return length >= 1 && length <= 2048
    ? { design: tokenDesign('hex', Math.ceil(length / 2), length, languagesOf(words)) }
    : null;
}

function recogniseInteger(words: string[], folded: string): Recognised {
  if (!randomWord(words) || hasAny(words, DICE)) return null;
  if (!words.some((w) => INTEGER_NOUNS.includes(w) || w.startsWith('zufallszahl'))) return null;
  const bounds = boundsIn(folded);
  if (!bounds || bounds.max <= bounds.min || bounds.max - bounds.min >= 4294967296) return null;
  if (!Number.isSafeInteger(bounds.min) || !Number.isSafeInteger(bounds.max)) return null;
  return { design: integerDesign(bounds.min, bounds.max, languagesOf(words)) };
}

/** A value drawn for every new record, or as a record's id (folded text). */
const FOR_EACH_RECORD =
  /\b(?:for (?:each|every|any)|fur (?:jede[nrs]?|alle)|para (?:cada|todo)|pour (?:chaque|tout)|per (?:ogni|ciascun[oa]?))\s+(?:new|neue[nrs]?|nuev[oa]s?|nouve(?:au|l|lle)|nuov[oa]|nov[oa])\b|\bas (?:its|the|their|an?) (?:id|identifier|key)\b/;

function recogniseRandomValues(text: string, words: string[]): Recognised {
  if (!hasAny(words, GENERATE) && !words.some((w) => w.startsWith('zufall'))) return null;
  // A check of values received is not a generation ("is this a valid UUID?").
  if (hasAny(words, CHECKING)) return null;
  const folded = fold(text);
  // "a random UUID for each new order" names how records are identified, not a generator of its own.
  if (FOR_EACH_RECORD.test(folded)) return null;
  if (words.some((w) => w.startsWith('uuid') || w === 'guid' || w === 'guids'))
    return recogniseUuid(text, words, folded);
  if (hasAny(words, TOKEN_NOUNS) && !hasAny(words, NOT_TOKENS)) return recogniseToken(words, folded);
  if (hasAny(words, NOT_TOKENS)) return null;
  return recogniseInteger(words, folded);
}

export const RANDOM_VALUES: CatalogFamily = {
  name: 'random-values',
  functions: [RANDOM_UUID_CODE, RANDOM_TOKEN_CODE, RANDOM_INTEGER_CODE],
  recognise: recogniseRandomValues,
};
