import { featureFidelity, type AcceptanceCheck } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { runCatalogFunction } from '../catalog/testing/run-function';
import { designSpec } from './spec-designer';
import { refusalTableTests, type RefusalRow } from './testing/refusal-rows';

/*
 * Refusal clauses of calculators and text tools, each a key feature of its own beside the feature that asks for
 * the computation (table first, written before the code): the number of people of a bill split ("at least one
 * person", "zero people is impossible"), the weight and height of a BMI ("zero, negative or missing is a client
 * error"), an empty text of a text tool ("empty text => 400", "un titre vide est refusé"), a card number with
 * letters or odd characters, and statuses the user writes (422) for those refusals. Six languages. A row is read
 * when the refusal is realised on the endpoint the other features designed, with a 4xx worked example sending the
 * refused value (the status it writes, else 400/422), the other features still realised. Accepting clauses of a
 * card check ("spaces between digit groups are ignored") are read when the check claims them with a worked example
 * sending such spaces that the emitted code answers. Near misses name what the intent does not have, or a status
 * the computation does not answer: they stay unrealised.
 */

const SPLIT = 'Split a restaurant bill with a tip percentage among several people and say what each one pays';
const SPLIT_SPELLED =
  'POST /split with {"bill": number, "tip_percent": number, "people": integer} returns {"tip", "total", "per_person"}, rounded to 2 decimals';
const TEILEN =
  'Eine Rechnung mit Trinkgeld in Prozent auf mehrere Personen aufteilen: wie viel zahlt jede Person';
const CUENTA = 'Dividir la cuenta con propina entre varias personas';
const PARTAGE =
  "Partager l'addition et un pourboire en pourcentage entre plusieurs personnes : la part de chacun";
const CONTO = 'Dividere il conto con la mancia in percentuale tra più persone: quanto paga ciascuno';
const CONTA = 'Dividir a conta com gorjeta em porcentagem entre várias pessoas: quanto cada uma paga';
const BMI = 'Compute the body mass index from weight in kilograms and height in metres';
const BMI_DE = 'Den BMI aus dem Gewicht in kg und der Größe in Metern berechnen';
const IMC_ES = 'Calcula el IMC a partir del peso en kilos y la altura en metros';
const IMC_FR = "Calculer l'IMC à partir du poids en kilos et de la taille en mètres";
const IMC_IT = "Calcolare l'indice di massa corporea da peso in kg e altezza in metri";
const IMC_PT = 'Calcular o IMC a partir do peso em kg e da altura em metros';
const STATS = 'Count the words, characters and sentences of a text';
const PALINDROME = 'Check whether a phrase is a palindrome';
const PALINDROMO = 'Verificare se una frase è palindroma';
const SLUG_FR = "À partir d'un titre, donner le slug pour l'URL";
const SLUG_DE = 'Aus einem Titel einen URL-Slug machen';
const PALABRAS = 'contar las palabras de un texto';
const PALAVRAS = 'contar as palavras e frases de um texto';
const LUHN = 'tell me whether a card number passes the Luhn checksum';
const LUHN_IT = 'Verificare un numero di carta di credito con Luhn';
const LUHN_ES = 'Comprobar si un número de tarjeta es válido con el algoritmo de Luhn';
const LUHN_DE = 'Prüfen, ob eine Kartennummer die Luhn-Prüfsumme besteht';
const LUHN_FR = "Vérifier un numéro de carte bancaire avec l'algorithme de Luhn";

