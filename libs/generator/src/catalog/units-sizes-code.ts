import type { FunctionCode } from './catalog-entry';

/*
 * The code the readable data sizes emit: a whole number of bytes written with the largest prefix it reaches
 * (binary KiB = 1024 B or decimal kB = 1000 B, by option), rounded half up to a fixed number of decimals in
 * integers (BigInt), so no binary fraction decides a digit; and a size written that way read back as bytes,
 * exactly, refused unless it is a whole number of bytes.
 */

export const SIZE_FORMAT_CODE: FunctionCode = {
  id: 'size.format',
  exportName: 'convertBytesToReadable',
  source: `/** The prefixes of each system, from bytes up. */
const UNITS_SIZE_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  binary: ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'],
  decimal: ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'],
};

/**
 * size.format: whole \`bytes\` with the largest prefix they reach (\`system\` binary: 1024, decimal: 1000), the
 * amount rounded half up to \`decimals\` places (bytes alone are written whole: "500 B"); a rounding that reaches
 * the next prefix is written with it (1048575 B is 1.0 MiB, not 1024.0 KiB).
 */
export const convertBytesToReadable: CatalogFunction = (input, options) => {
  const bytes = input.bytes;
  const system = String(options.system ?? 'binary') === 'decimal' ? 'decimal' : 'binary';
  const decimals = Math.max(0, Math.min(6, Math.trunc(Number(options.decimals ?? 1))));
  if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes)) {
    return { ok: false, problems: ['a size must be a whole number of bytes (up to ' + String(Number.MAX_SAFE_INTEGER) + ')'] };
  }
  if (bytes < 0) return { ok: false, problems: ['a size cannot be negative (' + String(bytes) + ' bytes)'] };
  const prefixes = UNITS_SIZE_PREFIXES[system];
  const base = BigInt(system === 'binary' ? 1024 : 1000);
  const whole = BigInt(bytes);
  let power = 0;
  while (power < prefixes.length - 1 && whole >= base ** BigInt(power + 1)) power += 1;
  if (power === 0) return { ok: true, value: { size: String(bytes) + ' B' } };
  const scale = 10n ** BigInt(decimals);
  let units = 0n;
  for (;;) {
    const divisor = base ** BigInt(power);
    units = (whole * scale * 2n + divisor) / (divisor * 2n);
    if (units < base * scale || power === prefixes.length - 1) break;
    power += 1;
  }
  const digits = units.toString().padStart(decimals + 1, '0');
  const amount = decimals === 0 ? digits : digits.slice(0, -decimals) + '.' + digits.slice(-decimals);
  return { ok: true, value: { size: amount + ' ' + prefixes[power] } };
};`,
};

export const SIZE_PARSE_CODE: FunctionCode = {
  id: 'size.parse',
  exportName: 'convertReadableToBytes',
  source: `/** How many bytes one of each unit is: B, decimal kB..EB (1000^n) and binary KiB..EiB (1024^n), by lower-case name. */
const UNITS_SIZE_BYTES: Readonly<Record<string, bigint>> = {
  b: 1n, byte: 1n, bytes: 1n,
  kb: 1000n, mb: 1000n ** 2n, gb: 1000n ** 3n, tb: 1000n ** 4n, pb: 1000n ** 5n, eb: 1000n ** 6n,
  kib: 1024n, mib: 1024n ** 2n, gib: 1024n ** 3n, tib: 1024n ** 4n, pib: 1024n ** 5n, eib: 1024n ** 6n,
};
/** An amount (digits, a decimal point optional) and a unit, a space between optional. */
const UNITS_SIZE_PATTERN = /^(\\d{1,30})(?:\\.(\\d{1,30}))?\\s*([a-z]{1,5})$/i;

/** size.parse: a \`size\` written like "1.5 KiB", "2 GB" or "512 B" as its whole number of bytes, exactly. */
export const convertReadableToBytes: CatalogFunction = (input) => {
  const text = typeof input.size === 'string' ? input.size.trim() : '';
  const match = UNITS_SIZE_PATTERN.exec(text);
  const unit = match ? match[3].toLowerCase() : '';
  if (!match || !Object.hasOwn(UNITS_SIZE_BYTES, unit)) {
    return {
      ok: false,
      problems: ['a size must be an amount and a unit (B, kB, MB, GB, TB, PB, EB, KiB, MiB, GiB, TiB, PiB or EiB), not ' + JSON.stringify(text.slice(0, 40))],
    };
  }
  const fraction = match[2] ?? '';
  const scaled = BigInt(match[1] + fraction) * UNITS_SIZE_BYTES[unit];
  const divisor = 10n ** BigInt(fraction.length);
  if (scaled % divisor !== 0n) {
    return { ok: false, problems: [JSON.stringify(text) + ' is not a whole number of bytes'] };
  }
  const bytes = scaled / divisor;
  if (bytes > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, problems: ['the size is too large to count in bytes'] };
  return { ok: true, value: { bytes: Number(bytes) } };
};`,
};
