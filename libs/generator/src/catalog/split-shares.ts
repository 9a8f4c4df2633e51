import { readFeatureLiterals, type LiteralField } from '@sf/service-spec';
import type { CatalogFamily, FunctionDesign, Recognised, Refusal, WorkedExample } from './catalog-entry';
import { featureWords, glossIn, refuses, type Language } from './feature-words';
import { foldName, languagesWith, MONEY_FILLERS, SPELLED_WORDS, spelledRoute } from './money-words';
import { SPLIT_SHARES_CODE } from './split-shares-code';

/*
 * An uneven split (the money class): a total shared in proportion to weights, parts or percentages, each amount
 * rounded to the cent so that the amounts add up exactly to the total — rounded down first, the cents left one
 * each to the largest remainders, the earlier person first on a tie (100 by 1:2 is 33.33 and 66.67). Read spelled
 * out (one POST route sending a total and a list of weights, answering a list of amounts) or in free text, where
 * every word must be one of such a split or a filler and a proportion is said (weights, parts, percentages,
 * "anteilig", "au prorata"). Percentages must add up to 100. Each paying what they ordered, a tip on top,
 * rounding to 5 cents or equal parts are not read. A feature of its own with the split's refusals or rules
 * ("the percentages must add up to 100", "a negative weight returns 400") joins the endpoint.
 */

interface Names {
  total: string;
  shares: string;
  amounts: string;
}

const OWN: Names = { total: 'total', shares: 'shares', amounts: 'amounts' };

/** The split worked out in cents, apart from the emitted code: floors, then the largest remainders. */
export function splitReference(total: number, weights: number[]): number[] {
  const cents = BigInt(Math.round(total * 100));
  const w = weights.map((x) => BigInt(Math.round(x * 1000)));
  const sum = w.reduce((a, b) => a + b, 0n);
  const amounts = w.map((x) => (cents * x) / sum);
  const rests = w.map((x, i) => ({ i, rest: (cents * x) % sum }));
  rests.sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  const left = Number(cents - amounts.reduce((a, b) => a + b, 0n));
  for (const { i } of rests.slice(0, left)) amounts[i] += 1n;
  return amounts.map((c) => Number(c) / 100);
}

const SAMPLES: Record<'weights' | 'percent', [number, number[]][]> = {
  weights: [
    [100, [1, 2]],
    [120, [1, 2, 4]],
    [85.5, [3, 2, 2]],
    [90, [1, 2]],
    // A tie: the earlier person pays the cent left.
    [100, [1, 1, 1]],
  ],
  percent: [
    [61.37, [50, 30, 20]],
    [50, [20, 30, 50]],
    [33.33, [25, 25, 50]],
    [10.01, [50, 50]],
  ],
};

const GLOSS: Record<Language, string> = {
  en: ' Uneven split of a bill: each person pays the total in proportion to their weight, share or percentage.',
  de: ' Rechnung ungleich (anteilig) aufteilen: jede Person zahlt nach ihrem Anteil (Gewicht, Prozent); die Beträge ergeben zusammen genau den Betrag.',
  es: ' Dividir (repartir) la cuenta de forma desigual, en proporción a las partes (pesos, porcentajes) de cada persona.',
  fr: " Partager l'addition au prorata des parts (poids, pourcentages) de chacun ; la somme des montants égale le total.",
  it: ' Dividere il conto in parti diseguali, secondo le quote (pesi, percentuali) di ciascuno.',
  pt: ' Dividir a conta de forma desigual, proporcional às partes (pesos, percentagens) de cada pessoa.',
};

