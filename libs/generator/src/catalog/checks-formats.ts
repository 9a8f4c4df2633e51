import { stringField, type FunctionCode, type FunctionDesign, type WorkedExample } from './catalog-entry';
import { invalidAnswer, pickFacts, VALIDITY_GLOSSARY } from './checks-shared';

/*
 * Formats without a checksum: the syntax of an email address (exactly one @, a non-empty local part, a domain
 * with a dot and no empty label) and of a UUID (8-4-4-4-12 hexadecimal digits, its version in the third
 * group). The UUIDs are the examples of RFC 4122 and RFC 9562, written out by hand.
 */

interface EmailFact {
  value: string;
  valid: boolean;
  why: string;
  local?: string;
  domain?: string;
}

export const EMAIL_FACTS: EmailFact[] = [
  {
    value: 'john.doe@example.com',
    valid: true,
    why: 'is a valid address',
    local: 'john.doe',
    domain: 'example.com',
  },
  { value: 'john.doe@example', valid: false, why: 'has no dot in its domain' },
  { value: 'john@doe@example.com', valid: false, why: 'has two @ signs' },
  { value: '@example.com', valid: false, why: 'has an empty local part' },
  {
    value: 'user@mail.example.org',
    valid: true,
    why: 'is a valid address',
    local: 'user',
    domain: 'mail.example.org',
  },
  { value: 'john.doe@example..com', valid: false, why: 'has an empty label in its domain (two dots)' },
  { value: 'john.doe.example.com', valid: false, why: 'has no @' },
  { value: 'john doe@example.com', valid: false, why: 'has a space' },
  { value: 'info@example.org', valid: true, why: 'is a valid address', local: 'info', domain: 'example.org' },
];

export const EMAIL_CODE: FunctionCode = {
  id: 'email.validate',
  exportName: 'validateEmail',
  source: `/** email.validate: whether an address has exactly one @, a local part, and a domain of 2 or more non-empty labels. */
export const validateEmail: CatalogFunction = (input, options) => {
  const email = String(input.email);
  if (email.trim().length === 0) return { ok: false, problems: ['an email address is needed'] };
  const at = email.indexOf('@');
  const local = at >= 0 ? email.slice(0, at) : '';
  const domain = at >= 0 ? email.slice(at + 1) : '';
  const labels = domain.split('.');
  let problem: string | null = null;
  if (/\\s/.test(email)) problem = 'an email address has no spaces';
  else if (at < 0 || domain.includes('@')) problem = 'an email address has exactly one @';
  else if (local.length === 0) problem = 'the local part before the @ is empty';
  else if (labels.length < 2) problem = 'the domain after the @ needs at least one dot';
  else if (labels.some((label) => label.length === 0)) problem = 'the domain has an empty label (a dot at its start or end, or two dots in a row)';
  // options.blocklist: domains (space-separated, lower case) a valid address is also said to be on (disposable).
  const listed = typeof options.blocklist === 'string' ? options.blocklist.split(' ') : null;
  if (problem === null) {
    if (listed === null) return { ok: true, value: { valid: true, local, domain } };
    return { ok: true, value: { valid: true, local, domain, disposable: listed.includes(domain.toLowerCase()) } };
  }
  if (options.refuseInvalid === true) return { ok: false, problems: [problem] };
  if (listed === null) return { ok: true, value: { valid: false, local: null, domain: null } };
  return { ok: true, value: { valid: false, local: null, domain: null, disposable: null } };
};`,
};

const EMAIL_WORDS =
  'E-Mail-Adresse (Syntax, lokaler Teil, Domain, Punkt); dirección de correo electrónico (sintaxis, parte local, dominio, arroba, punto); adresse e-mail ou courriel (syntaxe, partie locale, domaine, arobase, point); indirizzo email o posta elettronica (sintassi, parte locale, dominio, chiocciola, punto); endereço de e-mail (sintaxe, parte local, domínio, arroba, ponto)';
const EMAIL_RULES =
  'exactly 1 @, a non-empty local part before it, and after it a domain with at least 1 dot and no empty label (no dot at its start or end, no two dots in a row); an address with a space is not valid';

export type EmailMode = 'validate' | 'refuse' | 'split';

/**
 * The syntax check of an email address: `validate` answers `valid` (and the local part and domain of a valid
 * address); `refuse` refuses an invalid address instead; `split` answers the local part and the domain of a
 * valid address and refuses an invalid one.
 */
