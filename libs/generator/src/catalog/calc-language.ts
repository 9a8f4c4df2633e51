import type { FunctionDesign } from './catalog-entry';

/*
 * The calculations in the languages features are written in. A contract written for a German or Portuguese
 * feature describes its computation in that language too (a sentence added to the summary), so that the
 * feature's own words ("Trinkgeld", "Rechnung", "peso", "altura") are the realisation's words.
 */

export type Language = 'en' | 'de' | 'es' | 'fr' | 'it' | 'pt';

const markers = (list: string): string[] => list.split(/\s+/).filter((w) => w !== '');

/** The words of a rounding to `decimals` places, by language (none past 4: a mean nobody asked to round). */
const ROUNDED: Record<Exclude<Language, 'en'>, [string[], (n: string) => string]> = {
  de: [['keine', 'eine', 'zwei', 'drei', 'vier'], (n) => `, auf ${n} Nachkommastellen gerundet`],
  es: [['cero', 'un', 'dos', 'tres', 'cuatro'], (n) => `, redondeada a ${n} decimales`],
  fr: [['zéro', 'une', 'deux', 'trois', 'quatre'], (n) => ` (arrondie à ${n} décimales)`],
  it: [['zero', 'un', 'due', 'tre', 'quattro'], (n) => ` (arrotondata a ${n} decimali)`],
  pt: [['zero', 'uma', 'duas', 'três', 'quatro'], (n) => ` (arredondada a ${n} casas decimais)`],
};

function rounded(d: FunctionDesign, language: Exclude<Language, 'en'>): string {
  const decimals = Number(d.options?.decimals ?? 10);
  const [numbers, say] = ROUNDED[language];
  return decimals < numbers.length ? say(numbers[decimals]) : '';
}

/** Words only one of the languages writes often (folded), with some of each language's words of these domains. */
const MARKERS: Record<Exclude<Language, 'en'>, string[]> = {
  de: markers(`der die das und ein eine einer einen eines aus mit von fur ist sind den dem bis zum zur auf oder
    wird werden pro ob berechnen ermitteln prufen aufteilen trinkgeld rechnung primzahl primzahlen geburtsdatum
    kredit kredits darlehen zahlen gewicht grosse mittelwert durchschnitt monatliche`),
  es: markers(`el los las y hasta desde su sus cuantos calcular obtener comprobar propina cuenta edad nacimiento
    prestamo cuota promedio estatura desviacion tipica muestral poblacional puede pueden queda quedan hay`),
  fr: markers(`le les du et quel avec pour par est une jusqu d qu au aux sur leur calculer verifier pourboire
    addition naissance pret mensualite nombres nombre premiers premier poids taille moyenne`),
  it: markers(`il lo gli della delle dello degli di dal dalla dai dall fino tra calcolare verificare mancia conto
    quanti anni nata nato eta nascita mutuo prestito rata numeri numero primi primo altezza`),
  pt: markers(
    `o os do dos das um uma em ao ate quantos gorjeta conta idade nascimento emprestimo prestacao parcela`,
  ),
};
/** English words, so that an English feature with a borrowed word stays English. */
const ENGLISH = markers('the of and from to with for is an on by each whether compute calculate');

/** The language a feature is written in, from its words; English when no other language clearly leads. */
export function languageOf(words: string[]): Language {
  const distinct = [...new Set(words)];
  const score = (list: string[]) => distinct.filter((w) => list.includes(w)).length;
  let best: Language = 'en';
  let top = score(ENGLISH);
  let tie = false;
  for (const [language, list] of Object.entries(MARKERS) as [Language, string[]][]) {
    const s = score(list);
    if (s > top) [best, top, tie] = [language, s, false];
    else if (s === top && s > 0) tie = true;
  }
  return tie ? 'en' : best;
}

type Gloss = (design: FunctionDesign) => string;

