import { familyIntent, judgedOffline } from '../testing/offline-spec';
import { readTolerance, writtenSo } from './tolerance-features';

/*
 * Features that only say how a check reads its input ("les espaces sont ignorés", "aceita o CPF com ou sem pontos e
 * hífen") are realised on the check that reads it so, with a worked example written that way and answered the
 * same; ways of writing a check does not read, or words naming something else, stay unrealised.
 */

function realised(features: string[]): boolean {
  const { fidelity } = judgedOffline(familyIntent('tolerance', 'Checks for our forms.', features));
  return fidelity.length === features.length && fidelity.every((f) => f.realised);
}

function checkOf(features: string[], feature: string) {
  const { contract } = judgedOffline(familyIntent('tolerance', 'Checks for our forms.', features));
  const e = contract.endpoints.find((x) => x.features.includes(feature));
  return contract.acceptance.filter((c) => c.endpoint_id === e?.id && c.description.includes(' is read as '));
}

describe('readTolerance', () => {
  it.each([
    ['spaces in the IBAN are ignored and lower case is accepted', ['spaces', 'lower']],
    ['les espaces sont ignorés', ['spaces']],
    ['Leerzeichen und Bindestriche werden ignoriert', ['spaces', 'hyphens']],
    ['aceita o CPF com ou sem pontos e hífen', ['dots', 'hyphens']],
    ['se aceptan espacios, guiones y minúsculas', ['spaces', 'hyphens', 'lower']],
  ])('reads %s', (feature, kinds) => {
    expect(readTolerance(feature)?.tolerated.sort()).toEqual([...kinds].sort());
  });

  it.each([
    'spaces are rejected',
    'an IBAN with spaces returns 400',
    'count the spaces in a text',
    'POST /iban/validate with {"iban": string} returns {"valid": boolean}',
  ])('does not read %s', (feature) => {
    expect(readTolerance(feature)).toBeNull();
  });

  it('writes a value in groups with the separators named, in lower case when asked', () => {
    expect(writtenSo('DE89370400', ['spaces', 'lower'])).toBe('de8 937 040 0');
    expect(writtenSo('52998224725', ['dots', 'hyphens'])).toBe('529-982.247-25');
  });
});

describe('a tolerance feature is realised on the check that reads its input so', () => {
  it.each([
    [['vérifier un IBAN et indiquer le pays', 'les espaces sont ignorés']],
    [['IBAN prüfen (Prüfziffer nach Modulo 97)', 'Leerzeichen und Kleinbuchstaben sind erlaubt']],
    [
      [
        'validar números de tarjeta con el algoritmo de Luhn',
        'los espacios entre los grupos de dígitos se ignoran',
      ],
    ],
    [
      [
        'validar um CPF brasileiro conferindo os dois dígitos verificadores',
        'aceita o CPF com ou sem pontos e hífen',
      ],
    ],
    [['check an ISBN-10 or ISBN-13', 'hyphens and spaces are ignored']],
    [['validar un DNI español', 'se aceptan espacios, guiones y minúsculas']],
  ])('realises %j', (features) => {
    expect(realised(features)).toBe(true);
  });

  it.each([
    // The IBAN check does not drop hyphens: the feature cannot hold there.
    [['validate an IBAN', 'hyphens in the IBAN are ignored']],
    // The ISBN check answers X in upper case only as its check digit; lower case is not said of it here.
    [['check an ISBN-10 or ISBN-13', 'lower case is accepted']],
    [['validate an IBAN', 'spaces in the phone number are ignored']],
  ])('leaves %j unrealised', (features) => {
    expect(realised(features)).toBe(false);
  });

  it('shows the tolerance by a worked example written so, answered as the compact form', () => {
    const feature = 'spaces in the IBAN are ignored and lower case is accepted';
    const checks = checkOf(['validate an IBAN and give its country', feature], feature);
    expect(checks).toHaveLength(1);
    const sent = (checks[0].steps[0].request.body as Record<string, unknown>).iban as string;
    expect(sent).toMatch(/ /);
    expect(sent).toBe(sent.toLowerCase());
    expect(checks[0].steps[0].expect.status).toBe(200);
  });
});
