import { createHmac } from 'node:crypto';
import {
  stringField,
  type CatalogFamily,
  type DesignReference,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
  type Refusal,
  type WorkedExample,
} from './catalog-entry';
import { asSaid, glossIn, hasAny, languagesOf, wordList, type Language } from './feature-words';

/*
 * HMAC-SHA256 calculators: sign a message with a secret (the lower-case hex HMAC-SHA256 of the message's UTF-8
 * bytes keyed with the secret's UTF-8 bytes), and verify that a signature is that HMAC (hex, either letter case;
 * compared in constant time). A missing or empty message or secret is refused with 400; a signature that is not
 * the HMAC is `valid: false`, never an error. Recognised from "HMAC" with a word of signing or verifying, in six
 * languages; a feature about webhooks or events received is the receiver's (webhook-features.ts), and another
 * algorithm (SHA-1, SHA-512, MD5, RSA) is not this family.
 */

/** The one import the emitted functions share. */
const CRYPTO_IMPORT = "import { createHmac, timingSafeEqual } from 'node:crypto';";

export const HMAC_SIGN_CODE: FunctionCode = {
  id: 'hmac.sign',
  exportName: 'hmacSign',
  imports: [CRYPTO_IMPORT],
  source: String.raw`/**
 * hmac.sign: the lower-case hex HMAC-SHA256 of message (UTF-8) keyed with secret (UTF-8), in "signature". Both
 * must be non-empty strings.
 */
export const hmacSign: CatalogFunction = (input) => {
  const problems: string[] = [];
  if (typeof input.message !== 'string' || input.message === '') problems.push('message must be a non-empty string');
  if (typeof input.secret !== 'string' || input.secret === '') problems.push('secret must be a non-empty string');
  if (problems.length > 0 || typeof input.message !== 'string' || typeof input.secret !== 'string') return { ok: false, problems };
  return { ok: true, value: { signature: createHmac('sha256', Buffer.from(input.secret, 'utf8')).update(input.message, 'utf8').digest('hex') } };
};`,
};

export const HMAC_VERIFY_CODE: FunctionCode = {
  id: 'hmac.verify',
  exportName: 'hmacVerify',
  imports: [CRYPTO_IMPORT],
  source: String.raw`/**
 * hmac.verify: whether signature is the hex HMAC-SHA256 of message keyed with secret (hex in either letter case,
 * compared in constant time), in "valid". Message and secret must be non-empty strings, signature a string.
 */
export const hmacVerify: CatalogFunction = (input) => {
  const problems: string[] = [];
  if (typeof input.message !== 'string' || input.message === '') problems.push('message must be a non-empty string');
  if (typeof input.secret !== 'string' || input.secret === '') problems.push('secret must be a non-empty string');
  if (typeof input.signature !== 'string') problems.push('signature must be a string');
  if (problems.length > 0 || typeof input.message !== 'string' || typeof input.secret !== 'string' || typeof input.signature !== 'string') return { ok: false, problems };
  const expected = Buffer.from(createHmac('sha256', Buffer.from(input.secret, 'utf8')).update(input.message, 'utf8').digest('hex'), 'utf8');
  const given = Buffer.from(input.signature.trim().toLowerCase(), 'utf8');
  return { ok: true, value: { valid: given.length === expected.length && timingSafeEqual(given, expected) } };
};`,
};

/**
 * Published HMAC-SHA256 values, by hand: RFC 4231 test case 2 and the example of the HMAC article of Wikipedia.
 * They check the reference below as much as the emitted code.
 */
export const HMAC_FACTS: { message: string; secret: string; signature: string }[] = [
  {
    message: 'what do ya want for nothing?',
    secret: 'Jefe',
    signature: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  },
  {
    message: 'The quick brown fox jumps over the lazy dog',
    secret: 'key',
    signature: 'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
  },
];

/** The reference semantics of both functions (Node's HMAC in the generator, beside the emitted code). */
function referenceOf(verify: boolean): DesignReference {
  return {
    read: () => null,
    compute: (p) => {
      const { message, secret, signature } = p;
      if (typeof message !== 'string' || message === '')
        return { ok: false, why: 'the message is missing or empty' };
      if (typeof secret !== 'string' || secret === '')
        return { ok: false, why: 'the secret is missing or empty' };
      const hex = createHmac('sha256', secret).update(message, 'utf8').digest('hex');
      if (!verify) return { ok: true, results: { signature: hex } };
      if (typeof signature !== 'string') return { ok: false, why: 'the signature is missing' };
      return { ok: true, results: { valid: signature.trim().toLowerCase() === hex } };
    },
  };
}

