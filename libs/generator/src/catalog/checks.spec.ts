import fc from 'fast-check';
import ts from 'typescript';
import { FUNCTION_RESULT_TYPE } from './catalog-entry';
import { CHECKS } from './checks';
import { runCatalogFunction } from './testing/run-function';

/*
 * The validators and checksums (Luhn, IBAN, ISBN, email, UUID): the emitted code against published values
 * (the exercism Luhn and ISBN canonical data, the SWIFT IBAN registry's examples, RFC 4122 and RFC 9562),
 * and a property per function that it never throws.
 */

type Options = Record<string, string | number | boolean>;
const run = (id: string, input: Record<string, unknown>, options: Options = {}) =>
  runCatalogFunction(id, input, options);
const luhn = (number: string, options: Options = {}) => run('luhn.validate', { number }, options);
const iban = (value: string, options: Options = {}) => run('iban.validate', { iban: value }, options);
const isbn = (value: string, options: Options = {}) => run('isbn.validate', { isbn: value }, options);
const email = (value: string, options: Options = {}) => run('email.validate', { email: value }, options);
const uuid = (value: string, options: Options = {}) => run('uuid.validate', { uuid: value }, options);

describe('luhn.validate (the emitted code)', () => {
  it.each([
    ['4539 3195 0343 6467', true],
    ['4539 1488 0343 6467', true],
    ['8273 1232 7352 0569', false],
    ['4111 1111 1111 1111', true],
    ['79927398713', true],
    ['79927398710', false],
    ['059', true],
    ['59', true],
    ['055 444 285', true],
    ['055 444 286', false],
    ['095 245 88', true],
    ['234 567 891 234', true],
    ['1 2345 6789 1234 5678 9012', false],
    ['1 2345 6789 1234 5678 9013', false],
    ['0000 0', true],
    ['091', true],
    ['109', true],
    ['9999999999 9999999999 9999999999 9999999999', true],
    ['1', false],
    ['0', false],
    [' 0', false],
  ])('%p passes the Luhn check: %p', (number, valid) => {
    expect(luhn(number)).toEqual({ ok: true, value: { valid } });
  });

  it('refuses anything but digits and spaces, and a number without digits', () => {
    for (const text of [
      '059a',
      '055-444-285',
      '055# 444$ 285',
      '055b 444 285',
      ':9',
      '59%59',
      '',
      '   ',
      '٤٥٣٩',
    ]) {
      expect(luhn(text).ok).toBe(false);
    }
    expect(luhn('055a 444 285')).toEqual({
      ok: false,
      problems: ['a card number has only digits and spaces'],
    });
  });

  it('accepts hyphens when the feature allows them, and refuses a failed check when asked to', () => {
    expect(luhn('055-444-285', { hyphens: true })).toEqual({ ok: true, value: { valid: true } });
    expect(luhn('4539-1488-0343-6467', { hyphens: true })).toEqual({ ok: true, value: { valid: true } });
    expect(luhn('055-444-28a', { hyphens: true }).ok).toBe(false);
    expect(luhn('8273 1232 7352 0569', { refuseInvalid: true })).toEqual({
      ok: false,
      problems: ['the card number fails the Luhn check'],
    });
    expect(luhn('4111 1111 1111 1111', { refuseInvalid: true })).toEqual({
      ok: true,
      value: { valid: true },
    });
  });

  it('holds a card number to the digits the feature allows', () => {
    const card = { minDigits: 13, maxDigits: 19 };
    expect(luhn('4111 1111 1111 1111', card)).toEqual({ ok: true, value: { valid: true } });
    expect(luhn('3782 822463 10005', card)).toEqual({ ok: true, value: { valid: true } });
    expect(luhn('79927398713', card)).toEqual({ ok: true, value: { valid: false } });
    expect(luhn('059', { minDigits: 16, maxDigits: 16 })).toEqual({ ok: true, value: { valid: false } });
    expect(luhn('79927398713', { minDigits: 12, maxDigits: 0 })).toEqual({
      ok: true,
      value: { valid: false },
    });
    expect(luhn('059', { minDigits: 0, maxDigits: 19, refuseInvalid: true })).toEqual({
      ok: true,
      value: { valid: true },
    });
    expect(luhn('79927398713', { minDigits: 16, maxDigits: 16, refuseInvalid: true })).toEqual({
      ok: false,
      problems: ['a card number has 16 digits'],
    });
  });

  it('refuses only a digit count outside the one told with refuseLength, answering a failed check not valid', () => {
    const card = { minDigits: 12, maxDigits: 19, refuseLength: true };
    // 11 and 20 digits, each passing the Luhn check: refused for the count alone.
    expect(luhn('79927398713', card)).toEqual({ ok: false, problems: ['a card number has 12 to 19 digits'] });
    expect(luhn('41111111111111111115', card)).toEqual({
      ok: false,
      problems: ['a card number has 12 to 19 digits'],
    });
    // 12 and 19 digits at the ends are checked; 16 digits failing the check are not valid, not refused.
    expect(luhn('1234 5678 9015', card)).toEqual({ ok: true, value: { valid: true } });
    expect(luhn('4111111111111111110', card)).toEqual({ ok: true, value: { valid: true } });
    expect(luhn('4111 1111 1111 1112', card)).toEqual({ ok: true, value: { valid: false } });
    expect(luhn('123456789016', card)).toEqual({ ok: true, value: { valid: false } });
  });
});

