import type { FunctionDesign, Recognised } from './catalog-entry';
import { languageOf } from './calc-language';

/*
 * A bill split whose shares add up to the total (the "odd cent"): a feature asking that the people's shares, in
 * cents, make exactly the total, and saying who pays the cents an even split leaves over — one each to the first
 * people (`spread`, also when it names no one), all of them by the first person (`first`) or by the last
 * (`last`). In English, German, Spanish, French, Italian and Portuguese (words folded: lower case, no accents).
 * It refines the tip split (calc.tip_split, option `shares`, answered as the list `shares`); a feature naming
 * both ends, or rounding the shares to something else than cents, stays unrealised.
 */

export type SharesWho = 'spread' | 'first' | 'last';

/** The words of a feature as one folded line with a space either side, for phrase tests. */
const line = (list: string[]): string => ` ${list.join(' ')} `;

/** A word naming the shares (or each person's amount). */
const SHARE_NOUN =
  / (shares?|parts?|portions?|amounts|anteile?|betrage|partes?|cuotas?|quotas?|quote|quotes|montants|importi|valores) /;
/** Adding up to the total, or being exactly it. */
const ADD_UP =
  / (add up|adds up|adding up|sum to|sum up|sums to|sum exactly|total exactly|match the total|equal the total|ergeben zusammen|zusammen genau|summieren|sumen|suman|sumar|sumando|fassent exactement|faire exactement|font exactement|tombent juste|tomber juste|sommano|sommare|sommino|somam|somar|somem|exactly the total|exakt die|genau die (gesamtsumme|summe|gesamtbetrag|rechnung)|exactamente el total|exactement le total|esattamente al totale|esattamente il totale|exatamente o total) /;
/** Cents left over by an even split. */
const CENT =
  /(cent|cents|centimo|centimos|centime|centimes|centesimo|centesimi|centavo|centavos|penny|pennies)/;
const LEFT_OVER = new RegExp(
  [
    ` (odd|leftover|left over|remaining|extra|spare|remainder) ${CENT.source} `,
    ` ${CENT.source} (left over|left|remaining|extra|more) `,
    ` (ubrigen?|restlichen?|verbleibenden?) ${CENT.source} `,
    ` ${CENT.source} mehr `,
    // "un céntimo más para los primeros"; a bare "mas" is Portuguese "but" ("ao cêntimo, mas a parte …").
    ` ${CENT.source} (que sobran?|sobrantes?|restantes?|de mas|mas para) `,
    ` ${CENT.source} (restants?|de plus|en plus|en trop) `,
    ` ${CENT.source} (in piu|avanzati|rimanenti|restanti|di troppo) `,
    ` ${CENT.source} (que sobram|que sobra|a mais|restantes?) `,
    ` (pays|pay|zahlt|paga|paie|payee?|payes) (the )?(remainder|rest|den rest|el resto|le reste|il resto|o resto) `,
  ].join('|'),
);

/** Someone sharing the bill. */
const PERSON =
  / (people|persons?|diners?|guests?|friends|each|everyone|personen|person|leute|gaste|jeder|jede|personas?|comensales|cada|personnes?|convives|chacun|persone|commensali|ciascuno|pessoas?) /;

/** The first person alone (all the cents) or the first people (one each). */
const FIRST_ONE =
  / (first person|first one|erste person|ersten person|primera persona|el primero|premiere personne|le premier|prima persona|il primo|primeira pessoa|o primeiro) /;
const FIRST_MANY =
  / (first people|first persons|first few|first ones|ersten personen|ersten leuten|primeras personas|los primeros|premieres personnes|premiers convives|premiers|prime persone|i primi|primeiras pessoas|os primeiros) /;
const ONE_EACH =
  / (one each|one per person|je einen?|jeweils einen?|uno (a|para) cada|uno cada uno|un par un|un chacun|uno ciascuno|uno a testa|um para cada|um cada) /;
const LAST_ONE =
  / (last person|last one|is last|letzte person|letzten person|ultima persona|el ultimo|derniere personne|le dernier|l ultima|l ultimo|ultima pessoa|o ultimo) /;
/** Shares rounded to something else than cents (whole euros, up to the next 5): not an even split in cents. */
const OTHER_ROUNDING =
  / (whole|full|volle|vollen|ganze|ganzen|enteros?|entiers?|interi|inteiros?|next 5|naechsten 5) (euro|euros|dollar|dollars|franken|francs) /;