const ROWS: RefusalRow[] = [
  // 1. bill split: the number of people, the bill
  { base: [SPLIT], text: 'the number of people has to be one or more' },
  { base: [SPLIT], text: 'there must always be at least one person' },
  { base: [SPLIT], text: 'sharing between zero people cannot work, and a bill cannot be negative' },
  { base: [SPLIT], text: 'people must be at least 1 and amounts cannot be negative' },
  { base: [SPLIT], text: 'a bill cannot be shared between zero people' },
  { base: [TEILEN], text: 'Es muss mindestens eine Person sein' },
  { base: [CUENTA], text: 'Tiene que haber al menos una persona y la cuenta no puede ser negativa' },
  { base: [PARTAGE], text: 'Il faut au moins une personne' },
  { base: [CONTO], text: 'Il numero di persone deve essere almeno 1' },
  { base: [CONTA], text: 'Não dá para dividir a conta entre zero pessoas' },
  // 2. BMI: weight and height
  { base: [BMI], text: 'zero, negative or absent weight or height is a client error (400)' },
  { base: [BMI], text: 'weights or heights that are zero or negative are rejected' },
  { base: [BMI_DE], text: 'Ein Gewicht oder eine Größe von null oder weniger ist ein Fehler' },
  { base: [IMC_ES], text: 'Un peso o una altura que sea cero o negativo se rechaza' },
  { base: [IMC_FR], text: 'Un poids ou une taille nuls ou négatifs sont refusés' },
  { base: [IMC_IT], text: 'Peso o altezza pari a zero o negativi sono un errore del client' },
  { base: [IMC_PT], text: 'Peso ou altura iguais a zero ou negativos devolvem 400' },
  {
    base: [BMI],
    text: 'weights and heights that are zero, negative or absurd (a height over 3 m, a weight over 600 kg) are refused',
  },
  // 3. text tools: an empty text
  { base: [STATS], text: 'an empty text is an error' },
  { base: [STATS], text: 'empty text => 400' },
  { base: [STATS], text: 'empty or blank text => 400' },
  { base: [PALINDROME], text: 'blank or whitespace-only input is rejected' },
  { base: [PALINDROMO], text: 'un testo vuoto va rifiutato con un errore' },
  { base: [SLUG_FR], text: 'un titre vide est refusé' },
  { base: [SLUG_DE], text: 'Ein leerer Titel ist ein Fehler' },
  { base: [PALABRAS], text: 'Un texto vacío devuelve un error' },
  { base: [PALAVRAS], text: 'Texto vazio é recusado' },
  // 4. card numbers: letters, odd characters, empty
  { base: [LUHN], text: 'a number with letters or other odd characters returns 400' },
  { base: [LUHN_IT], text: 'un numero vuoto o con lettere va rifiutato' },
  { base: [LUHN_ES], text: 'Un número con letras o símbolos raros devuelve 400' },
  { base: [LUHN_DE], text: 'Eine Nummer mit Buchstaben ist ungültig und ergibt 400' },
  // 5. a status written for the refusal: the service answers it
  {
    base: [SPLIT_SPELLED],
    text: 'people below 1, a negative bill or a negative tip_percent returns 422 with {"error": string}',
  },
  { base: [PARTAGE], text: "Moins d'une personne ou une addition négative renvoie 422" },
  { base: [BMI], text: 'a weight or height of zero or less answers 422' },
  { base: [TEILEN], text: 'Weniger als eine Person ergibt 422' },
];

/** Refusals naming what the intent does not have: never bound. */
const NEAR_MISSES: RefusalRow[] = [
  { base: [SPLIT], text: 'a weight of zero is refused' },
  { base: [BMI], text: 'there must always be at least one person' },
  { base: [LUHN], text: 'an empty title is rejected' },
  { base: [STATS], text: 'a negative bill is refused' },
  { base: [PALINDROME], text: 'the number of people has to be one or more' },
  { base: [SLUG_FR], text: 'un poids négatif est refusé' },
];

/** Rows not yet read, each failing its own check; the set shrinks as they are read (at the start: 16 of 34; now 0 of 35; "empty or blank text => 400" was added with the code, from an eval intent written before it). */
const NOT_YET_READ = new Set<string>([]);

describe('refusal clauses of calculators and text tools, bound to their endpoint', () => {
  refusalTableTests({
    rows: ROWS,
    nearMisses: NEAR_MISSES,
    notYetRead: NOT_YET_READ,
    statuses: [400, 422],
    atLeast: { rows: 35, nearMisses: 6 },
  });
});

describe('the gate on a status written for the refusals of a computation', () => {
  const refusal = "Moins d'une personne ou une addition négative renvoie 422";
  const judged = () =>
    designSpec(intentOf({ service_name: 'gate-422', key_features: [PARTAGE, refusal] })).contract;

  it("restates every refusal of the split's validation with 422, in its handler and its worked examples", () => {
    const contract = judged();
    const [split] = contract.endpoints;
    expect(split.behavior.kind === 'function' && split.behavior.refusal_status).toBe(422);
    const refusals = contract.acceptance.filter((c) => c.endpoint_id === split.id && c.kind === 'error');
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.map((c) => c.steps[c.steps.length - 1].expect.status)).toEqual(refusals.map(() => 422));
    expect(featureFidelity(contract, [refusal, PARTAGE]).map((f) => f.realised)).toEqual([true, true]);
  });

  it('refuses the feature once the split answers 400 again', () => {
    const contract = judged();
    for (const c of contract.acceptance)
      for (const step of c.steps) if (step.expect.status === 422) step.expect.status = 400;
    const [verdict] = featureFidelity(contract, [refusal, PARTAGE]);
    expect(verdict.realised).toBe(false);
    expect(verdict.problems.join(' ')).toContain('expects 422');
  });

  it('keeps 400 beside a feature writing 400 for the same endpoint (one status for its validation)', () => {
    const features = [PARTAGE, refusal, 'Un pourboire négatif renvoie 400'];
    const { contract } = designSpec(intentOf({ service_name: 'gate-422-400', key_features: features }));
    const verdicts = featureFidelity(contract, features);
    expect(verdicts.every((v) => v.realised)).toBe(false);
  });
});

