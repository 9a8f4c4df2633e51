import { MONEY_FILLERS } from './money-words';

/*
 * The words a unit price is said in (six languages, folded): the units of a pack's size, the base its price is
 * given for ("per kg", "je 100 g", "al litro", "au kilo"), and the names of its fields. A feature saying anything
 * else is not read as a unit price.
 */

export type SizeUnit = 'g' | 'kg' | 'ml' | 'cl' | 'l';

/** Each unit a size is written in, by the words that name it. */
const UNIT_WORDS: Record<SizeUnit, RegExp> = {
  g: /^(?:g|gr|gram|grams|gramm|gramme|grammes|gramo|gramos|grammi|grammo|grama|gramas)$/,
  kg: /^(?:kg|kilo|kilos|kilogram|kilograms|kilogramm|kilogramme|kilogrammes|kilogramo|kilogramos|chilo|chili|chilogrammi|quilo|quilos|quilograma|quilogramas)$/,
  ml: /^(?:ml|millilitre|millilitres|milliliter|millilitern|mililitro|mililitros|millilitri|millilitro)$/,
  cl: /^(?:cl|centilitre|centilitres|centiliter|centilitro|centilitros|centilitri)$/,
  l: /^(?:l|litre|litres|liter|litern|liters|litro|litros|litri)$/,
};

/** The unit a word names, or null. */
export function unitOfWord(word: string): SizeUnit | null {
  const found = (Object.keys(UNIT_WORDS) as SizeUnit[]).find((u) => UNIT_WORDS[u].test(word));
  return found ?? null;
}

/** Whether a unit measures mass (g, kg) rather than volume. */
export const isMass = (u: SizeUnit): boolean => u === 'g' || u === 'kg';

/** Words that put a base after them ("per kg", "pro Liter", "je 100 g", "al litro", "au kilo", "por quilo"). */
const PER = new Set([
  'per',
  'pro',
  'je',
  'por',
  'al',
  'au',
  'le',
  'par',
  'pour',
  'ao',
  'a',
  'ogni',
  'cada',
  'each',
]);

/** Words joining a second base to a first ("per kg or litre", "je 100 g bzw. 100 ml"). */
const OR = new Set([
  'or',
  'oder',
  'bzw',
  'beziehungsweise',
  'o',
  'ou',
  'oppure',
  'and',
  'und',
  'y',
  'et',
  'e',
]);

/** The bases a feature's words give a price for: "per 100 g" (100, mass), "al litro" (1000, volume). */
export interface Bases {
  amounts: Set<number>;
  mass: boolean;
  volume: boolean;
  /** The words left once the bases are taken out (where the size's own units are said). */
  rest: string[];
}

/** The bases said in a list of folded words (`featureWords`), and the words around them. */
export function basesOf(words: string[]): Bases {
  const bases: Bases = { amounts: new Set(), mass: false, volume: false, rest: [] };
  let after = -1;
  for (let i = 0; i < words.length; i += 1) {
    const hundred = words[i + 1] === '100';
    // "je 100 g bzw. 100 ml": a conjunction right after a base starts the next one.
    const leads = PER.has(words[i]) || (after === i && OR.has(words[i]));
    const unit = leads ? unitOfWord(words[i + (hundred ? 2 : 1)] ?? '') : null;
    if (unit === null || (hundred ? unit === 'kg' || unit === 'l' : unit !== 'kg' && unit !== 'l')) {
      // "per kilo (g, kg) or litre (ml, l)": the units a base is said for keep the next conjunction joined to it.
      if (after === i && unitOfWord(words[i]) !== null) after = i + 1;
      bases.rest.push(words[i]);
      continue;
    }
    bases.amounts.add(hundred ? 100 : 1000);
    if (isMass(unit)) bases.mass = true;
    else bases.volume = true;
    i += hundred ? 2 : 1;
    after = i + 1;
  }
  return bases;
}

const split = (list: string) => list.split(/\s+/).filter((w) => w !== '');

/** Words a unit price is said in, beside fillers and units (folded); anything else is not read. */
export const UNIT_PRICE_KNOWN = new Set([
  ...MONEY_FILLERS,
  ...PER,
  ...split(`
    unit price prices pricing shelf label labels pack packs package packet packaging product products item its their
    size sizes weight weighs weighing content contents volume net amount quantity filled
    grundpreis grundpreise grundpreisrechner rechner preis preise packungspreis verkaufspreis packung packungen
    produkt produkte artikel gewicht nettogewicht menge fullmenge inhalt ihrem ihrer seinem seiner ihr sein bzw beziehungsweise
    precio precios unitario unitarios envase envases paquete producto productos peso contenido cantidad su sus
    prix unitaire unitaires emballage paquet produit produits poids contenu contenance quantite son sa ses leur
    prezzo prezzi unitario confezione confezioni prodotto prodotti contenuto quantita suo sua
    preco precos unitario embalagem pacote produto produtos conteudo quantidade seu sua
    calculator calculadora calculateur calcolatore 100 kilo
    rounded round gerundet arrondi redondeado arrotondato arredondado cent cents centime centimes centimo centimos
    centesimo centesimi centavo centavos decimals dezimalen decimales decimali decimais 2 euro euros eur
  `),
]);

/** Words of a refusal line ("a size of 0 or a negative price returns 400", "eine Füllmenge von 0 ergibt 400"). */
export const REFUSAL_WORDS = new Set(
  split(`
    negative negativ negativer negatives negativen negativo negativa negativos negativas negatif negative negativi
    0 zero null cero zéro 400 less below under unter weniger menos moins meno another other unknown andere anderen
    unbekannte otra otro desconocida autre autres inconnue altra altro sconosciuta outra outro desconhecida
    returns return refused rejected error ergibt ergeben gibt abgelehnt fehler devuelve rechaza rechazado rechazada
    error renvoie refuse refusee refusé erreur restituisce rifiuta rifiutato errore retorna recusa recusado erro
    is are es son est sont e sao ist sind wird werden viene vem value values wert werte valor valores valeur
    valeurs valore valori any jede jeder cualquier tout toute qualsiasi qualquer
  `),
);