describe('luhn.check-digit (the emitted code)', () => {
  it.each([
    ['7992739871', 3, '79927398713'],
    ['4539 1488 0343 646', 7, '4539148803436467'],
    ['411111111111111', 1, '4111111111111111'],
    ['555555555555444', 4, '5555555555554444'],
    ['05', 9, '059'],
  ])('the check digit of %p is %p', (number, checkDigit, fullNumber) => {
    expect(run('luhn.check_digit', { number })).toEqual({ ok: true, value: { checkDigit, fullNumber } });
  });

  it('refuses letters and a number without digits', () => {
    expect(run('luhn.check_digit', { number: '79927398A1' }).ok).toBe(false);
    expect(run('luhn.check_digit', { number: ' ' }).ok).toBe(false);
  });
});

describe('iban.validate (the emitted code)', () => {
  it.each([
    ['GB82 WEST 1234 5698 7654 32', 'GB'],
    ['DE89 3704 0044 0532 0130 00', 'DE'],
    ['FR14 2004 1010 0505 0001 3M02 606', 'FR'],
    ['NL91 ABNA 0417 1643 00', 'NL'],
    ['BE68 5390 0754 7034', 'BE'],
    ['CH93 0076 2011 6238 5295 7', 'CH'],
    ['ES91 2100 0418 4502 0005 1332', 'ES'],
    ['IT60 X054 2811 1010 0000 0123 456', 'IT'],
    ['AT61 1904 3002 3457 3201', 'AT'],
    ['NO93 8601 1117 947', 'NO'],
    ['MT84 MALT 0110 0001 2345 MTLC AST0 01S', 'MT'],
    ['LC55 HEMM 0001 0001 0012 0012 0002 3015', 'LC'],
    ['RU02 0445 2560 0407 0281 0412 3456 7890 1', 'RU'],
    ['BR15 0000 0000 0000 1093 2840 814P 2', 'BR'],
    ['GB82WEST12345698765432', 'GB'],
    ['gb82 west 1234 5698 7654 32', 'GB'],
  ])('%p is a valid IBAN of %p', (value, country) => {
    expect(iban(value)).toEqual({ ok: true, value: expect.objectContaining({ valid: true, country }) });
  });

  it.each([
    ['gb82west12345698765432', 'GB82 WEST 1234 5698 7654 32'],
    ['DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
    ['fr1420041010050500013m02606', 'FR14 2004 1010 0505 0001 3M02 606'],
    ['BE68539007547034', 'BE68 5390 0754 7034'],
  ])('answers valid IBAN %p in print format %p', (value, formatted) => {
    expect(iban(value)).toEqual({ ok: true, value: expect.objectContaining({ formatted }) });
  });

  it.each([
    ['GB82 TEST 1234 5698 7654 32', 'GB'],
    ['GB82 WEST 1234 5698 7654 33', 'GB'],
    ['DE89 3704 0044 0532 0130 01', 'DE'],
    ['GB82 WEST 1234 5698 7654 3', 'GB'],
    ['GB82 WEST 1234 5698 7654 321', 'GB'],
    ['XX82 WEST 1234 5698 7654 32', 'XX'],
    ['8200 WEST 1234 5698 7654 32', null],
    ['DEAB 3704 0044 0532 0130 00', 'DE'],
    ['NL92 ABNA 0417 1643 00', 'NL'],
  ])('%p is not a valid IBAN (country %p)', (value, country) => {
    expect(iban(value)).toEqual({
      ok: true,
      value: { valid: false, country, formatted: null, normalized: null },
    });
  });

  it('refuses anything but letters, digits and spaces, an empty IBAN, and an invalid one when asked to', () => {
    for (const text of ['GB82-WEST-1234-5698-7654-32', 'DE89.3704.0044.0532.0130.00', 'ÄB82 WEST', '', ' ']) {
      expect(iban(text).ok).toBe(false);
    }
    expect(iban('GB82 TEST 1234 5698 7654 32', { refuseInvalid: true })).toEqual({
      ok: false,
      problems: ['the IBAN fails the mod 97 check'],
    });
    expect(iban('GB82 WEST 1234 5698 7654 3', { refuseInvalid: true })).toEqual({
      ok: false,
      problems: ['an IBAN of GB has 22 characters, not 21'],
    });
  });
});

describe('isbn.validate (the emitted code)', () => {
  it.each([
    ['3-598-21508-8', true, 'ISBN-10'],
    ['3-598-21508-9', false, 'ISBN-10'],
    ['3-598-21507-X', true, 'ISBN-10'],
    ['3-598-2X507-9', false, null],
    ['3598215088', true, 'ISBN-10'],
    ['359821507X', true, 'ISBN-10'],
    ['359821507x', true, 'ISBN-10'],
    ['359821507', false, null],
    ['3598215078X', false, null],
    ['00', false, null],
    ['3-598-21507', false, null],
    ['134456729', false, null],
    ['98245726788', false, null],
    ['0-306-40615-2', true, 'ISBN-10'],
    ['0 306 40615 2', true, 'ISBN-10'],
    ['0-8044-2957-X', true, 'ISBN-10'],
    ['978-0-306-40615-7', true, 'ISBN-13'],
    ['978-3-16-148410-0', true, 'ISBN-13'],
    ['979-10-90636-07-1', true, 'ISBN-13'],
    ['978-0-306-40615-8', false, 'ISBN-13'],
    ['979-0-2600-0043-8', false, 'ISBN-13'],
    ['4006381333931', false, 'ISBN-13'],
  ])('%p is a valid ISBN: %p (%p)', (value, valid, type) => {
    expect(isbn(value)).toEqual({ ok: true, value: { valid, type } });
  });

  it('refuses letters other than X, and an empty ISBN', () => {
    for (const text of [
      '3-598-21507-A',
      '4-598-21507-B',
      '3-598-P1581-X',
      '3132P34035',
      '3598P215088',
      '',
      '-',
    ]) {
      expect(isbn(text).ok).toBe(false);
    }
  });

  it('accepts only the kind the feature names, and refuses an invalid ISBN when asked to', () => {
    expect(isbn('0-306-40615-2', { accept: '13' })).toEqual({
      ok: true,
      value: { valid: false, type: 'ISBN-10' },
    });
    expect(isbn('978-0-306-40615-7', { accept: '10' })).toEqual({
      ok: true,
      value: { valid: false, type: 'ISBN-13' },
    });
    expect(isbn('978-0-306-40615-7', { accept: '13' })).toEqual({
      ok: true,
      value: { valid: true, type: 'ISBN-13' },
    });
    expect(isbn('0-306-40615-3', { refuseInvalid: true }).ok).toBe(false);
  });

  it('refuses a code of the wrong shape with refuseMalformed, and still answers a wrong check digit', () => {
    for (const malformed of ['12345', '978-0-306-40615', 'X-306-40615-2', '97803064061571'])
      expect(isbn(malformed, { refuseMalformed: true }).ok).toBe(false);
    expect(isbn('12345')).toEqual({ ok: true, value: { valid: false, type: null } });
    expect(isbn('0-306-40615-3', { refuseMalformed: true })).toEqual({
      ok: true,
      value: { valid: false, type: 'ISBN-10' },
    });
    expect(isbn('080442957X', { refuseMalformed: true })).toEqual({
      ok: true,
      value: { valid: true, type: 'ISBN-10' },
    });
  });
});

describe('isbn.convert (the emitted code)', () => {
  it.each([
    ['0-306-40615-2', '9780306406157'],
    ['0306406152', '9780306406157'],
    ['3-16-148410-X', '9783161484100'],
    ['3-598-21508-8', '9783598215087'],
  ])('ISBN-10 %p is ISBN-13 %p', (isbn10, isbn13) => {
    expect(run('isbn.convert', { isbn: isbn10 }, { to: '13' })).toEqual({
      ok: true,
      value: { isbn: isbn13 },
    });
  });

  it.each([
    ['978-0-306-40615-7', '0306406152'],
    ['9783161484100', '316148410X'],
  ])('ISBN-13 %p is ISBN-10 %p', (isbn13, isbn10) => {
    expect(run('isbn.convert', { isbn: isbn13 }, { to: '10' })).toEqual({
      ok: true,
      value: { isbn: isbn10 },
    });
  });

  it('refuses an invalid ISBN, a 979 ISBN-13 as ISBN-10, and letters', () => {
    expect(run('isbn.convert', { isbn: '0-306-40615-3' }, { to: '13' })).toEqual({
      ok: false,
      problems: ['not a valid ISBN-10'],
    });
    expect(run('isbn.convert', { isbn: '978-0-306-40615-7' }, { to: '13' }).ok).toBe(false);
    expect(run('isbn.convert', { isbn: '979-10-90636-07-1' }, { to: '10' })).toEqual({
      ok: false,
      problems: ['an ISBN-13 beginning with 979 has no ISBN-10'],
    });
    expect(run('isbn.convert', { isbn: '3-598-P1581-X' }, { to: '13' }).ok).toBe(false);
  });
});

describe('email.validate (the emitted code)', () => {
  it.each([
    ['john.doe@example.com', 'john.doe', 'example.com'],
    ['user@mail.example.org', 'user', 'mail.example.org'],
    ['a@b.co', 'a', 'b.co'],
    ['first+tag@sub.example.co.uk', 'first+tag', 'sub.example.co.uk'],
  ])('%p is a valid address: %p at %p', (value, local, domain) => {
    expect(email(value)).toEqual({ ok: true, value: { valid: true, local, domain } });
    expect(email(value, { refuseInvalid: true })).toEqual({
      ok: true,
      value: { valid: true, local, domain },
    });
  });

  it.each([
    'john.doe@example',
    'john@doe@example.com',
    '@example.com',
    'john.doe@',
    'john.doe@example..com',
    'john.doe@.example.com',
    'john.doe@example.com.',
    'john.doe.example.com',
    'john doe@example.com',
    '@',
  ])('%p is not a valid address', (value) => {
    expect(email(value)).toEqual({ ok: true, value: { valid: false, local: null, domain: null } });
    expect(email(value, { refuseInvalid: true }).ok).toBe(false);
  });

  it('refuses an empty address', () => {
    expect(email('').ok).toBe(false);
    expect(email('  ').ok).toBe(false);
  });
});

describe('uuid.validate (the emitted code)', () => {
  // The variant is the first digit of the fourth group (RFC 9562 §4.1): 8-b rfc4122, 0-7 ncs, c-d microsoft, e-f future.
  it.each([
    ['f81d4fae-7dec-11d0-a765-00a0c91e6bf6', 1, 'rfc4122'],
    ['C232AB00-9414-11EC-B3C8-9F6BDECED846', 1, 'rfc4122'],
    ['5df41881-3aed-3515-88a7-2f4a814cf09e', 3, 'rfc4122'],
    ['919108f7-52d1-4320-9bac-f847db4148a8', 4, 'rfc4122'],
    ['2ed6657d-e927-568b-95e1-2665a8aea6a2', 5, 'rfc4122'],
    ['1ec9414c-232a-6b00-b3c8-9f6bdeced846', 6, 'rfc4122'],
    ['017f22e2-79b0-7cc3-98c4-dc0c0c07398f', 7, 'rfc4122'],
    ['3f2504e0-4f89-11d3-ca0c-0305e82c3301', 1, 'microsoft'],
    ['00000000-0000-0000-0000-000000000000', 0, 'ncs'],
    ['ffffffff-ffff-ffff-ffff-ffffffffffff', 15, 'future'],
  ])('%p is a UUID of version %p, variant %p', (value, version, variant) => {
    const nil = value.startsWith('00000000');
    expect(uuid(value)).toEqual({ ok: true, value: { valid: true, version, variant, nil } });
  });

  it.each([
    'f81d4fae7dec11d0a76500a0c91e6bf6',
    '{f81d4fae-7dec-11d0-a765-00a0c91e6bf6}',
    'urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6',
    'f81d4fae-7dec-11d0-a765-00a0c91e6bfg',
    '919108f7-52d1-4320-9bac-f847db4148a',
    '919108f7-52d1-4320-9bac-f847db4148a8a',
    '919108f7-52d14320-9bac-f847db4148a8',
    ' 919108f7-52d1-4320-9bac-f847db4148a8',
  ])('%p is not a UUID', (value) => {
    expect(uuid(value)).toEqual({
      ok: true,
      value: { valid: false, version: null, variant: null, nil: false },
    });
  });

  it('requires the version the feature names, and refuses an empty or invalid UUID when asked to', () => {
    expect(uuid('919108f7-52d1-4320-9bac-f847db4148a8', { version: 4 })).toMatchObject({
      ok: true,
      value: { valid: true, version: 4 },
    });
    expect(uuid('f81d4fae-7dec-11d0-a765-00a0c91e6bf6', { version: 4 })).toMatchObject({
      ok: true,
      value: { valid: false, version: 1 },
    });
    expect(uuid('919108f7-52d1-4320-1bac-f847db4148a8', { version: 4 })).toMatchObject({
      value: { valid: false },
    });
    expect(uuid('').ok).toBe(false);
    expect(uuid('not a uuid', { refuseInvalid: true })).toEqual({
      ok: false,
      problems: ['not a UUID (8-4-4-4-12 hex digits)'],
    });
  });
});

describe('every checks function', () => {
  const calls: [string, (text: string) => Record<string, unknown>, Options[]][] = [
    [
      'luhn.validate',
      (t) => ({ number: t }),
      [
        {},
        { hyphens: true, refuseInvalid: true },
        { minDigits: 13, maxDigits: 19 },
        { minDigits: 12, maxDigits: 19, refuseLength: true },
      ],
    ],
    ['luhn.check_digit', (t) => ({ number: t }), [{}]],
    ['iban.validate', (t) => ({ iban: t }), [{}, { refuseInvalid: true }]],
    ['isbn.validate', (t) => ({ isbn: t }), [{ accept: 'both' }, { accept: '10', refuseInvalid: true }]],
    ['isbn.convert', (t) => ({ isbn: t }), [{ to: '13' }, { to: '10' }]],
    ['email.validate', (t) => ({ email: t }), [{}, { refuseInvalid: true }]],
    ['uuid.validate', (t) => ({ uuid: t }), [{ version: 0 }, { version: 4, refuseInvalid: true }]],
  ];
  const texts = fc.oneof(
    fc.string(),
    fc.stringMatching(/^[0-9 Xx-]{0,30}$/),
    fc.stringMatching(/^[A-Z]{2}[0-9]{2}[A-Z0-9 ]{10,30}$/),
    fc.stringMatching(/^[a-z.]{0,8}@[a-z.@]{0,12}$/),
    fc.uuid(),
  );

  it.each(calls)(
    '%s never throws: it answers finite values or problems for any text',
    (id, input, optionSets) => {
      fc.assert(
        fc.property(texts, fc.constantFrom(...optionSets), (text, options) => {
          const result = run(id, input(text), options);
          if (result.ok) {
            for (const value of Object.values(result.value)) {
              expect(['boolean', 'string', 'object'].includes(typeof value) || Number.isFinite(value)).toBe(
                true,
              );
            }
          } else expect(result.problems.length).toBeGreaterThan(0);
        }),
      );
    },
  );

  it('is strict TypeScript with only Node built-ins, and all of them live together in one module', () => {
    const file = 'functions.ts';
    const source = [FUNCTION_RESULT_TYPE, ...CHECKS.functions.map((f) => f.source)].join('\n\n');
    const options: ts.CompilerOptions = {
      strict: true,
      noImplicitAny: true,
      noUnusedLocals: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      module: ts.ModuleKind.CommonJS,
      noEmit: true,
      types: [],
    };
    const host = ts.createCompilerHost(options);
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version) =>
      name === file ? ts.createSourceFile(file, source, ts.ScriptTarget.ES2022) : read(name, version);
    const program = ts.createProgram([file], options, host);
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
    expect(source).not.toMatch(/(?::|\bas)\s*any\b/);
  });
});