/** An accepting clause of a card check: claimed with a worked example sending spaces (or dashes) it answers. */
interface AcceptRow {
  base: string[];
  text: string;
  /** The character the clause lets stand between the digit groups. */
  between: string;
}

const ACCEPT_ROWS: AcceptRow[] = [
  { base: [LUHN], text: 'spaces between digit groups are ignored', between: ' ' },
  { base: [LUHN_DE], text: 'Leerzeichen zwischen den Zifferngruppen werden ignoriert', between: ' ' },
  { base: [LUHN_FR], text: 'Les espaces entre les groupes de chiffres sont ignorés', between: ' ' },
  { base: [LUHN_ES], text: 'Los espacios entre los grupos de dígitos se ignoran', between: ' ' },
];

/** Accepting clauses naming what a card check does not do (it never ignores letters): never bound. */
const ACCEPT_NEAR_MISSES: RefusalRow[] = [
  { base: [LUHN], text: 'letters between digit groups are ignored' },
  { base: [STATS], text: 'spaces between digit groups are ignored' },
];

/** Accepting rows not yet read, each failing its own check (at the start: 4 of 4). */
const ACCEPT_NOT_YET_READ = new Set<string>([
  'spaces between digit groups are ignored',
  'Leerzeichen zwischen den Zifferngruppen werden ignoriert',
  'Les espaces entre les groupes de chiffres sont ignorés',
  'Los espacios entre los grupos de dígitos se ignoran',
]);

/** The first string a check's request sends. */
function sentString(c: AcceptanceCheck): string | null {
  const body = c.steps[0].request.body;
  if (typeof body !== 'object' || body === null) return null;
  const s = Object.values(body as Record<string, unknown>).find((v) => typeof v === 'string');
  return typeof s === 'string' ? s : null;
}

/** What goes wrong with an accepting row: '' when the card check claims it with a worked example showing it. */
function acceptRowProblem(row: AcceptRow): string {
  const { contract } = designSpec(
    intentOf({ service_name: 'accept-row', key_features: [...row.base, row.text] }),
  );
  const claiming = contract.endpoints.filter((e) => e.features.includes(row.text));
  const check = claiming.find(
    (e) => e.behavior.kind === 'function' && e.behavior.function === 'luhn.validate',
  );
  if (!check || check.behavior.kind !== 'function') return 'the card check does not claim it';
  const { options } = check.behavior;
  const shown = contract.acceptance.filter((c) => {
    const sent = sentString(c);
    if (c.endpoint_id !== check.id || c.kind !== 'happy' || sent === null) return false;
    if (!new RegExp(`\\d${row.between === ' ' ? ' ' : '-'}\\d`).test(sent)) return false;
    const run = runCatalogFunction(
      'luhn.validate',
      c.steps[0].request.body as Record<string, unknown>,
      options ?? {},
    );
    const answer = c.steps[0].expect.body_contains as Record<string, unknown> | undefined;
    return (
      run.ok &&
      !!answer &&
      Object.entries(answer).every(([k, v]) => JSON.stringify(run.value[k]) === JSON.stringify(v))
    );
  });
  if (shown.length === 0) return 'no worked example sends digit groups apart';
  const [verdict, ...others] = featureFidelity(contract, [row.text, ...row.base]);
  if (!verdict.realised) return `unrealised: ${verdict.problems.join('; ')}`;
  if (others.some((x) => !x.realised)) return 'the other features are no longer realised';
  return '';
}

describe('accepting clauses of card checks, bound to the check', () => {
  for (const row of ACCEPT_ROWS.filter((r) => !ACCEPT_NOT_YET_READ.has(r.text))) {
    it(`reads ${JSON.stringify(row.text)} on the card check`, () => {
      expect(acceptRowProblem(row)).toBe('');
    });
  }

  if (ACCEPT_NOT_YET_READ.size > 0) {
    it('still misses the accepting rows marked as not yet read (remove them from the list once read)', () => {
      const read = ACCEPT_ROWS.filter((r) => ACCEPT_NOT_YET_READ.has(r.text) && acceptRowProblem(r) === '');
      expect(read.map((r) => r.text)).toEqual([]);
    });
  }

  for (const row of ACCEPT_NEAR_MISSES) {
    it(`leaves ${JSON.stringify(row.text)} unrealised`, () => {
      const { contract } = designSpec(
        intentOf({ service_name: 'accept-miss', key_features: [...row.base, row.text] }),
      );
      expect(featureFidelity(contract, [row.text, ...row.base])[0].realised).toBe(false);
    });
  }
});