/** The refusals every HMAC function makes: a message or a secret missing or empty. */
function blankRefusals(base: Record<string, unknown>): Refusal[] {
  const without = (k: string) => Object.fromEntries(Object.entries(base).filter(([x]) => x !== k));
  return [
    { description: 'A request without a secret has nothing to sign with.', input: without('secret') },
    { description: 'An empty secret is refused.', input: { ...base, secret: '' } },
    { description: 'A request without a message has nothing to sign.', input: without('message') },
    { description: 'An empty message is refused.', input: { ...base, message: '' } },
  ];
}

const SIGN_GLOSS: Partial<Record<Language, string>> = {
  de: ' Signiert eine Nachricht mit einem Geheimnis: HMAC-SHA256 als Hex in Kleinbuchstaben.',
  es: ' Firma un mensaje con un secreto: HMAC-SHA256 en hexadecimal en minúsculas.',
  fr: ' Signe un message avec un secret : HMAC-SHA256 en hexadécimal minuscule.',
  it: ' Firma un messaggio con un segreto: HMAC-SHA256 in esadecimale minuscolo.',
  pt: ' Assina uma mensagem com um segredo: HMAC-SHA256 em hexadecimal minúsculo.',
};
const VERIFY_GLOSS: Partial<Record<Language, string>> = {
  de: ' Prüft, ob eine Signatur das HMAC-SHA256 einer Nachricht mit dem Geheimnis ist.',
  es: ' Verifica si una firma es el HMAC-SHA256 del mensaje con el secreto.',
  fr: ' Vérifie si une signature est le HMAC-SHA256 du message avec le secret.',
  it: ' Verifica se una firma è lo HMAC-SHA256 del messaggio con il segreto.',
  pt: ' Verifica se uma assinatura é o HMAC-SHA256 da mensagem com o segredo.',
};

const MESSAGE = stringField('message', 'The message to sign (UTF-8)', HMAC_FACTS[0].message);
const SECRET = stringField('secret', 'The shared secret (UTF-8)', HMAC_FACTS[0].secret);

/** Signing a message: its lower-case hex HMAC-SHA256. */
export function signDesign(languages: Language[] = []): FunctionDesign {
  const examples: WorkedExample[] = HMAC_FACTS.map((f) => ({
    description: `${JSON.stringify(f.message)} keyed with ${JSON.stringify(f.secret)} signs as ${f.signature}.`,
    input: { message: f.message, secret: f.secret },
    output: { signature: f.signature },
  }));
  return {
    function: HMAC_SIGN_CODE.id,
    method: 'POST',
    path: '/sign',
    summary:
      'Signs a message with a secret: answers the HMAC-SHA256 of the message (UTF-8) keyed with the secret (UTF-8), as 64 lower-case hex digits. A missing or empty message or secret is refused with 400.' +
      glossIn(SIGN_GLOSS, languages),
    inputs: [
      { param: 'message', field: MESSAGE },
      { param: 'secret', field: SECRET },
    ],
    outputs: [
      {
        result: 'signature',
        field: 'signature',
        description: 'The lower-case hex HMAC-SHA256',
        example: HMAC_FACTS[0].signature,
      },
    ],
    examples,
    refusals: blankRefusals({ message: HMAC_FACTS[0].message, secret: HMAC_FACTS[0].secret }),
    reference: referenceOf(false),
  };
}

/** Verifying a signature: whether it is the message's HMAC-SHA256 with the secret. */
export function verifyDesign(languages: Language[] = []): FunctionDesign {
  const [a, b] = HMAC_FACTS;
  const examples: WorkedExample[] = [
    {
      description: `${a.signature} is the HMAC-SHA256 of ${JSON.stringify(a.message)} keyed with ${JSON.stringify(a.secret)}: valid.`,
      input: { message: a.message, secret: a.secret, signature: a.signature },
      output: { valid: true },
    },
    {
      description: 'The same signature in upper case is valid too (hex is case-insensitive).',
      input: { message: b.message, secret: b.secret, signature: b.signature.toUpperCase() },
      output: { valid: true },
    },
    {
      description: 'A signature made with another secret is not valid.',
      input: { message: a.message, secret: b.secret, signature: a.signature },
      output: { valid: false },
    },
    {
      description: 'The signature with its last digit changed is not valid (every digit counts).',
      input: { message: a.message, secret: a.secret, signature: `${a.signature.slice(0, -1)}4` },
      output: { valid: false },
    },
    {
      description: 'The first half of the signature is not valid.',
      input: { message: a.message, secret: a.secret, signature: a.signature.slice(0, 32) },
      output: { valid: false },
    },
    {
      description: 'A signature of another message is not valid.',
      input: { message: b.message, secret: a.secret, signature: a.signature },
      output: { valid: false },
    },
  ];
  return {
    function: HMAC_VERIFY_CODE.id,
    method: 'POST',
    path: '/verify',
    summary:
      'Verifies a signature: valid is true when the signature is the hex HMAC-SHA256 of the message keyed with the secret (either letter case, compared in constant time), else false. A missing or empty message or secret is refused with 400.' +
      glossIn(VERIFY_GLOSS, languages),
    inputs: [
      { param: 'message', field: MESSAGE },
      { param: 'secret', field: SECRET },
      {
        param: 'signature',
        field: stringField('signature', 'The hex signature to check', a.signature),
      },
    ],
    outputs: [
      {
        result: 'valid',
        field: 'valid',
        description: 'Whether the signature is the HMAC',
        example: true,
      },
    ],
    examples,
    refusals: blankRefusals({ message: a.message, secret: a.secret, signature: a.signature }),
    reference: referenceOf(true),
  };
}

