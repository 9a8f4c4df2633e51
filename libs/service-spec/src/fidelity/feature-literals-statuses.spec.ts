import { readFeatureLiterals } from './feature-literals';

/* A three-digit amount of a measure is no HTTP status; the statuses a feature writes stay read. */
describe('statuses a feature writes, beside amounts of measures', () => {
  it('reads no status from the factors of kitchen units ("1 cup = 240 ml")', () => {
    const f =
      'POST /kitchen with {"amount": number, "from": "cup"|"ml", "to": "cup"|"ml"} returns {"amount": number}; 1 cup = 240 ml';
    expect(readFeatureLiterals(f).statuses).toEqual([]);
  });

  it('reads no status from sizes and masses ("250 g", "500 MB", "200 KiB")', () => {
    expect(readFeatureLiterals('A parcel of 250 g, a file of 500 MB or 200 KiB').statuses).toEqual([]);
  });

  it('still reads the statuses written beside them', () => {
    const f =
      'POST /convert with {"value": number} returns {"value": number}; above 500 ml returns 400, else 200';
    expect(readFeatureLiterals(f).statuses.sort()).toEqual([200, 400]);
  });
});