/** Who pays the odd cents when the feature asks that the shares add up to the total; null when it does not. */
export function sharesWho(list: string[]): SharesWho | null {
  const text = line(list);
  const shares = SHARE_NOUN.test(text);
  if (!(LEFT_OVER.test(text) || (shares && ADD_UP.test(text)))) return null;
  if (!shares && !PERSON.test(text)) return null;
  if (OTHER_ROUNDING.test(text)) return null;
  const first = FIRST_ONE.test(text);
  const many = FIRST_MANY.test(text) || ONE_EACH.test(text);
  const last = LAST_ONE.test(text);
  if ([first && !many, many, last].filter(Boolean).length > 1) return null;
  if (last) return 'last';
  if (first && !many) return 'first';
  return 'spread';
}

/** The amounts, in cents, each of `people` pays of `cents` when the odd cents go as `who` says. */
export function sharesOf(cents: number, people: number, who: SharesWho): number[] {
  const base = Math.floor(cents / people);
  const left = cents - base * people;
  return Array.from({ length: people }, (_, i) => {
    if (who === 'first') return i === 0 ? base + left : base;
    if (who === 'last') return i === people - 1 ? base + left : base;
    return i < left ? base + 1 : base;
  });
}

const WHO_SAID: Record<SharesWho, string> = {
  spread: 'the odd (leftover, remaining) cents go one each to the first people',
  first: 'the first person pays all the odd (leftover, remaining) cents, the remainder',
  last: 'the last person pays all the odd (leftover, remaining) cents, the remainder',
};

type Language = ReturnType<typeof languageOf>;

/** The shares rule in the feature's own language (the gate looks for its terms in the summary). */
const GLOSS: Record<Exclude<Language, 'en'>, (who: SharesWho) => string> = {
  de: (who) =>
    `Die Anteile (ein Betrag je Person, in Cent) ergeben zusammen genau die Gesamtsumme (den Gesamtbetrag, die Summe der Rechnung): jeder zahlt den Gesamtbetrag geteilt durch die Anzahl der Personen, auf den Cent abgerundet; die übrigen (restlichen, verbleibenden) Cent ${{ spread: 'zahlen die ersten Personen, jeweils einen Cent mehr', first: 'zahlt die erste Person (den Rest)', last: 'zahlt die letzte Person (den Rest)' }[who]}.`,
  es: (who) =>
    `Las partes (cuotas: lo que paga cada persona, en céntimos) suman exactamente el total: cada una paga el total dividido entre el número de personas redondeado hacia abajo al céntimo, de modo que sumen el total; los céntimos que sobran (el resto) ${{ spread: 'los pagan las primeras personas (los primeros), un céntimo más cada una', first: 'los paga la primera persona (el primero)', last: 'los paga la última persona (el último)' }[who]}.`,
  fr: (who) =>
    `Les parts (le montant de chaque personne, en centimes) font exactement le total (leur somme tombe juste) : chacun paie le total divisé par le nombre de personnes arrondi au centime inférieur ; les centimes restants (le reste) ${{ spread: 'sont payés par les premières personnes (les premiers convives), un centime de plus chacun, un par un', first: 'sont payés par la première personne (le premier)', last: 'sont payés par la dernière personne (le dernier)' }[who]}.`,
  it: (who) =>
    `Le quote (quanto paga ciascuna persona, in centesimi) sommano esattamente al totale: ognuno paga il totale diviso per il numero di persone arrotondato per difetto al centesimo; i centesimi in più (avanzati, il resto) ${{ spread: 'li pagano le prime persone (i primi), un centesimo in più a testa', first: 'li paga la prima persona (il primo)', last: "li paga l'ultima persona (l'ultimo)" }[who]}.`,
  pt: (who) =>
    `As partes (quanto paga cada pessoa, em centavos) somam exatamente o total: cada uma paga o total dividido pelo número de pessoas arredondado para baixo ao centavo; os centavos que sobram (o resto) ${{ spread: 'ficam com as primeiras pessoas (os primeiros), um centavo a mais para cada', first: 'ficam com a primeira pessoa (o primeiro), que paga o resto', last: 'ficam com a última pessoa (o último), que paga o resto' }[who]}.`,
};

