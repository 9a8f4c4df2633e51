import type { EndpointSpec } from '../spec-contract';
import { readFeatureLiterals } from './feature-literals';
import { folded } from './quota-key-fidelity';

/*
 * Answers that carry the calls a caller has left, beside their own result: a route's written answer with such a
 * field ("GET /echo?msg=hi returns {"msg": "hi", "remaining": calls left this minute}") or a clause for every
 * answer ("every answer also says how many calls the key has left ("remaining")", "toda resposta diz também
 * quantas chamadas ainda restam"). Only a guard whose quota answers it under that name (`answer_as`) realises
 * such a feature; a `quota` endpoint or a usage read answers what is left by itself. What is left of an allowance
 * several callers share (a team, an organisation, everybody) is no caller's own count.
 */

/** Words of what is left: "left", "remaining", "restantes", "verbleibend", "noch bleiben", "quedan", "rimaste". */
const LEFT =
  /\b(left|remain\w*|restan\w*|restam|resta|restants?|reste\w*|verbleib\w*|bleib\w*|ubrig\w*|quedan?|rimast\w*|rimanent\w*|sobra\w*)\b/;
/** Words of what a quota counts. */
const CALLS =
  /\b(calls?|requests?|hits|anfragen|aufrufe\w*|abrufe\w*|llamadas|peticiones|solicitudes|consultas|chamadas|pedidos|requisicoes|appels|requetes|demandes|chiamate|richieste)\b/;
/** A field name of what is left. */
const LEFT_NAME =
  /^(left|remaining|\w+_left|left_\w+|remaining_\w+|\w+_remaining|rest|restantes?|restants?|verbleibend\w*|ubrig|rimanenti|rimaste|quedan)$/;
/** "every answer", "each response", "jede Antwort", "toda resposta", "cada respuesta", "chaque réponse", "ogni risposta". */
const EVERY_ANSWER =
  /\b(every|each|all|jede\w*|alle|tod[ao]s?|cada|chaque|toutes|tous|ogni|tutte)\s+(the\s+|die\s+|as\s+|las\s+|les\s+|le\s+)?(answers?|respons\w*|repl\w*|antwort\w*|respuestas?|respostas?|reponses?|rispost\w*)\b/;
/** Who else draws from what is left: a team, an organisation, everybody together. */
const SHARED =
  /\b(team|teams|organi[sz]ations?|org|company|group|equipo|equipe|organizacao|gruppo|firma|unternehmen|together|zusammen|juntos|ensemble|insieme|everybody|everyone|whole|all callers|alle)\b/;
/** A window said beside what is left, in seconds. */
const WINDOWS: [RegExp, number][] = [
  [/\b(second|sekunde|segundo|seconde|secondo)\b/, 1],
  [/\b(minute|minuten?|minuto)\b/, 60],
  [/\b(hour|stunde|hora|heure|ora)\b/, 3600],
  [/\b(day|today|tag|heute|dia|hoy|hoje|jour|aujourd\w*|giorno|oggi)\b/, 86400],
];

/** One mention of the calls left: the name it is answered under, and the words that say it. */
export interface CallsLeftMention {
  name: string;
  text: string;
}

/** Field names of a quota's usage besides what is left. */
const USAGE_NAME =
  /^(count|limit|reset\w*|used|\w+_used|used_\w+|usados?|verbraucht|genutzt|usati|utilises?|consumed|key|api_key|window\w*)$/;
/** A field name that says calls: "calls_left", "remaining_requests". */
const CALLS_NAME = /^((calls|requests|hits)_(left|remaining)|(left|remaining)_(calls|requests|hits))$/;
/** A feature about a guard or a quota: a key header, an API key, a quota, a 429. */
const GUARDED =
  /\bx-[a-z0-9-]+\b|\b(api[- ]?keys?|quotas?|rate[- ]limit\w*|429|kontingent\w*|cuotas?|cotas?)\b/;

