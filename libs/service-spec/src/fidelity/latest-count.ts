/*
 * "The latest N" of a list, as features write it: "the last 10 messages", "the n most recent notes", "only the
 * last few (e.g. the latest 5)", "die neuesten 20 Einträge", "die letzten N", "los últimos 5 mensajes", "les 10
 * derniers", "gli ultimi 10", "as últimas N mensagens". The designer gives the list a count parameter (`limit`)
 * from what it reads here and the gate holds the list to it: one reader, so both read the words alike. A latest
 * N also says the order (newest first) when the feature states none (`stated-order.ts`).
 *
 * A number after "last" that counts something other than records ("the last 4 digits", "in the last 30 days")
 * is no latest N, nor is a retention rule ("keep only the last 100 readings"): a list showing the latest would
 * pass for it while the records stay.
 */

/** What a feature says about how many of the latest records a list answers. */
export interface LatestCount {
  /** A count the feature fixes ("the last 3 messages"): how many are answered when the client names none. */
  count?: number;
  /** The client says how many ("let me ask for only the last few", "?limit=<n>", "the last N"). */
  asked: boolean;
  /** The default count the feature states ("default 10", "10 by default"). */
  default_count?: number;
  /** The largest count the feature allows ("at most 50"). */
  max_count?: number;
  /** A larger count is answered with the maximum ("larger limits are capped") rather than refused. */
  capped: boolean;
  /** A figure the feature gives as an example of a count ("e.g. the latest 5"). */
  example?: number;
  /** The feature's words that state the latest N, folded. */
  said: string;
}

function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’`´]/g, "'").toLowerCase();
}

/** Words of the latest records, in the six languages (folded). */
const LATEST = String.raw`(?:latest|last|newest|most recent|letzte[nrs]?|neueste[nrs]?|jungste[nrs]?|ultim[oaie]s?|mas recientes|mas nuev[oa]s|derniere?s|plus recente?s|piu recenti|mais recentes)`;
/** How many: a figure, or a letter or "few" the client fills in. */
const COUNT = String.raw`(\d{1,4}|n|k|x|few|paar)`;
/** What a number after "last" counts when it counts no records. */
const UNIT = String.raw`(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|tage?n?|wochen?|monate?n?|jahren?|stunden?|minuten?|sekunden?|dias?|semanas?|mes(?:es)?|anos?|horas?|minutos?|segundos?|jours?|semaines?|mois|ans|annees?|heures?|giorni|settimane|mesi|anni|ore|minuti|secondi|digits?|characters?|chars?|letters?|ziffern?|zeichen|digitos?|caracteres?|chiffres?|cifre|caratteri|words?|worter|palabras?|mots?|parole|palavras?|bytes?|versions?)`;

const BEFORE = new RegExp(String.raw`(?:^|[^a-z0-9_])${LATEST}\s+${COUNT}(?![a-z0-9_])(?!\s+${UNIT}\b)`, 'g');
const AFTER = new RegExp(String.raw`(?:^|[^a-z0-9_])${COUNT}\s+${LATEST}(?![a-z0-9_])(?!\s+${UNIT}\b)`, 'g');
/** "only the last few", "nur die letzten", "ne … que les derniers", "solo gli ultimi": the client picks how many. */
const ONLY_LATEST = new RegExp(
  String.raw`\b(?:only|just|nur|solo|solamente|seulement|que|soltanto|so|apenas|somente)\s+(?:the |die |los |las |les |gli |le |i |os |as )?${LATEST}(?![a-z0-9_])(?!\s+${UNIT}\b)`,
);
/** A retention rule: the records beyond the latest are dropped, which no list shows. */
const RETAINS = new RegExp(
  String.raw`\b(?:keep|keeps|kept|retain\w*|stor\w+|behalt\w*|speicher\w*|guarda\w*|conserv\w*|mant\w*|garder|tenere)\s+(?:only\s+|nur\s+|solo\s+|seulement\s+|apenas\s+)?(?:the |die |los |las |les |gli |le |i |os |as )?${LATEST}\b`,
);
/** Words by which the client says how many. */
const ASKED =
  /\b(ask(?:s|ed)? for|let (?:me|us|them|users?|clients?) (?:ask|choose|pick)|when asked|if asked|on request|optional\w*|auf wunsch|wer (?:will|mochte)|wenn gewunscht|(?:poder|puede|pueda|quiere) pedir|pedir|demander|sur demande|chiedere|su richiesta|a pedido|query param\w*|parameter|parametro|parametre|how many|wie viele|cuant[oa]s|combien|quant[ie]|quant[oa]s)\b|[?&]\w+=/;
/** "(e.g. the latest 5)": a figure given as an example is no count the list keeps to. */
const EXAMPLE =
  /(?:^|[^a-z])(?:e\.? ?g\.?|for example|for instance|such as|z\.? ?b\.?|zum beispiel|por ejemplo|p\.? ?ej\.?|par exemple|ad esempio|per esempio|por exemplo)(?![a-z])[^)]*$/;
/** A count parameter described in words or spelled ("the limit parameter", "how many", "?limit="). */
const COUNT_ASKED =
  /\b(limit|how many|wie viele|cuant[oa]s|combien|quant[ie]|quant[oa]s)\b|[?&](?:limit|n|count|top|last)=/;
/** "the latest messages first", "die neuesten Einträge zuerst": newest first, said as what comes first. */
const LATEST_FIRST = new RegExp(
  String.raw`(?:^|[^a-z0-9_])${LATEST}(?:\s+[a-z]+){0,2}\s+(?:first|on top|zuerst|oben|primer[oa]s?|d'abord|en premier|prima|primeir[oa]s?)(?![a-z0-9_])`,
);
const DEFAULT =
  /\b(?:default(?:s| is| of)?|standardmassig|standard|por defecto|par defaut|predefinit[oa]|padrao|voreingestellt)\s*[:=]?\s*(\d{1,4})\b|\b(\d{1,4})\s+(?:\w+\s+)?(?:by default|standardmassig|por defecto|par defaut|di default|per default|por padrao)\b/;