export function emailDesign(text: string, mode: EmailMode, blocklist: string[] = []): FunctionDesign {
  const refuseInvalid = mode !== 'validate';
  const usual = refuseInvalid
    ? [EMAIL_FACTS[0], EMAIL_FACTS[4], EMAIL_FACTS[8], EMAIL_FACTS[1], EMAIL_FACTS[2]]
    : EMAIL_FACTS.slice(0, 4);
  const facts = pickFacts(text, EMAIL_FACTS, usual, refuseInvalid ? 5 : 4, false);
  const valid = facts.filter((f) => f.valid);
  const invalid = facts.filter((f) => !f.valid).slice(0, 2);
  const example = (f: EmailFact): WorkedExample => ({
    description: `${f.value} ${f.why}${f.valid ? `: local part ${f.local}, domain ${f.domain}` : ''}.`,
    input: { email: f.value },
    output:
      mode === 'split'
        ? { local: f.local, domain: f.domain }
        : f.valid
          ? { valid: true, local: f.local, domain: f.domain, ...flagged(f.domain) }
          : { valid: false },
  });
  // With a blocklist, whether a valid address's domain is on it: each listed domain shown on it (up to two).
  const flagged = (domain: string | undefined) =>
    blocklist.length > 0 ? { disposable: blocklist.includes(String(domain).toLowerCase()) } : {};
  const listedFacts: EmailFact[] = blocklist.slice(0, 2).map((domain) => ({
    value: `someone@${domain}`,
    valid: true,
    why: `is a valid address whose domain ${domain} is on the blocklist`,
    local: 'someone',
    domain,
  }));
  const outputs: FunctionDesign['outputs'] = [
    { result: 'valid', field: 'valid', description: 'Whether the email address is valid', example: true },
    {
      result: 'local',
      field: 'local',
      description: 'The local part of the address, before the @ (null when the address is not valid)',
      example: 'john.doe',
    },
    {
      result: 'domain',
      field: 'domain',
      description: 'The domain of the address, after the @ (null when the address is not valid)',
      example: 'example.com',
    },
  ];
  const answer =
    mode === 'split'
      ? 'Splits a valid email address into its local part (before the @) and its domain (after it)'
      : 'Checks the syntax of an email address (whether it is well-formed)';
  return {
    function: EMAIL_CODE.id,
    method: 'POST',
    path: mode === 'split' ? '/email/split' : '/email/validate',
    summary: `${answer}: a valid address has ${EMAIL_RULES}. ${invalidAnswer(refuseInvalid, 'email address')} An empty address is refused with 400. ${EMAIL_WORDS}. ${VALIDITY_GLOSSARY}${blocklistSummary(blocklist)}`,
    inputs: [
      {
        param: 'email',
        field: stringField(
          'email',
          'The email address to check (E-Mail; correo; e-mail, courriel; email)',
          'john.doe@example.com',
        ),
      },
    ],
    outputs: mode === 'split' ? outputs.slice(1) : [...outputs, ...blocklistOutput(blocklist)],
    options: { refuseInvalid, ...(blocklist.length > 0 ? { blocklist: blocklist.join(' ') } : {}) },
    examples: [...(refuseInvalid ? valid : facts), ...listedFacts].map(example),
    refusals: [
      ...(refuseInvalid ? invalid : []).map((f) => ({
        description: `${f.value} ${f.why}: it is not a valid email address and is refused.`,
        input: { email: f.value },
      })),
      { description: 'An empty email address is refused.', input: { email: '' } },
    ],
  };
}

interface UuidFact {
  value: string;
  version: number | null;
  why: string;
}

export const UUID_FACTS: UuidFact[] = [
  { value: '919108f7-52d1-4320-9bac-f847db4148a8', version: 4, why: 'is a version 4 (random) UUID' },
  { value: 'f81d4fae-7dec-11d0-a765-00a0c91e6bf6', version: 1, why: 'is a version 1 (time-based) UUID' },
  { value: '017f22e2-79b0-7cc3-98c4-dc0c0c07398f', version: 7, why: 'is a version 7 (time-ordered) UUID' },
  { value: 'f81d4fae7dec11d0a76500a0c91e6bf6', version: null, why: 'has no hyphens: it is not 8-4-4-4-12' },
  { value: 'C232AB00-9414-11EC-B3C8-9F6BDECED846', version: 1, why: 'is a version 1 UUID in upper case' },
  { value: '5df41881-3aed-3515-88a7-2f4a814cf09e', version: 3, why: 'is a version 3 (MD5 name-based) UUID' },
  {
    value: '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    version: 5,
    why: 'is a version 5 (SHA-1 name-based) UUID',
  },
  { value: '00000000-0000-0000-0000-000000000000', version: 0, why: 'is the nil UUID (version 0)' },
  { value: '550e8400-e29b-41d4-a716-446655440000', version: 4, why: 'is a version 4 UUID' },
  { value: 'f81d4fae-7dec-11d0-a765-00a0c91e6bfg', version: null, why: 'has g, which is not a hex digit' },
  {
    value: '919108f7-52d1-4320-9bac-f847db4148a',
    version: null,
    why: 'has 11 hex digits in its last group, not 12',
  },
];