/** The computation of each function in each language: what it reads, what it answers, what it refuses. */
const GLOSSES: Record<string, Record<Exclude<Language, 'en'>, Gloss>> = {
  'calc.tip_split': {
    de: () =>
      'Trinkgeld berechnen und die Rechnung aufteilen (auf mehrere Personen verteilen): Trinkgeld = Rechnungsbetrag × Trinkgeld in Prozent / 100, Gesamtbetrag = Rechnung + Trinkgeld, Betrag pro Person = Gesamtbetrag / Anzahl der Personen, auf Cent gerundet; eine negative Rechnung oder keine Personen werden abgelehnt.',
    es: () =>
      'Calcular la propina y dividir la cuenta entre varias personas (comensales): propina = importe (monto) de la cuenta × porcentaje de propina / 100, total = cuenta + propina, importe por persona (cuánto paga cada uno) = total / número de personas, redondeado a céntimos; una cuenta negativa o cero personas se rechazan.',
    fr: () =>
      "Calculer le pourboire et partager (diviser) l'addition entre plusieurs personnes (convives) : pourboire = montant de l'addition × pourcentage de pourboire / 100, total = addition + pourboire, part par personne = total / nombre de personnes, arrondi au centime ; une addition négative ou zéro personne est refusée.",
    it: () =>
      'Calcolare la mancia e dividere il conto tra più persone: mancia = importo del conto × percentuale di mancia / 100, totale = conto + mancia, quota a persona = totale / numero di persone, arrotondato ai centesimi; un conto negativo o zero persone vengono rifiutati.',
    pt: () =>
      'Calcular a gorjeta e dividir a conta entre várias pessoas: gorjeta = valor da conta × percentagem (porcentagem) da gorjeta / 100, total = conta + gorjeta, valor por pessoa = total / número de pessoas, arredondado aos centavos; uma conta negativa ou zero pessoas são recusadas.',
  },
  'calc.bmi': {
    de: (d) =>
      `Body-Mass-Index (BMI, Körpermasseindex) aus dem Körpergewicht in Kilogramm (kg) und der Körpergröße in ${d.options?.height_unit === 'cm' ? 'Zentimetern (cm)' : 'Metern (m)'}: BMI = Gewicht / Größe², mit der Kategorie nach WHO; ein Gewicht oder eine Größe, die nicht positiv sind, werden abgelehnt.`,
    es: (d) =>
      `Índice de masa corporal (IMC) a partir del peso en kilos (kilogramos, kg) y la altura (estatura) en ${d.options?.height_unit === 'cm' ? 'centímetros (cm)' : 'metros (m)'}: IMC = peso / altura², con su categoría de la OMS; un peso o una altura que no sean positivos se rechazan.`,
    fr: (d) =>
      `Indice de masse corporelle (IMC) à partir du poids en kilos (kilogrammes, kg) et de la taille en ${d.options?.height_unit === 'cm' ? 'centimètres (cm)' : 'mètres (m)'} : IMC = poids / taille², avec sa catégorie de l'OMS ; un poids ou une taille qui n'est pas positif est refusé.`,
    it: (d) =>
      `Indice di massa corporea (IMC, BMI) dal peso in chili (chilogrammi, kg) e dall'altezza in ${d.options?.height_unit === 'cm' ? 'centimetri (cm)' : 'metri (m)'}: IMC = peso / altezza², con la sua categoria OMS; un peso o un'altezza non positivi vengono rifiutati.`,
    pt: (d) =>
      `Índice de massa corporal (IMC) a partir do peso em quilos (quilogramas, kg) e da altura em ${d.options?.height_unit === 'cm' ? 'centímetros (cm)' : 'metros (m)'}: IMC = peso / altura², com a sua categoria da OMS; um peso ou uma altura que não sejam positivos são recusados.`,
  },
  'calc.statistics': {
    de: (d) =>
      `Statistik einer Liste von Zahlen (Zahlenliste, auch Noten: eine Note je Zahl): Anzahl, Mittelwert (Durchschnitt${rounded(d, 'de')}), Median, Minimum und Maximum${d.options?.deviation === 'population' ? ', Varianz und Standardabweichung der Grundgesamtheit (Population: durch n geteilt, nicht die der Stichprobe)' : d.options?.deviation === 'sample' ? ', Varianz und Standardabweichung der Stichprobe (durch n − 1 geteilt)' : ''}; eine leere Liste wird abgelehnt.`,
    es: (d) =>
      `Estadísticas de una lista de números (también notas o calificaciones: una nota por número): cantidad, media (promedio${rounded(d, 'es')}), mediana, mínimo y máximo${d.options?.deviation === 'population' ? ', varianza y desviación típica (estándar) poblacional (dividida entre n, no la muestral)' : d.options?.deviation === 'sample' ? ', varianza y desviación típica (estándar) muestral (de la muestra, dividida entre n − 1)' : ''}; una lista vacía se rechaza.`,
    fr: (d) =>
      `Statistiques d'une liste de nombres (aussi de notes : une note par nombre) : nombre de valeurs, moyenne${rounded(d, 'fr')}, médiane, minimum et maximum${d.options?.deviation === 'population' ? ", variance et écart type de la population (divisé par n, pas celui de l'échantillon)" : d.options?.deviation === 'sample' ? ", variance et écart type de l'échantillon (corrigé, divisé par n − 1)" : ''} ; une liste vide est refusée.`,
    it: (d) =>
      `Statistiche di una lista (elenco) di numeri (anche di voti: un voto per numero): conteggio, media${rounded(d, 'it')}, mediana, minimo e massimo; una lista vuota viene rifiutata.`,
    pt: (d) =>
      `Estatísticas de uma lista de números (também de notas: uma nota por número): quantidade, média${rounded(d, 'pt')}, mediana, mínimo e máximo; uma lista vazia é recusada.`,
  },
  'calc.is_prime': {
    de: () =>
      'Prüfen, ob eine ganze Zahl eine Primzahl ist (nur durch 1 und sich selbst teilbar); 0, 1 und negative Zahlen sind keine Primzahlen.',
    es: () =>
      'Comprobar (verificar) si un número entero es primo (divisible solo por 1 y por sí mismo); 0, 1 y los números negativos no son primos.',
    fr: () =>
      'Vérifier si un nombre entier est premier (divisible seulement par 1 et par lui-même) ; 0, 1 et les nombres négatifs ne sont pas premiers.',
    it: () =>
      'Verificare se un numero intero è primo (divisibile solo per 1 e per se stesso); 0, 1 e i numeri negativi non sono primi.',
    pt: () =>
      'Verificar se um número inteiro é primo (divisível apenas por 1 e por ele mesmo); 0, 1 e os números negativos não são primos.',
  },
  'calc.primes_up_to': {
    de: (d) =>
      `Alle Primzahlen kleiner oder gleich einer Obergrenze (bis zu einer Grenze, einem Limit) von höchstens ${String(d.options?.max_limit)} auflisten, mit ihrer Anzahl; eine größere Grenze wird abgelehnt.`,
    es: (d) =>
      `Listar los números primos hasta un límite (como máximo ${String(d.options?.max_limit)}), con su cantidad; un límite mayor se rechaza.`,
    fr: (d) =>
      `Lister les nombres premiers jusqu'à une limite (au plus ${String(d.options?.max_limit)}), avec leur nombre ; une limite plus grande est refusée.`,
    it: (d) =>
      `Elencare i numeri primi fino a un limite (al massimo ${String(d.options?.max_limit)}), con il loro numero; un limite maggiore viene rifiutato.`,
    pt: (d) =>
      `Listar os números primos até um limite (no máximo ${String(d.options?.max_limit)}), com a sua quantidade; um limite maior é recusado.`,
  },
  'calc.age': {
    de: () =>
      'Alter (wie alt eine Person ist) in ganzen Jahren aus dem Geburtsdatum (JJJJ-MM-TT) zu einem Stichtag (Referenzdatum); ein Geburtsdatum nach dem Stichtag oder ein ungültiges Datum wird abgelehnt.',
    es: () =>
      'Calcular la edad (cuántos años tiene una persona) en años cumplidos según la fecha de nacimiento, a una fecha de referencia; una fecha de nacimiento posterior o una fecha inválida se rechaza.',
    fr: () =>
      "Calculer l'âge (quel âge a une personne) en années révolues à partir de la date de naissance, à une date de référence ; une date de naissance postérieure ou une date invalide est refusée.",
    it: () =>
      "Calcolare l'età (quanti anni ha una persona) in anni compiuti dalla data di nascita, a una data di riferimento; una data di nascita successiva o una data non valida viene rifiutata.",
    pt: () =>
      'Calcular a idade (quantos anos tem uma pessoa) em anos completos a partir da data de nascimento, numa data de referência; uma data de nascimento posterior ou uma data inválida é recusada.',
  },
  'calc.loan_payment': {
    de: (d) =>
      `Monatliche Rate (Annuität) eines Kredits (Darlehens) aus dem Kreditbetrag (Darlehensbetrag), dem jährlichen Zinssatz (Jahreszins) in Prozent und der Laufzeit in ${d.options?.term_unit === 'years' ? 'Jahren' : 'Monaten'}, auf Cent gerundet; dazu wird angegeben, wie viel insgesamt zurückgezahlt wird (Gesamtbetrag) und wie viel davon Zinsen sind. Bei 0 % Zins wird der Betrag gleichmäßig auf die Monate verteilt (Rate = Betrag / Monate); ein negativer Betrag oder eine Laufzeit von 0 ${d.options?.term_unit === 'years' ? 'Jahren' : 'Monaten'} wird abgelehnt.`,
    es: (d) =>
      `Cuota mensual de un préstamo (hipoteca, crédito) a partir del capital (importe), la tasa (tipo) de interés anual en porcentaje y el plazo en ${d.options?.term_unit === 'years' ? 'años' : 'meses'}, con el total pagado y los intereses, redondeado a céntimos. Con un interés del 0 % el importe se reparte por igual entre los meses (cuota = importe / meses); un importe negativo o un plazo de cero ${d.options?.term_unit === 'years' ? 'años' : 'meses'} se rechaza.`,
    fr: (d) =>
      `Mensualité d'un prêt (emprunt, crédit) à partir du capital (montant emprunté), du taux d'intérêt annuel en pourcentage et de la durée en ${d.options?.term_unit === 'years' ? 'années' : 'mois'}, avec le coût total et les intérêts, arrondi au centime. À un taux de 0 % le montant est réparti également sur les mois (mensualité = montant / mois) ; un montant négatif ou une durée de zéro ${d.options?.term_unit === 'years' ? 'année' : 'mois'} est refusé.`,
    it: (d) =>
      `Rata mensile di un mutuo (prestito, finanziamento) dal capitale (importo), dal tasso di interesse annuo in percentuale e dalla durata in ${d.options?.term_unit === 'years' ? 'anni' : 'mesi'}, con il totale pagato e gli interessi, arrotondato ai centesimi. Con un tasso dello 0 % l'importo è ripartito in parti uguali sui mesi (rata = importo / mesi); un importo negativo o una durata di zero ${d.options?.term_unit === 'years' ? 'anni' : 'mesi'} è rifiutato.`,
    pt: (d) =>
      `Prestação mensal (parcela) de um empréstimo (financiamento) pelo sistema Price (tabela Price) a partir do capital (valor), da taxa de juros anual em percentagem e do prazo em ${d.options?.term_unit === 'years' ? 'anos' : 'meses'}, com o total pago e os juros, arredondado aos centavos. Com juros de 0 % o valor é dividido igualmente pelos meses (parcela = valor / meses); um valor negativo ou um prazo de zero ${d.options?.term_unit === 'years' ? 'anos' : 'meses'} é recusado.`,
  },
};

/** The language whose description a design's summary carries (English when it carries none). */
export function summaryLanguage(design: FunctionDesign): Language {
  const glosses = GLOSSES[design.function] ?? {};
  for (const [language, gloss] of Object.entries(glosses) as [Language, Gloss][]) {
    if (design.summary.includes(gloss(design))) return language;
  }
  return 'en';
}

/** The design with its computation also described in `language` (unchanged for English). */
export function localised(design: FunctionDesign, language: Language): FunctionDesign {
  const gloss = language === 'en' ? undefined : GLOSSES[design.function]?.[language];
  return gloss ? { ...design, summary: `${design.summary} ${gloss(design)}` } : design;
}