const HMAC_WORDS = wordList('hmac hmacsha256 hmac-sha256');
const VERIFY_WORDS = wordList(
  'verify verifies verifying verification check checks checking valid validate validates prufen pruft ' +
    'prufe uberprufen uberpruft gultig verificar verifica comprobar comprueba valida valido verifier verifie ' +
    'verification verificare controllare controlla',
);
const SIGN_WORDS = wordList(
  'sign signs signing signature signatures compute computes signieren signiert signatur firmar firma ' +
    'firme signer signe assinar assina assinatura calcola calcular calcule berechnen berechnet',
);
/** Words of a receiver of events, of another algorithm, or of keys that are not a shared secret. */
const NOT_THIS = wordList(
  'webhook webhooks event events ereignis ereignisse evento eventos evenement evenements eventi callback ' +
    'callbacks header headers kopfzeile cabecera en-tete entete intestazione cabecalho sha1 sha512 sha384 md5 ' +
    'rsa ecdsa ed25519 jwt private public password passwort contrasena mot',
);
/** Words of a missing or empty input. */
const BLANK_WORDS = wordList(
  'missing empty absent blank fehlt fehlende fehlender leer leere leerer falta vacio vacia ausente manquant ' +
    'manquante vide absent mancante vuoto vuota ausente vazio vazia',
);
/** The two inputs, both named by a refusal of theirs (a secret alone is a one-time secret's, a message an echo's). */
const SECRET_WORDS = wordList('secret geheimnis secreto segreto segredo');
const MESSAGE_WORDS = wordList('message nachricht mensaje messaggio mensagem');

export const HMAC: CatalogFamily = {
  name: 'hmac',
  functions: [HMAC_SIGN_CODE, HMAC_VERIFY_CODE],
  recognise(text: string, words: string[]): Recognised {
    if (hasAny(words, NOT_THIS)) return null;
    const routes = [...text.matchAll(/\b(?:GET|POST)\s+(\/[^\s?]*)/g)].map((m) => m[1].toLowerCase());
    const named = hasAny(words, HMAC_WORDS) || /\bhmac/i.test(text);
    const languages = languagesOf(words);
    // "A missing or empty secret or message returns 400": the refusal both functions make.
    const both = hasAny(words, SECRET_WORDS) && hasAny(words, MESSAGE_WORDS);
    if (!named && routes.length === 0 && hasAny(words, BLANK_WORDS) && both) {
      return {
        constraint: {
          function: HMAC_SIGN_CODE.id,
          functions: [HMAC_VERIFY_CODE.id],
          each: true,
          // Each refusal says it in the feature's words too ("Fehlt secret oder message … → 400").
          refusals: (design) =>
            design.refusals.map((r) => ({
              ...r,
              description: `${r.description} ("${asSaid(text)}")`,
            })),
        },
      };
    }
    const routeSays = (stem: RegExp) => routes.some((r) => stem.test(r));
    // `POST /verify with {"message", "secret", "signature"}`: the route (or a signature sent in) says which.
    const sendsSignature = /"signature"\s*[:,}]/.test(text.split(/\b(?:returns?|answers?|→|->)/)[0]);
    if (!named && !(routes.length > 0 && (routeSays(/sign|verif/) || sendsSignature))) return null;
    if (!named && !/"secret"/.test(text)) return null;
    const verifies =
      routeSays(/verif|check|valid/) ||
      (routes.length === 0 && hasAny(words, VERIFY_WORDS)) ||
      (sendsSignature && !routeSays(/sign$/));
    if (verifies) return { design: verifyDesign(languages) };
    if (!hasAny(words, SIGN_WORDS) && !named) return null;
    return { design: signDesign(languages) };
  },
};