/**
 * A response field of a route's written answer that is the calls left: one whose words say calls left
 * ("remaining": calls left this minute), or, written bare, a name saying calls ("calls_left") or a name of what is
 * left ("remaining") in a feature about a key header or a quota ("seats_left" of a workshop is no such field).
 */
function leftField(feature: string): CallsLeftMention | null {
  const guarded = GUARDED.test(folded(feature));
  const response = readFeatureLiterals(feature).response;
  // An answer of nothing but usage ({"verbleibend": integer}, {"used", "limit", "remaining"}) is a usage read.
  if (response.every((f) => LEFT_NAME.test(f.name) || USAGE_NAME.test(f.name))) return null;
  const field = response.find((f) => {
    const rule = f.rule === undefined ? '' : folded(f.rule);
    if (rule !== '') return LEFT.test(rule) && CALLS.test(rule);
    const counted = f.type === undefined || f.type === 'integer' || f.type === 'number';
    return counted && (CALLS_NAME.test(f.name) || (guarded && LEFT_NAME.test(f.name)));
  });
  return field ? { name: field.name, text: field.rule ?? '' } : null;
}

/** "every answer also says how many calls the key has left ("restantes")": the name (`remaining` when none). */
function clauseName(clause: string): string | null {
  const text = folded(clause);
  if (!EVERY_ANSWER.test(text) || !LEFT.test(text) || !CALLS.test(text)) return null;
  const quoted = /["“]([a-z][a-z0-9_]*)["”]/i.exec(clause)?.[1];
  if (quoted === undefined) return 'remaining';
  return LEFT_NAME.test(quoted.toLowerCase()) ? quoted : null;
}

/** The clauses of a feature ("…; …") that say every answer carries the calls left. */
export function callsLeftClauses(feature: string): string[] {
  return feature.split(/;\s*/).filter((c) => clauseName(c) !== null);
}

/** Every mention of the calls left in answers a feature makes: its answer's field, and clauses for every answer. */
export function callsLeftMentions(feature: string): CallsLeftMention[] {
  const field = leftField(feature);
  return [
    ...(field ? [field] : []),
    ...callsLeftClauses(feature).map((c) => ({ name: clauseName(c) ?? 'remaining', text: c })),
  ];
}

/** The name of a route's written calls-left field, if its answer writes one. */
export function callsLeftField(feature: string): string | null {
  return leftField(feature)?.name ?? null;
}

/** Whether a mention names the caller's own count, in no window other than `windowSeconds` (when known). */
export function ownCallsLeft(mention: CallsLeftMention, windowSeconds?: number): boolean {
  const text = folded(mention.text);
  if (SHARED.test(text)) return false;
  const said = WINDOWS.filter(([re]) => re.test(text)).map(([, s]) => s);
  return windowSeconds === undefined || said.every((s) => s === windowSeconds);
}

/**
 * A feature asking for the calls left in answers is realised only by a guard quota answering them under the name
 * it writes, counting the caller's own calls in the window it says; a `quota` endpoint or a usage read serving
 * it answers what is left by itself.
 */
export function callsLeftProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const mentions = callsLeftMentions(feature);
  if (mentions.length === 0) return [];
  if (endpoints.some((e) => e.behavior?.kind === 'quota' || e.behavior?.kind === 'quota_usage')) return [];
  const quota = endpoints.find((e) => e.guard?.quota)?.guard?.quota;
  const problems: string[] = [];
  for (const m of mentions) {
    if (!ownCallsLeft(m, quota?.window_seconds))
      problems.push(
        `its answers carry what is left of an allowance ("${m.text}") that is not the caller's own count in the quota's window`,
      );
    else if (quota?.answer_as !== m.name)
      problems.push(
        `its answers carry the calls left as "${m.name}", but ${quota ? `the quota answers ${quota.answer_as === undefined ? 'them only when refusing (429)' : `them as "${quota.answer_as}"`}` : 'no quota counts its calls'}`,
      );
  }
  return problems;
}
