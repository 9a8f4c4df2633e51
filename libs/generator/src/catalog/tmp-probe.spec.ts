import { featureFidelity } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from '../spec-design/spec-designer';
const F = [
  'Invoice lines with quantity, unit price and category; VAT 7 % on food, 19 % on everything else',
  'Bestellsumme: Menge × Preis je Position, 7 % MwSt auf Lebensmittel (food), sonst 19 %',
  'Order total from quantity × price per line; shipping costs 4.95, free above 50',
  'Warenkorb: Menge × Preis, Versand 4,95 €, versandkostenfrei ab 50 €',
];
it('probe', () => {
  for (const f of F) {
    const { contract } = designSpec(intentOf({ service_name: 'p', key_features: [f] }));
    console.log(f, JSON.stringify(featureFidelity(contract, [f])[0]));
  }
});
