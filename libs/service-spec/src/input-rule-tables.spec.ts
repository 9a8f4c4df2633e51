import { readInputRules } from './input-rule-reading';

/*
 * The input rules of refusals that bound to nothing before (generator table refusal-unbound-phrasings.spec.ts), read
 * clause by clause: membership of a table or of the values listed ("not in the rate table", "missing from the
 * table" — never a value left out — "besides those four"), a kind with no words naming everything the kind before
 * it named ("a height or a weight that is missing, zero or below zero": both, each time), "with decimals" as a
 * fraction, an example in parentheses left out, "n'existe pas dans la base" as a malformed number.
 */

const clauses = (feature: string) => readInputRules(feature)?.clauses ?? null;

describe('input rules of tables, subjects said once, fractions and digits of a base', () => {
  it('reads a value outside the table as unknown, never as missing', () => {
    expect(clauses('currencies missing from the table are refused, and so are negative amounts')).toEqual([
      { kind: 'unknown', words: ['currencies'] },
      { kind: 'bound', rule: { minimum: 0 }, words: ['amounts'] },
    ]);
    expect(
      clauses('Eine Währung, die nicht in der Kurstabelle steht, oder ein negativer Betrag ergibt 400'),
    ).toEqual([
      { kind: 'unknown', words: ['wahrung'] },
      { kind: 'bound', rule: { minimum: 0 }, words: ['betrag'] },
    ]);
    expect(clauses('Moedas que não estão na tabela são recusadas')).toEqual([
      { kind: 'unknown', words: ['moedas'] },
    ]);
    expect(clauses('Unità diverse da queste quattro sono un errore')).toEqual([
      { kind: 'unknown', words: ['unita'] },
    ]);
  });

  it('gives a kind without words everything the kind before it named', () => {
    const read = clauses('a height or a weight that is missing, zero or below zero is a client error');
    const kinds = (words: string) => read?.filter((c) => c.words.join(' ') === words).map((c) => c.kind);
    expect(kinds('height')).toEqual(['missing', 'bound', 'zero']);
    expect(kinds('weight')).toEqual(['missing', 'bound', 'zero']);
  });

  it('reads decimals as a fraction refused, and "equal to" as naming nothing', () => {
    expect(clauses('Un número igual a 0, negativo, mayor que 3999 o con decimales devuelve 400')).toEqual([
      { kind: 'zero', words: ['numero'] },
      { kind: 'bound', rule: { minimum: 0 }, words: ['numero'] },
      { kind: 'bound', rule: { maximum: 3999 }, words: ['numero'] },
      { kind: 'fraction', words: ['numero'] },
    ]);
  });

  it('reads "only http(s) addresses accepted" as every other address refused as malformed', () => {
    // A link is its URL: the rule names the record's url field as well as a field named link.
    expect(clauses('only http and https links are accepted')).toEqual([
      { kind: 'malformed', words: ['links', 'urls'] },
    ]);
    expect(clauses('Only HTTPS URLs are allowed')).toEqual([{ kind: 'malformed', words: ['urls'] }]);
    // Values listed without an address noun stay what they were: accepted values, not a refusal of their own.
    expect(clauses('only http and https are accepted')).toBeNull();
  });

  it('leaves out an example in parentheses and reads a digit a base does not have as malformed', () => {
    expect(clauses('a digit that the source base does not have (such as 8 in base 8) answers 400')).toEqual([
      { kind: 'malformed', words: ['digit'] },
    ]);
    expect(clauses("Un chiffre qui n'existe pas dans la base de départ est refusé avec 400")).toEqual([
      { kind: 'malformed', words: ['chiffre'] },
    ]);
    // An example beside a bound may be a number it does not refuse ("(e.g. 0)" beside "negative"): unread.
    expect(readInputRules('a negative quantity (e.g. 0) is refused')).toBeNull();
    // Numbers outside parentheses of an example still say something unread.
    expect(readInputRules('a digit that the source base does not have, 8 in base 8, answers 400')).toBeNull();
  });
});