export const UUID_CODE: FunctionCode = {
  id: 'uuid.validate',
  exportName: 'validateUuid',
  source: `/** uuid.validate: whether a string is a UUID (8-4-4-4-12 hex digits), of the required version when one is set. */
export const validateUuid: CatalogFunction = (input, options) => {
  const uuid = String(input.uuid);
  if (uuid.length === 0) return { ok: false, problems: ['a UUID is needed'] };
  const required = Number(options.version ?? 0);
  const format = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(uuid);
  const version = format ? parseInt(uuid.charAt(14), 16) : null;
  const valid = format && (required === 0 || (version === required && /^[89ab]$/i.test(uuid.charAt(19))));
  if (!valid && options.refuseInvalid === true) {
    return { ok: false, problems: [required === 0 ? 'not a UUID (8-4-4-4-12 hex digits)' : 'not a version ' + String(required) + ' UUID'] };
  }
  const marker = format ? parseInt(uuid.charAt(19), 16) : -1;
  const variant = !format ? null : marker < 8 ? 'ncs' : marker < 12 ? 'rfc4122' : marker < 14 ? 'microsoft' : 'future';
  return { ok: true, value: { valid, version, variant, nil: format && /^[0-]+$/.test(uuid) } };
};`,
};

/** A UUID of the Microsoft (GUID) variant: c as the first digit of its fourth group. */
const MICROSOFT_UUID: UuidFact = {
  value: '3f2504e0-4f89-11d3-ca0c-0305e82c3301',
  version: 1,
  why: 'is a version 1 UUID of the Microsoft variant (c as the first digit of its fourth group)',
};

const UUID_WORDS =
  'UUID/GUID: Universally Unique Identifier (eindeutige Kennung, hexadezimal, Version; identificador único universal, hexadecimal, versión; identifiant unique universel, hexadécimal, version; identificatore univoco universale, esadecimale, versione; identificador único universal, hexadecimal, versão)';

/** The variant of a UUID by the first digit of its fourth group (RFC 9562 §4.1), in the reference semantics. */
export function uuidVariant(value: string): string | null {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return null;
  const marker = parseInt(value.charAt(19), 16);
  return marker <= 7 ? 'ncs' : marker <= 11 ? 'rfc4122' : marker <= 13 ? 'microsoft' : 'future';
}

/** What a UUID check answers beside `valid` and `version` when a feature asks: the variant, whether it is nil. */
export interface UuidExtras {
  variant: boolean;
  nil: boolean;
}