const MAX = new RegExp(
  String.raw`\b(?:at most|no more than|maximum(?: of)?|max\.?|hochstens|maximal|como maximo|maximo|au plus|au maximum|al massimo|massimo|no maximo|up to)\s*[:=]?\s*(\d{1,4})\b(?!\s+${UNIT}\b)`,
);
const CAPPED =
  /\b(capped|clamped|cut (?:down )?to|treated as|begrenzt|gekappt|reduziert|se (?:limitan?|reducen?)|ramene\w*|plafonne\w*|ridott\w*|limitat[ie]|reduzid[oa]s?|limitad[oa]s?)\b/;

/** The latest N a feature states, or null when it states none. */
export function readLatestCount(feature: string): LatestCount | null {
  const text = folded(feature);
  if (RETAINS.test(text)) return null;
  const found = [...text.matchAll(BEFORE), ...text.matchAll(AFTER)].sort((a, b) => a.index - b.index);
  const only = ONLY_LATEST.exec(text);
  // "the latest messages first; the limit parameter says how many": a count of the latest, no figure written.
  const counted = LATEST_FIRST.test(text) && COUNT_ASKED.test(text);
  if (found.length === 0 && !only && !counted) return null;
  const figures = found.filter((m) => /^\d+$/.test(m[1]));
  // A figure only inside an example ("e.g. the latest 5") names no count of the list.
  const inExample = (m: RegExpMatchArray) => EXAMPLE.test(text.slice(0, (m.index ?? 0) + 1));
  const fixed = figures.find((m) => !inExample(m));
  const example = figures.find(inExample);
  const asked =
    ASKED.test(text) ||
    found.some((m) => !/^\d+$/.test(m[1])) ||
    only !== null ||
    counted ||
    (figures.length > 0 && !fixed);
  const def = DEFAULT.exec(text);
  const max = MAX.exec(text);
  const said = (fixed ?? found[0] ?? only)?.[0].trim() ?? COUNT_ASKED.exec(text)?.[0] ?? '';
  return {
    ...(fixed ? { count: Number(fixed[1]) } : {}),
    asked,
    ...(def ? { default_count: Number(def[1] ?? def[2]) } : {}),
    ...(max ? { max_count: Number(max[1]) } : {}),
    capped: max !== null && CAPPED.test(text),
    ...(example ? { example: Number(example[1]) } : {}),
    said,
  };
}
