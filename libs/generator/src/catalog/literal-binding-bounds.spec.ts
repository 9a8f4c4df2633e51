import { recogniseFeature } from './catalog';
import { bindLiteral } from './literal-binding';

/* Bounds a spelled-out feature writes on a computation's inputs are declared on them, with refusals just outside. */

function bound(feature: string) {
  const found = recogniseFeature(feature);
  if (!found || !('design' in found)) throw new Error(`not recognised: ${feature}`);
  return bindLiteral(feature, found.design);
}

describe('bindLiteral with written bounds', () => {
  it('declares the bounds of a numeral base written as a domain word and refuses the values just outside', () => {
    const d = bound(
      'POST /radix {"value": string, "from": base (2..36), "to": base (2..36)} -> {"value": string}',
    );
    const from = d?.inputs.find((i) => i.field.name === 'from')?.field;
    expect(from).toMatchObject({ type: 'integer', minimum: 2, maximum: 36 });
    const refused = d?.refusals.filter((r) => /out of range/.test(r.description)).map((r) => r.input);
    expect(refused).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 1 }),
        expect.objectContaining({ from: 37 }),
        expect.objectContaining({ to: 1 }),
        expect.objectContaining({ to: 37 }),
      ]),
    );
    // Every worked example keeps the declared bounds.
    for (const x of d?.examples ?? []) {
      expect(x.input.from).toBeGreaterThanOrEqual(2);
      expect(x.input.to).toBeLessThanOrEqual(36);
    }
  });

  it("declares no format the computation's own worked examples break (a plain date is no zoned date-time)", () => {
    const d = bound(
      'GET /business-days?from=YYYY-MM-DD&to=YYYY-MM-DD returns {"days": number}: Monday-Friday dates from `from` (inclusive) to `to` (exclusive)',
    );
    for (const name of ['from', 'to']) {
      const field = d?.inputs.find((i) => i.field.name === name)?.field;
      expect(field?.format).not.toBe('date-time');
    }
    expect(d?.examples.length).toBeGreaterThan(0);
  });

  it('reads the bounds in German and Spanish too', () => {
    const d = bound(
      'POST /basis {"zahl": Zeichenkette, "von": Basis 2..36, "nach": Basis 2..36} -> {"zahl": Zeichenkette}',
    );
    expect(d?.inputs.find((i) => i.field.name === 'nach')?.field).toMatchObject({ minimum: 2, maximum: 36 });
  });

  it('declares no bound that a worked example of the computation would break', () => {
    const d = bound(
      'POST /radix {"value": string, "from": base (2..8), "to": base (2..8)} -> {"value": string}',
    );
    const fields = d?.inputs.map((i) => i.field) ?? [];
    for (const f of fields) {
      const values = (d?.examples ?? []).map((x) => x.input[f.name]).filter((v) => typeof v === 'number');
      const max = f.maximum;
      if (max !== undefined) expect(values.every((v) => v <= max)).toBe(true);
    }
  });
});
