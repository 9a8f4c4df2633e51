import { stockLeadInWords, withoutStockLeadIn } from './stock-lead-in';

/*
 * A stock named before a colon and the records it holds after it: the feature is read as the records' part, and
 * the lead-in's words are kept for the realisation's texts. Anything else before a colon is left as written.
 */
describe('a stock named before the records it holds', () => {
  it.each([
    [
      'Tenere le scorte di magazzino: articoli con nome, scaffale, unità e quantità (mai negativa)',
      'articoli con nome, scaffale, unità e quantità (mai negativa)',
    ],
    [
      'Controlar o estoque da oficina: peças com nome, prateleira e quantidade, nunca negativa',
      'peças com nome, prateleira e quantidade, nunca negativa',
    ],
    [
      'Controlar las existencias del almacén: cada artículo tiene un nombre, una ubicación y una cantidad',
      'artículo con un nombre, una ubicación y una cantidad',
    ],
    [
      'Lagerbestand führen: Artikel mit Name, Lagerplatz, Einheit und Menge',
      'Artikel mit Name, Lagerplatz, Einheit und Menge',
    ],
    [
      'Track the inventory: parts with a name, a shelf and a quantity',
      'parts with a name, a shelf and a quantity',
    ],
  ])('reads %j as %j', (feature, rest) => {
    expect(withoutStockLeadIn(feature)).toBe(rest);
  });

  it.each([
    'Track the inventory: add, list and delete items',
    'Track the stock price: ticker and date',
    'Verbrauchsmaterial verwalten: Bezeichnung, Menge im Regal und Mindestbestand',
    'Keep spare parts with a name and a quantity',
    'Inventory: a name and a quantity',
    'Gérer le stock : retirer des unités',
  ])('leaves %j as written', (feature) => {
    expect(withoutStockLeadIn(feature)).toBeNull();
  });

  it('keeps the lead-in words for the realisation', () => {
    expect(
      stockLeadInWords(
        'Controlar o estoque da oficina: peças com nome, prateleira e quantidade, nunca negativa',
      ),
    ).toEqual(['controlar', 'estoque', 'oficina']);
    expect(stockLeadInWords('Keep spare parts with a name and a quantity')).toEqual([]);
  });
});
