import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * Password ratings in the feature's own tiers are load-bearing in their generated tests: the service generated
 * from an ordinary rating passes its frozen acceptance pack, and mutants of the emitted rating fail it (a tier's
 * least length off by one, a length cap that takes its own length, a class a tier needs left out, every other
 * password given the last tier tried instead of the feature's own, "3 of the 4 classes" counted as 2).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const LEAST_LENGTH: [string, string] = [
  '(t.min_length === undefined || length >= t.min_length)',
  '(t.min_length === undefined || length > t.min_length)',
];
const CAP: [string, string] = [
  '(t.below === undefined || length < t.below)',
  '(t.below === undefined || length <= t.below)',
];
const CLASS_LEFT_OUT: [string, string] = [
  '(t.classes ?? []).every((c) => has[c] === true)',
  "(t.classes ?? []).every((c) => has[c] === true || c === 'digit')",
];

const FAMILIES: Record<string, SlipFamily> = {
  'password-levels': {
    features: [
      'rate a password as weak, medium or strong',
      'strong means 12+ characters with upper case, lower case, a digit and a symbol; anything shorter than 8 is always weak; the rest is medium',
    ],
    slips: [[LEAST_LENGTH], [CAP], [CLASS_LEFT_OUT]],
  },
  'password-own-tiers': {
    features: [
      'Grade a password as poor, good or excellent: excellent needs 14+ characters with all four character classes, good needs at least 10 characters and a digit, anything else is poor',
    ],
    slips: [
      [LEAST_LENGTH],
      [CLASS_LEFT_OUT],
      [
        [
          "value.strength = tier ? tier.name : String(options.default_tier ?? '')",
          'value.strength = tier ? tier.name : tiers[tiers.length - 1].name',
        ],
      ],
    ],
  },
  'password-class-count': {
    features: [
      'Password strength: strong = 16+ characters with at least 3 of the 4 character classes; weak = under 10 characters; otherwise medium',
    ],
    slips: [
      [
        [
          '(t.class_count === undefined || held >= t.class_count)',
          '(t.class_count === undefined || held >= t.class_count - 1)',
        ],
      ],
      [CAP],
    ],
  },
};

// The weak tier said as either of two caps, one of them "only one kind of character" (letters one kind).
FAMILIES['password-one-kind'] = {
  features: [
    'Password strength: weak if shorter than 8 characters or only one kind of character (only letters, only digits); strong with 12+ characters and all four classes; else fair',
  ],
  slips: [
    [
      [
        '(t.max_kinds === undefined || kinds <= t.max_kinds)',
        '(t.max_kinds === undefined || kinds < t.max_kinds)',
      ],
    ],
    // Letters of both cases counted as two kinds, not one.
    [['options.letters_one_kind === true', 'options.letters_one_kind === false']],
    [CAP],
  ],
};

// What is missing to reach the top tier, answered beside the tier.
FAMILIES['password-missing'] = {
  features: [
    'A password under 8 characters is weak whatever it contains; 12+ characters with upper case, lower case, a digit and a symbol is strong; the rest is medium; also say what is missing',
  ],
  slips: [[['value.missing = failed;', 'value.missing = failed.slice(1);']], [LEAST_LENGTH]],
};

// A rule list with the feature's own codes, one of them "no spaces".
FAMILIES['password-rule-codes'] = {
  features: [
    'Check a password against these rules, listing the codes of broken ones: at least 12 characters (too_short), an uppercase letter (no_uppercase), a digit (no_digit), no spaces (has_space)',
  ],
  slips: [
    [['no_space: !/\\s/u.test(password)', 'no_space: true']],
    [['codes[rule] ?? rule', 'rule']],
    [['value.valid = broken.length === 0', 'value.valid = broken.length <= 1']],
  ],
};

// A spelled check with its codes in a follow-up: listed in the stated order, `ok` answered without codes' own.
// The stated order is not the rules' alphabetical one, so a sorted list is a different answer ("ab cd" fails all).
FAMILIES['password-stated-order'] = {
  features: [
    'POST /password/check with body {"password": string} returns {"ok": boolean, "failures": [string]}',
    'rules, in this order: at least 10 characters (too_short), a digit (no_digit), contains no spaces (has_space)',
  ],
  slips: [
    [["split(',').filter((rule) => rule !== '')", "split(',').filter((rule) => rule !== '').sort()"]],
    [['codes[rule] ?? rule', 'rule']],
  ],
};
FAMILIES['password-valid-named'] = {
  features: [
    'POST /api/password/validate takes {"password": string} and returns {"ok": boolean, "failed": [string]}',
  ],
  slips: [
    [["typeof options.codes === 'string' || options.valid === true", "typeof options.codes === 'string'"]],
  ],
};

// Asked in free text whether the password is valid (no codes): `valid` answered beside the names of broken rules.
FAMILIES['password-valid-asked'] = {
  features: [
    'Check that a new password follows our policy: at least 8 characters, at least one number and one uppercase letter',
    'tell the user whether the password is valid; a password that breaks the policy is still answered with 200',
  ],
  slips: [
    [['value.valid = broken.length === 0', 'value.valid = broken.length <= 1']],
    [["typeof options.codes === 'string' || options.valid === true", "typeof options.codes === 'string'"]],
  ],
};
// Italian codes in the stated order, four rules: sorted by rule (digit, min_length, no_space, uppercase) or left
// in the catalog's order, the list of a password failing all four differs from the stated one.
FAMILIES['password-stated-order-it'] = {
  features: [
    'POST /password/verifica con {"password": string} restituisce {"ok": boolean, "errori": [string]}',
    "regole nell'ordine: almeno 10 caratteri (troppo_corta), nessuno spazio (spazi), una cifra (senza_cifra), una lettera maiuscola (senza_maiuscola)",
  ],
  slips: [[["split(',').filter((rule) => rule !== '')", "split(',').filter((rule) => rule !== '').sort()"]]],
};

// Codes before their failures in parentheses, one a plain word, in an order that is neither the catalog's nor the
// alphabetical one: a sorted list, rule names instead of the codes, or the common list left out each differ.
FAMILIES['password-code-before-failure'] = {
  features: [
    'POST /password/check with {"password": string} returns {"valid": boolean, "failures": [string]}',
    'failure codes: too_short (fewer than 8 characters), no_digit (no digit), no_upper (no uppercase letter), common (one of the common passwords such as password or 123456)',
  ],
  slips: [
    [["split(',').filter((rule) => rule !== '')", "split(',').filter((rule) => rule !== '').sort()"]],
    [['codes[rule] ?? rule', 'rule']],
    [['not_common: !PASSWORD_COMMON.has(password.toLowerCase())', 'not_common: true']],
  ],
};
// Codes listed apart from the rules they name by their own words, in the rules' order (digit before upper case).
FAMILIES['password-codes-apart-pt'] = {
  features: [
    'verificar uma senha: pelo menos 8 caracteres, um dígito e uma letra maiúscula; responder com os códigos curta, sem_digito, sem_maiuscula das regras que falham',
  ],
  slips: [
    [["split(',').filter((rule) => rule !== '')", "split(',').filter((rule) => rule !== '').reverse()"]],
    [['codes[rule] ?? rule', 'rule']],
  ],
};

slipSuite(client, 'password-tiers', FAMILIES);