/** The design at `path` under `names`: weights, or percentages that must add up to 100. */
export function splitDesign(
  path: string,
  names: Names,
  percent: boolean,
  languages: Language[],
): FunctionDesign {
  const request = (total: number, shares: unknown[]) => ({ [names.total]: total, [names.shares]: shares });
  const examples: WorkedExample[] = SAMPLES[percent ? 'percent' : 'weights'].map(([total, weights]) => {
    const amounts = splitReference(total, weights);
    return {
      description: `${total} split by ${weights.join(percent ? ' %, ' : ':')}${percent ? ' %' : ''} is ${amounts.join(', ')}.`,
      input: request(total, weights),
      output: { [names.amounts]: amounts },
      inOrder: true as const,
    };
  });
  const said = percent ? 'percentages' : 'weights';
  const refusals: Refusal[] = [
    { description: `An empty list of ${said} is refused.`, input: request(100, []) },
    { description: `A negative ${said.slice(0, -1)} is refused.`, input: request(100, [60, -10, 50]) },
    { description: 'A negative total is refused.', input: request(-1, [50, 50]) },
    percent
      ? { description: 'Percentages adding up to 80 are refused.', input: request(100, [50, 30]) }
      : { description: 'Weights that are all 0 are refused.', input: request(100, [0, 0]) },
  ];
  return {
    function: SPLIT_SHARES_CODE.id,
    method: 'POST',
    path,
    summary:
      `Splits a total in proportion to ${said}${percent ? ' (which must add up to 100)' : ''}: each amount is ` +
      `total × ${said.slice(0, -1)} / sum, in cents rounded down, and the cents left go one each to the largest ` +
      'remainders (the earlier person first on a tie), so the amounts add up (sum) exactly to the total. A ' +
      `negative total or one above 1,000,000,000, an empty list or more than 1000 ${said}, a negative one` +
      (percent ? ' or percentages not adding up to 100' : ' or all of them 0') +
      ' are refused with 400.' +
      glossIn(GLOSS, languages),
    inputs: [
      {
        param: 'total',
        field: {
          name: names.total,
          type: 'number',
          required: true,
          description: 'The total to split (0 to 1000000000)',
          example: examples[0].input[names.total],
          minimum: 0,
          maximum: 1e9,
        },
      },
      {
        param: 'shares',
        field: {
          name: names.shares,
          type: 'number[]',
          required: true,
          description: `One ${said.slice(0, -1)} per person (0 or more${percent ? ', adding up to 100' : ', not all 0'})`,
          example: examples[0].input[names.shares],
          min_items: 1,
          max_items: 1000,
        },
      },
    ],
    outputs: [
      {
        result: 'amounts',
        field: names.amounts,
        description: 'One amount per person, in cents, adding up exactly to the total',
        example: examples[0].output[names.amounts],
      },
    ],
    options: { percent },
    examples,
    refusals,
  };
}

const split = (list: string) => list.split(/\s+/).filter((w) => w !== '');

const SPLIT_VERB =
  /^(?:split|splits|splitting|divide|divides|divided|dividing|share|shared|aufteilen|teilen|aufgeteilt|verteilen|verteilt|dividir|dividida|reparte|repartir|repartido|partager|partage|partagee|diviser|dividere|dividi|ripartire|ripartisci|dividido)$/;
const SHARE_NOUN =
  /^(?:weights?|shares?|parts?|ratios?|percentages?|percents?|anteil|anteile|anteilen|gewicht|gewichte|gewichtung|prozent|prozente|prozentsatz|prozentsatze|partes|pesos?|porcentajes?|proporcion|cuotas?|poids|pourcentages?|quote|quota|pesi|percentuali|percentuale|porcentage[nm]s?|percentage[nm]s?|proporcao)$/;
/** Share nouns that also name a mass ("weights", "Gewichte", "pesos", "poids", "pesi"). */
const MASS_NOUN = /^(?:weights?|gewicht|gewichte|pesos?|poids|pesi)$/;
const PROPORTION =
  /^(?:proportion|proportional|proportionally|prorata|anteilig|anteilmassig|ungleich|ungleichmassig|uneven|unevenly|unequal|unequally|desigual|desiguales|desigualmente|proporcion|proporcional|proporcionales|proporcionalmente|inegal|inegale|inegalement|proportionnel|proportionnelle|proportionnellement|diseguale|diseguali|disuguale|proporzione|proporzionale|proporzionalmente|desiguais|proporcionais)$/;