/** Words only one language's shares rule uses, to tell Italian "le quote" from French "les parts". */
const OWN_WORDS: Record<Exclude<Language, 'en'>, string[]> = {
  de: 'anteile anteil ergeben zusammen summieren ubrige ubrigen restlichen zahlt zahlen erste ersten letzte genau'.split(
    ' ',
  ),
  es: 'partes cuotas sumar suman sumen centimos centimo sobran paga pagan primera primeros ultima ultimo exactamente'.split(
    ' ',
  ),
  fr: 'parts font faire centime centimes restant restants paye payee premiere premiers derniere dernier exactement'.split(
    ' ',
  ),
  it: 'quote sommano sommare centesimi centesimo piu paga pagano prima primi ultima ultimo esattamente ciascuno'.split(
    ' ',
  ),
  pt: 'partes somam somar centavos centavo sobram ficam primeira primeiras ultima ultimo exatamente cada'.split(
    ' ',
  ),
};

/** The language a shares rule is written in: the one whose own words it uses most, else the feature's. */
export function sharesLanguage(list: string[]): Language {
  let best: Language = languageOf(list);
  let top = 1;
  for (const [language, own] of Object.entries(OWN_WORDS) as [Exclude<Language, 'en'>, string[]][]) {
    const hits = new Set(list.filter((w) => own.includes(w))).size;
    if (hits > top) [best, top] = [language, hits];
  }
  return best;
}

/** A summary's shares sentence, so a design refined twice (a spelled field, then who pays) carries one. */
const SHARES_SENTENCE = / The shares \(one amount per person[^]*$/;

/** Only a split in cents, rounded half up, answers shares that add up. */
export function splitsInCents(design: FunctionDesign): boolean {
  return (
    design.function === 'calc.tip_split' &&
    Number(design.options?.decimals ?? 2) === 2 &&
    design.options?.rounding === undefined
  );
}

/**
 * The tip split answering `shares` too: one amount per person, in cents, adding up exactly to the total as
 * answered, the odd cents paid as `who` says. Its worked examples take the total they answer (exact cents).
 */
export function withShares(
  design: FunctionDesign,
  who: SharesWho,
  language: Language = 'en',
): FunctionDesign {
  const shares = (output: Record<string, unknown>, people: number): number[] =>
    sharesOf(Math.round(Number(output.total) * 100), people, who).map((c) => c / 100);
  const examples = design.examples.map((e) => {
    const list = shares(e.output, Number(e.input.people));
    const said = e.description.replace(/; shares [^]*$/, '').replace(/\.$/, '');
    return {
      ...e,
      description: `${said}; shares ${list.join(', ')} (adding up to the total, ${WHO_SAID[who]}).`,
      output: { ...e.output, shares: list },
      // Who pays the odd cents is the order of the list: the check holds it.
      inOrder: true as const,
    };
  });
  // A split leaving cents over leads: the acceptance pack tells who pays them apart by it.
  const leaves = (e: (typeof examples)[number]) =>
    Math.round(Number((e.output as Record<string, unknown>).total) * 100) % Number(e.input.people) > 1;
  examples.sort((a, b) => Number(leaves(b)) - Number(leaves(a)));
  const first = examples[0]?.output as Record<string, unknown> | undefined;
  const gloss = language === 'en' ? '' : ` ${GLOSS[language](who)}`;
  return {
    ...design,
    summary: `${design.summary.replace(SHARES_SENTENCE, '')} The shares (one amount per person, in cents) add up (sum) exactly to the total: each pays the total divided by the number of people rounded down to the cent, and ${WHO_SAID[who]}; more than 10000 people are refused with 400.${gloss}`,
    outputs: [
      ...design.outputs.filter((o) => o.result !== 'shares'),
      {
        result: 'shares',
        field: 'shares',
        description: `One amount per person, in cents, adding up exactly to the total (${WHO_SAID[who]})`,
        example: first?.shares ?? [],
        names: 'shares share anteile anteil partes parts cuotas quote quota montants amounts',
      },
    ],
    options: { ...(design.options ?? {}), shares: who },
    examples,
    refusals: [
      ...design.refusals.filter((r) => Number(r.input.people) <= 10000),
      {
        description: 'A bill split among more than 10000 people (10001) is refused.',
        input: { bill: 100, tip_percent: 10, people: 10001 },
      },
    ],
  };
}

/**
 * A feature asking only that the shares add up (no tip or bill words of its own): a rule on the tip split
 * another feature designs, refining it to answer the shares.
 */
export function tipSharesRule(list: string[]): Recognised {
  const who = sharesWho(list);
  if (!who) return null;
  return {
    constraint: {
      function: 'calc.tip_split',
      refusals: () => [],
      fits: splitsInCents,
      refine: (d) => withShares(d, who, sharesLanguage(list)),
    },
  };
}
