import { readFeatureLiterals } from './feature-literals';
import { queryValue } from './query-literals';

/* What a written query value says about its parameter, in the words users write placeholders in. */

describe('queryValue', () => {
  it.each([
    ['<number>', 'number'],
    ['<Zahl>', 'number'],
    ['<Betrag>', 'number'],
    ['<número>', 'number'],
    ['<cantidad>', 'number'],
    ['<nombre>', 'number'],
    ['<montant>', 'number'],
    ['<a decimal number>', 'number'],
    ['2.5', 'number'],
    ['N', 'integer'],
    ['25', 'integer'],
    ['<int>', 'integer'],
    ['<Anzahl>', 'integer'],
    ['<entero>', 'integer'],
    ['true', 'boolean'],
    ['<unit>', 'string'],
    ['<IANA zone>', 'string'],
    ['<Einheit>', 'string'],
    ['GiB', 'string'],
    ['K', 'string'],
  ])('reads %s as a %s', (written, type) => {
    expect(queryValue(written).type).toBe(type);
  });

  it('reads a base range as an integer between its ends', () => {
    expect(queryValue('<2..36>')).toEqual({ type: 'integer', rule: 'between 2 and 36' });
    expect(queryValue('2-36')).toEqual({ type: 'integer', rule: 'between 2 and 36' });
    expect(queryValue('<2 bis 36>')).toEqual({ type: 'integer', rule: 'between 2 and 36' });
  });

  it('reads a date pattern or a time word as a date-time text', () => {
    expect(queryValue('YYYY-MM-DDTHH:MM')).toEqual({ type: 'string', rule: 'date-time' });
    expect(queryValue('yyyy-mm-dd')).toEqual({ type: 'string', rule: 'date-time' });
    expect(queryValue('<Zeitpunkt>')).toEqual({ type: 'string', rule: 'date-time' });
    expect(queryValue('<fecha y hora>')).toEqual({ type: 'string', rule: 'date-time' });
  });

  it('reads values listed with bars as the only ones allowed', () => {
    expect(queryValue('C|F|K')).toEqual({ type: 'string', enum: ['C', 'F', 'K'] });
    expect(queryValue('"kph"|"mi_h"|"m_s"')).toEqual({ type: 'string', enum: ['kph', 'mi_h', 'm_s'] });
  });

  it('leaves the type open when the value says nothing', () => {
    expect(queryValue('')).toEqual({});
    expect(queryValue('...')).toEqual({});
  });
});

describe('readFeatureLiterals query fields', () => {
  it('keeps each query parameter with its type, placeholders with spaces included', () => {
    const read = readFeatureLiterals(
      'GET /distance/convert?meters=<a number>&into=<unit>&n=3 answers {"result": number}',
    );

    expect(read.query).toEqual(['meters', 'into', 'n']);
    expect(read.queryFields).toEqual([
      { name: 'meters', type: 'number', optional: false },
      { name: 'into', type: 'string', optional: false },
      { name: 'n', type: 'integer', optional: false },
    ]);
    expect(read.response).toEqual([{ name: 'result', type: 'number', optional: false }]);
  });

  it('reads listed values written in double quotes inside a route, each parameter on its own', () => {
    const read = readFeatureLiterals(
      'GET /speed?value=<n>&from="kph"|"mph"&to="kph"|"mph" returns {"value": number}',
    );

    expect(read.routes).toEqual([{ method: 'GET', path: '/speed' }]);
    expect(read.queryFields).toEqual([
      { name: 'value', type: 'integer', optional: false },
      { name: 'from', type: 'string', enum: ['kph', 'mph'], optional: false },
      { name: 'to', type: 'string', enum: ['kph', 'mph'], optional: false },
    ]);
    expect(read.response).toEqual([{ name: 'value', type: 'number', optional: false }]);
  });

  it('binds units listed without quotes to the parameters written with one of them (their spellings exactly)', () => {
    const read = readFeatureLiterals(
      'GET /size?amount=2&from=MB&to=KiB gives {"amount": number}; units: B, kB, MB (decimal) and KiB, MiB (binary)',
    );
    const listed = ['B', 'kB', 'MB', 'KiB', 'MiB'];

    expect(read.queryFields).toEqual([
      { name: 'amount', type: 'integer', optional: false },
      { name: 'from', type: 'string', enum: listed, optional: false },
      { name: 'to', type: 'string', enum: listed, optional: false },
    ]);
    // In other languages, and ending where the list does.
    expect(
      readFeatureLiterals('GET /laenge?wert=3&von=km&nach=mi; Einheiten m, km und mi sind erlaubt')
        .queryFields,
    ).toEqual([
      { name: 'wert', type: 'integer', optional: false },
      { name: 'von', type: 'string', enum: ['m', 'km', 'mi'], optional: false },
      { name: 'nach', type: 'string', enum: ['m', 'km', 'mi'], optional: false },
    ]);
  });

  it('leaves a parameter open when no listed unit is its value, or the words after "units" are no list', () => {
    expect(readFeatureLiterals('GET /c?v=1&from=GiB; units B and kB only').queryFields[1]).toEqual({
      name: 'from',
      type: 'string',
      optional: false,
    });
    expect(readFeatureLiterals('GET /c?v=1&from=GiB converts between units quickly').queryFields[1]).toEqual({
      name: 'from',
      type: 'string',
      optional: false,
    });
  });
});