const PERCENT = /^(?:percent\w*|prozent\w*|porcent\w*|pourcent\w*|percentual\w*)$/;
const BILL =
  /^(?:bill|total|amount|sum|rechnung|betrag|gesamtbetrag|rechnungsbetrag|summe|cuenta|importe|addition|montant|somme|conto|totale|importo|conta|valor)$/;

/** Words an uneven split is said in, beside fillers (folded); anything else is not read. */
const KNOWN = new Set([
  ...MONEY_FILLERS,
  ...split(`
    split splits splitting divide divides divided dividing share shared aufteilen teilen aufgeteilt verteilen verteilt
    dividir dividida reparte repartir repartido se partager partage partagee diviser dividere dividi ripartire
    ripartisci dividido
    bill bills total totals amount amounts sum rechnung betrag betrage betraege gesamtbetrag rechnungsbetrag summe
    cuenta importe importes addition montant montants somme conto totale importo importi conta valor valores
    weight weights share shares part parts ratio ratios percentage percentages percent anteil anteile anteilen
    gewicht gewichte gewichtung prozent prozente parte partes peso pesos porcentaje porcentajes cuota cuotas poids
    pourcentage pourcentages quota quote pesi percentuale percentuali porcentagem porcentagens percentagem
    percentagens
    proportion proportional proportionally prorata anteilig anteilmassig ungleich ungleichmassig uneven unevenly
    unequal unequally desigual desiguales desigualmente forma proporcion proporcional proporcionales
    proporcionalmente inegal inegale inegalement proportionnel proportionnelle proportionnellement diseguale
    diseguali disuguale proporzione proporzionale proporzionalmente desiguais proporcionais according secondo segun
    selon nach gemass
    person persons people each everyone friend friends personen jeder jede jedem persona personas cada uno chacun
    chacune personne personnes ciascuno persone pessoa pessoas their his her ihrem ihrer seinem su sus son sa ses
    leur suo sua seu
    payment payments pays pay paid zahlt zahlen paga pagan paie paient pagano pagam
    rounded round cent cents centime centimes centimo centimos centesimo centesimi centavo centavos decimals
    gerundet redondeado redondeados arrondi arrondis arrotondato arrotondate arrotondati arredondado arredondados
    add adds adding up summing exactly exact exakt genau zusammen ergeben ergibt sumando suman exactamente egale
    exactement sommano esattamente somando somam exatamente match matches must muss mussen deben debe doivent
    doit devono deve devem 100 so that which que qui che dass aos alle ai agli delle parti
  `),
]);

const REFUSAL_WORDS = new Set(
  split(`
    negative negativ negativer negatives negativen negativo negativa negativos negatif negativi empty leer leere
    leeren vacia vacio vide vuota vuoto vazia vazio list liste lista otherwise sonst sino sinon altrimenti senao
    0 zero null cero 400 returns return refused rejected error ergibt gibt abgelehnt devuelve rechaza rechazado
    renvoie refuse refusee erreur restituisce rifiuta rifiutato errore retorna recusa recusado erro is are es son
    est sont e sao ist sind wird werden not no nicht
  `),
);

const SPELLED = new Set(SPELLED_WORDS);

const TOTAL_NAME =
  /^(?:total|amount|bill|sum|betrag|rechnung|rechnungsbetrag|gesamtbetrag|summe|gesamt|importe|cuenta|montant|addition|totale|importo|conto|valor|conta)(?:_total)?$/;
const SHARES_NAME =
  /^(?:weights|shares|parts|ratios|percentages|percents|anteile|gewichte|prozente|partes|pesos|porcentajes|poids|pourcentages|quote|pesi|percentuali|percentagens|porcentagens)$/;
const AMOUNTS_NAME =
  /^(?:amounts|shares|payments|splits|parts|betrage|betraege|anteile|importes|montants|importi|valores|quotas|quote|partes|pagos)$/;