/** The format check of a UUID, answering `valid` and `version` (of a required version when `version` > 0). */
export function uuidDesign(
  text: string,
  refuseInvalid: boolean,
  version: number,
  extras: UuidExtras = { variant: false, nil: false },
): FunctionDesign {
  const usual = [UUID_FACTS[0], UUID_FACTS[1], UUID_FACTS[2], UUID_FACTS[3]];
  const validFor = (f: UuidFact) =>
    f.version !== null && (version === 0 || (f.version === version && /^[89ab]$/i.test(f.value.charAt(19))));
  const picked = pickFacts(text, UUID_FACTS, usual, 4, false);
  // The nil UUID and a UUID of another variant show what the feature asks beside the version.
  const facts = [
    ...picked,
    ...(extras.nil || extras.variant ? [UUID_FACTS[7]] : []),
    ...(extras.variant ? [MICROSOFT_UUID] : []),
  ].filter((f, i, all) => all.findIndex((g) => g.value === f.value) === i);
  const examples = facts.filter((f) => !refuseInvalid || validFor(f));
  const invalid = refuseInvalid ? facts.filter((f) => !validFor(f)).slice(0, 2) : [];
  const which = version === 0 ? 'a UUID' : `a version ${version} UUID`;
  const rule =
    version === 0
      ? 'any version is valid (the nil UUID is version 0)'
      : `only version ${version} is valid, with the RFC 4122 variant (the first digit of the fourth group 8, 9, a or b)`;
  return {
    function: UUID_CODE.id,
    method: 'POST',
    path: '/uuid/validate',
    summary: `Checks whether a string is ${which}, well-formed: 32 hexadecimal digits in groups of 8-4-4-4-12 separated by 4 hyphens (36 characters), in upper or lower case, with no braces or prefix. A UUID is 128 bits (RFC 4122, RFC 9562). The version is the first digit of the third group (1 to 8: 1 time-based, 2 DCE security, 3 and 5 name-based with MD5 and SHA-1, 4 random, 6 and 7 time-ordered, 8 custom); ${rule}. ${extras.variant ? ' The variant is told by the first digit of the fourth group: 0-7 ncs, 8-b rfc4122 (RFC 4122 / RFC 9562), c-d microsoft, e-f future.' : ''}${extras.nil ? ' The nil UUID 00000000-0000-0000-0000-000000000000 (all zeros) is a valid UUID and is flagged nil: true.' : ''} ${invalidAnswer(refuseInvalid, 'UUID')} An empty string is refused with 400. ${UUID_WORDS}. ${VALIDITY_GLOSSARY}`,
    inputs: [
      { param: 'uuid', field: stringField('uuid', `The UUID to check (${which})`, UUID_FACTS[0].value) },
    ],
    outputs: [
      { result: 'valid', field: 'valid', description: `Whether the string is ${which}`, example: true },
      {
        result: 'version',
        field: 'version',
        description: 'The UUID version, the first digit of its third group (null when not 8-4-4-4-12 hex)',
        names: 'version versions versionsnummer versione versao',
        example: 4,
      },
      ...(extras.variant
        ? [
            {
              result: 'variant',
              field: 'variant',
              description:
                'The UUID variant by the first digit of its fourth group: ncs (0-7), rfc4122 (8, 9, a, b: RFC 4122/9562), microsoft (c, d), future (e, f); null when not 8-4-4-4-12 hex',
              example: 'rfc4122',
            },
          ]
        : []),
      ...(extras.nil
        ? [
            {
              result: 'nil',
              field: 'nil',
              description:
                'Whether it is the nil UUID (all 128 bits zero: 00000000-0000-0000-0000-000000000000)',
              example: false,
            },
          ]
        : []),
    ],
    options: { refuseInvalid, version },
    examples: examples.map((f) => ({
      description: `${f.value} ${f.why}: valid is ${validFor(f)}${version !== 0 && f.version !== null && f.version !== version ? ` (not version ${version})` : ''}, version ${f.version}.`,
      input: { uuid: f.value },
      output: {
        valid: validFor(f),
        version: f.version,
        ...(extras.variant ? { variant: uuidVariant(f.value) } : {}),
        ...(extras.nil ? { nil: /^[0-]+$/.test(f.value) && f.version !== null } : {}),
      },
    })),
    refusals: [
      ...invalid.map((f) => ({
        description: `${f.value} ${f.why}: it is refused.`,
        input: { uuid: f.value },
      })),
      { description: 'An empty UUID is refused.', input: { uuid: '' } },
    ],
  };
}

/** The answer of whether a valid address's domain is on the blocklist a feature writes. */
function blocklistOutput(blocklist: string[]): FunctionDesign['outputs'] {
  return blocklist.length === 0
    ? []
    : [
        {
          result: 'disposable',
          field: 'disposable',
          description: `Whether the domain of a valid address is on the blocklist of disposable domains (${blocklist.join(', ')}); null when the address is not valid`,
          example: false,
        },
      ];
}

function blocklistSummary(blocklist: string[]): string {
  if (blocklist.length === 0) return '';
  return (
    ` It also answers whether the domain of a valid address is on the blocklist of disposable (throwaway) domains the intent lists: ${blocklist.join(', ')} (disposable: true or false, the domain compared in lower case, exactly these domains; null for an invalid address).` +
    ' Wegwerf-Domain auf der Sperrliste (Blockliste); dominio desechable en la lista de bloqueo; domaine jetable sur la liste de blocage (liste noire); dominio usa e getta nella lista nera (bloccato); domínio descartável na lista de bloqueio.'
  );
}

/** Words of a list of domains not to trust: disposable, throwaway, blocklist, in six languages (folded). */
const BLOCKLIST_WORDS =
  /\b(?:disposable|throw ?away|burner|block ?list\w*|black ?list\w*|deny ?list\w*|blocked|wegwerf\w*|sperrliste\w*|blockliste\w*|gesperrt\w*|einweg\w*|desechable\w*|lista negra|lista de bloqueo|bloquead[oa]s?|jetable\w*|liste noire|liste de blocage|bloque(?:e|es|s)?|usa e getta|lista nera|bloccat[oi]|descartave\w*|lista de bloqueio)\b/;

/** A domain name as a feature writes it in a list (not after an @: an address's domain is an example). */
const DOMAIN_NAME =
  /(?<![@\w.-])([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,})(?![\w-])/g;

/**
 * The blocklist of domains a feature writes for an email check ("also say whether its domain is on our disposable
 * blocklist: a.com and b.dev"), lower case: [] when it speaks of none, null when it speaks of one without listing
 * its domains (a list the service cannot know).
 */
export function readBlocklist(text: string): string[] | null {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const at = folded.search(BLOCKLIST_WORDS);
  if (at < 0) return [];
  const domains = [...new Set([...folded.slice(at).matchAll(DOMAIN_NAME)].map((m) => m[1]))];
  return domains.length > 0 ? domains : null;
}
