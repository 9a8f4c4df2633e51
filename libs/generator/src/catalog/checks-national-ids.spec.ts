import fc from 'fast-check';
import { featureWords } from './feature-words';
import { NATIONAL_IDS, cpfDesign, cpfReference, dniDesign, dniReference } from './checks-national-ids';
import { runCatalogFunction } from './testing/run-function';

const recognise = (text: string) => NATIONAL_IDS.recognise(text, featureWords(text));

describe('CPF check (emitted code against published numbers and the reference)', () => {
  it.each([
    ['529.982.247-25', true, null],
    ['52998224725', true, null],
    ['111.444.777-35', true, null],
    ['529.982.247-24', false, 'check_digit'],
    ['529.982.247-15', false, 'check_digit'],
    ['111.111.111-11', false, 'repeated'],
    ['000.000.000-00', false, 'repeated'],
    ['5299822472', false, 'length'],
    ['529.982.24A-25', false, 'non_digit'],
  ])('%s: valid %s, reason %s', (cpf, valid, reason) => {
    expect(cpfReference(cpf)).toEqual({ valid, reason });
    expect(runCatalogFunction('cpf.validate', { cpf }, {})).toEqual({ ok: true, value: { valid, reason } });
  });

  it('refuses malformed CPFs with refuseMalformed, an empty or non-string one always', () => {
    expect(runCatalogFunction('cpf.validate', { cpf: '5299822472' }, { refuseMalformed: true }).ok).toBe(
      false,
    );
    expect(runCatalogFunction('cpf.validate', { cpf: '111.111.111-11' }, { refuseMalformed: true }).ok).toBe(
      true,
    );
    expect(runCatalogFunction('cpf.validate', { cpf: '' }, {}).ok).toBe(false);
    expect(runCatalogFunction('cpf.validate', { cpf: 52998224725 }, {}).ok).toBe(false);
  });

  it('agrees with the reference on any text, and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[0-9.\- ]{0,16}$/), fc.string({ maxLength: 16 })), (cpf) => {
        const got = runCatalogFunction('cpf.validate', { cpf }, {});
        if (cpf.replace(/[.\-\s]/g, '') === '') return !got.ok;
        return got.ok && JSON.stringify(got.value) === JSON.stringify(cpfReference(cpf));
      }),
      { numRuns: 300 },
    );
  });

  it('answers every worked example of its design as the emitted code does', () => {
    for (const refuse of [false, true]) {
      const d = cpfDesign(refuse);
      for (const e of d.examples)
        expect(runCatalogFunction('cpf.validate', e.input, d.options ?? {})).toEqual({
          ok: true,
          value: e.output,
        });
      for (const r of d.refusals)
        expect(runCatalogFunction('cpf.validate', r.input, d.options ?? {}).ok).toBe(false);
    }
  });
});

describe('DNI / NIE check', () => {
  it.each([
    ['12345678Z', false, true, null, null],
    ['12345678z', false, true, null, null],
    ['00000000T', false, true, null, null],
    ['12345678A', false, false, 'letter', 'Z'],
    ['X1234567L', true, true, null, null],
    ['X1234567L', false, false, 'format', null],
    ['Y1234567X', true, true, null, null],
    ['1234567Z', false, false, 'format', null],
  ])('%s (NIE accepted: %s): valid %s, reason %s', (dni, nie, valid, reason, expectedLetter) => {
    expect(dniReference(dni, nie)).toEqual({ valid, reason, expectedLetter });
    expect(runCatalogFunction('dni.validate', { dni }, { nie })).toEqual({
      ok: true,
      value: { valid, reason, expectedLetter },
    });
  });

  it('agrees with the reference on any 8 digits and letter, and never throws on other text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.constantFrom(...'ABCDEFGHJKLMNPQRSTVWXYZ'),
        (n, l) => {
          const dni = String(n).padStart(8, '0') + l;
          const got = runCatalogFunction('dni.validate', { dni }, {});
          return got.ok && JSON.stringify(got.value) === JSON.stringify(dniReference(dni, false));
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (dni) => {
        const got = runCatalogFunction('dni.validate', { dni }, { nie: true });
        return dni.replace(/[\s-]/g, '') === '' ? !got.ok : got.ok;
      }),
      { numRuns: 300 },
    );
  });

  it('answers every worked example of its design as the emitted code does', () => {
    for (const nie of [false, true]) {
      const d = dniDesign(nie);
      for (const e of d.examples)
        expect(runCatalogFunction('dni.validate', e.input, d.options ?? {})).toEqual({
          ok: true,
          value: { valid: e.output.valid, reason: e.output.reason, expectedLetter: e.output.expected_letter },
        });
    }
  });
});

describe('recognising national identifiers', () => {
  it('reads a CPF or DNI check, the equal-digits and NIE lines as rules on it, and nothing else', () => {
    expect(recognise('validar um CPF')).toMatchObject({ design: { function: 'cpf.validate' } });
    expect(recognise('comprobar si un DNI es válido')).toMatchObject({
      design: { function: 'dni.validate' },
    });
    expect(recognise('CPFs com todos os dígitos iguais são inválidos')).toMatchObject({
      constraint: { function: 'cpf.validate' },
    });
    expect(recognise('también se aceptan NIE')).toMatchObject({ constraint: { function: 'dni.validate' } });
    expect(recognise('validar um NIF português')).toBeNull();
    expect(recognise('generate valid CPF numbers')).toBeNull();
    expect(recognise('store the customer CPF with the order')).toBeNull();
  });

  it('takes the equal digits a feature writes as the worked example', () => {
    const found = recognise('Um CPF com os onze dígitos iguais, como 222.222.222-22, é inválido');
    const refined = found && 'constraint' in found ? found.constraint.refine?.(cpfDesign(false)) : undefined;
    expect(
      refined?.examples.some((e) => e.input.cpf === '222.222.222-22' && e.output.reason === 'repeated'),
    ).toBe(true);
  });
});