function spelledNames(sent: LiteralField[], answered: LiteralField[]): Names | null {
  if (sent.length !== 2 || answered.length !== 1) return null;
  const total = sent.find((f) => TOTAL_NAME.test(foldName(f.name)) && f.type === 'number');
  const shares = sent.find(
    (f) => SHARES_NAME.test(foldName(f.name)) && f.type === 'array' && (f.element ?? 'number') === 'number',
  );
  const [amounts] = answered;
  if (!total || !shares || !AMOUNTS_NAME.test(foldName(amounts.name)) || amounts.type !== 'array')
    return null;
  if (amounts.element !== undefined && amounts.element !== 'number') return null;
  if (amounts.name === shares.name) return null;
  return { total: total.name, shares: shares.name, amounts: amounts.name };
}

const languagesOfSplit = (words: string[]): Language[] =>
  languagesWith(words, [
    ['de', /^(?:rechnung|anteil\w*|aufteilen|betrag\w*)$/],
    ['es', /^(?:cuenta|partes|reparte|repartir)$/],
    ['fr', /^(?:addition|partager|prorata|chacun)$/],
    ['it', /^(?:conto|quote|ciascuno|dividere)$/],
    ['pt', /^(?:conta|pesos|valores|dividir)$/],
  ]);

function recogniseSpelled(text: string): Recognised {
  const route = spelledRoute(text, ['POST']);
  if (!route) return null;
  const { path, literals, words, pathWords } = route;
  const names = spelledNames(literals.request, literals.response);
  if (!names) return null;
  if (words.some((w) => !KNOWN.has(w) && !SPELLED.has(w) && !pathWords.has(w))) return null;
  const percent = PERCENT.test(foldName(names.shares)) || words.some((w) => PERCENT.test(w));
  return { design: splitDesign(path, names, percent, languagesOfSplit(words)) };
}

function recogniseFree(text: string): Recognised {
  if (/[{}[\]/]/.test(text)) return null;
  const words = featureWords(text);
  if (words.some((w) => !KNOWN.has(w))) return null;
  if (!words.some((w) => SPLIT_VERB.test(w)) || !words.some((w) => BILL.test(w))) return null;
  if (!words.some((w) => PROPORTION.test(w) || (SHARE_NOUN.test(w) && w !== 'share'))) return null;
  const percent = words.some((w) => PERCENT.test(w));
  return { design: splitDesign('/split', OWN, percent, languagesOfSplit(words)) };
}

/** A feature of its own stating the split's rules or refusals (percentages adding up to 100, negatives → 400). */
function ruleLine(text: string): Recognised {
  if (/[{}[\]/]/.test(text)) return null;
  const words = featureWords(text);
  if (words.some((w) => !KNOWN.has(w) && !REFUSAL_WORDS.has(w))) return null;
  const ofSplit = (w: string) =>
    (SHARE_NOUN.test(w) && !MASS_NOUN.test(w)) ||
    /^(?:amounts|betrage|importes|montants|importi|valores)$/.test(w);
  // "negative weights are rejected" alone is a mass converter's refusal as much as a split's: not read here.
  if (!words.some(ofSplit)) return null;
  const percent = words.some((w) => PERCENT.test(w)) && words.includes('100');
  if (!percent && !refuses(words) && !words.includes('400')) return null;
  return {
    constraint: {
      function: SPLIT_SHARES_CODE.id,
      // Percentages that must add up to 100 are a rule of a split by percentages only.
      fits: (d) => !percent || d.options?.percent === true,
      refusals: (d) => d.refusals,
    },
  };
}

export const SPLIT_SHARES: CatalogFamily = {
  name: 'split-shares',
  functions: [SPLIT_SHARES_CODE],
  recognise(text: string): Recognised {
    if (readFeatureLiterals(text).routes.length > 0) return recogniseSpelled(text);
    return recogniseFree(text) ?? ruleLine(text);
  },
};
