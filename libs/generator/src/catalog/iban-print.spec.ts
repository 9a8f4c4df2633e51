import { familyIntent, judgedOffline } from '../testing/offline-spec';

/* An IBAN check that also answers the IBAN in its print format (upper case, groups of four), in several languages. */

const ROWS: { features: string[]; field: string }[] = [
  {
    features: [
      'validate an IBAN',
      'for a valid IBAN also return it in print format: upper case, groups of four',
    ],
    field: 'formatted',
  },
  {
    features: [
      'IBAN prüfen (Länge und Prüfsumme)',
      'bei einer gültigen IBAN zusätzlich das Druckformat in Vierergruppen zurückgeben',
    ],
    field: 'formatted',
  },
  {
    features: [
      'POST /iban/check with {"iban": string} returns {"valid": boolean, "pretty": string}; pretty is the IBAN printed in groups of four',
    ],
    field: 'pretty',
  },
  { features: ['validar un IBAN y devolverlo además en grupos de cuatro'], field: 'formatted' },
  {
    features: ['vérifier un IBAN', "renvoyer aussi l'IBAN valide par groupes de quatre"],
    field: 'formatted',
  },
];

const judged = (key_features: string[]) =>
  judgedOffline(familyIntent('iban-svc', 'an IBAN checker', key_features));

describe('the print format of a valid IBAN', () => {
  for (const row of ROWS) {
    it(`realises ${JSON.stringify(row.features.at(-1))}`, () => {
      const { contract, fidelity } = judged(row.features);
      expect(fidelity.filter((f) => !f.realised).map((f) => [f.feature, f.problems])).toEqual([]);
      const e = contract.endpoints.find(
        (x) => x.behavior.kind === 'function' && x.behavior.function === 'iban.validate',
      );
      expect(e?.features).toEqual(expect.arrayContaining(row.features));
      const shown = contract.acceptance.flatMap((c) => c.steps).map((s) => s.expect.body_contains ?? {});
      // A lower-case IBAN without spaces comes back upper case in groups of four.
      expect(shown).toContainEqual(expect.objectContaining({ [row.field]: 'DE89 3704 0044 0532 0130 00' }));
    });
  }

  it('leaves a print format with no IBAN check to add to unrealised', () => {
    const { fidelity } = judged(['for a valid IBAN also return it in groups of four']);
    expect(fidelity[0].realised).toBe(false);
  });
});
