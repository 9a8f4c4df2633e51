import type { FunctionCode } from './catalog-entry';

/*
 * The code a generated service runs for a password's strength: the rules it meets (its score), the ones it fails,
 * and, when the feature names tiers, the tier it gets. Node built-ins only; the reference the worked examples are
 * computed from is password-tiers.ts, written apart from this source.
 */

export const PASSWORD_CODE: FunctionCode = {
  id: 'password.strength',
  exportName: 'passwordStrength',
  source: String.raw`/** Among the most used passwords of the published breach lists (NCSC, SplashData), compared in lower case. */
const PASSWORD_COMMON = new Set([
  '123456', 'password', '123456789', '12345678', '12345', 'qwerty', '1234567', '111111', '1234567890',
  '123123', 'abc123', 'password1', '1234', 'iloveyou', '000000', 'qwerty123', 'admin', 'letmein', 'welcome',
  'monkey', 'dragon', 'football', 'sunshine', 'princess', 'passw0rd',
]);

interface PasswordTier {
  name: string;
  min_length?: number;
  below?: number;
  classes?: string[];
  class_count?: number;
  max_kinds?: number;
}

/**
 * password.strength: the rules named in option "rules" (comma-separated: min_length, lowercase, uppercase,
 * digit, symbol, classes, no_space, not_common) checked on "password"; its score is how many it meets, and the
 * failed ones are listed by name, or by the code option "codes" (JSON) gives each (then "valid" says whether none
 * failed). Option "missing" repeats the failed ones as what is missing. Option "tiers" (JSON: the tiers in the
 * order they are tried, each with its least length, the length it must stay below, the classes it needs, how many
 * of the four, or the most kinds of character it may hold — letters of both cases one kind when option
 * "letters_one_kind" says so) names the tier it gets, option "default_tier" every other password's.
 */
export const passwordStrength: CatalogFunction = (input, options) => {
  if (typeof input.password !== 'string') return { ok: false, problems: ['password must be a string'] };
  const password = input.password;
  const length = Array.from(password).length;
  const minLength = Number(options.min_length ?? 8);
  const rules = String(options.rules ?? '').split(',').filter((rule) => rule !== '');
  const has: Readonly<Record<string, boolean>> = {
    lowercase: /\p{Ll}/u.test(password),
    uppercase: /\p{Lu}/u.test(password),
    digit: /\p{Nd}/u.test(password),
    symbol: /[^\p{L}\p{N}\s]/u.test(password),
  };
  const held = Object.values(has).filter((x) => x).length;
  const kinds =
    options.letters_one_kind === true
      ? [has.lowercase || has.uppercase, has.digit, has.symbol].filter((x) => x).length
      : held;
  const meets: Readonly<Record<string, boolean>> = {
    ...has,
    min_length: length >= minLength,
    classes: held >= Number(options.class_count ?? 4),
    no_space: !/\s/u.test(password),
    not_common: !PASSWORD_COMMON.has(password.toLowerCase()),
  };
  const codes = typeof options.codes === 'string' ? (JSON.parse(options.codes) as Record<string, string>) : {};
  const broken = rules.filter((rule) => meets[rule] !== true);
  const failed = broken.map((rule) => codes[rule] ?? rule);
  const value: Record<string, unknown> = { score: rules.length - broken.length, failed, strong: broken.length === 0 };
  if (options.passes === true) value.passes = broken.length === 0;
  if (typeof options.codes === 'string' || options.valid === true) value.valid = broken.length === 0;
  if (options.missing === true) value.missing = failed;
  if (typeof options.tiers === 'string') {
    const tiers = JSON.parse(options.tiers) as PasswordTier[];
    const tier = tiers.find(
      (t) =>
        (t.min_length === undefined || length >= t.min_length) &&
        (t.below === undefined || length < t.below) &&
        (t.classes ?? []).every((c) => has[c] === true) &&
        (t.class_count === undefined || held >= t.class_count) &&
        (t.max_kinds === undefined || kinds <= t.max_kinds),
    );
    value.strength = tier ? tier.name : String(options.default_tier ?? '');
  }
  return { ok: true, value };
};`,
};
