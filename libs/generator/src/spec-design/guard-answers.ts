import {
  callsLeftClauses,
  callsLeftField,
  callsLeftMentions,
  ownCallsLeft,
  readFeatureLiterals,
  type EndpointResponse,
  type EndpointSpec,
} from '@sf/service-spec';

/*
 * A guarded route that answers, beside its own result, how many calls its caller has left ("GET /echo?msg=hi
 * returns {"msg": "hi", "remaining": calls left this minute}", "every answer also says how many calls the key has
 * left ("remaining")", "toda resposta diz também quantas chamadas ainda restam"): calls-left.ts in service-spec
 * reads the mentions. The guard's quota carries the name (`answer_as`); the route's own behaviour is designed
 * without the field. What is left of an allowance several callers share is not read, so the gate refuses it.
 */

/**
 * The name every counted answer carries the calls left under, when the features ask for it and every mention
 * agrees on a name and names the caller's own count in the quota's window; undefined otherwise.
 */
export function callsLeftName(features: string[], windowSeconds: number): string | undefined {
  const mentions = features.flatMap(callsLeftMentions);
  if (mentions.length === 0 || !mentions.every((m) => ownCallsLeft(m, windowSeconds))) return undefined;
  const names = new Set(mentions.map((m) => m.name));
  return names.size === 1 ? [...names][0] : undefined;
}

/** Whether a whole feature (no route) only says every answer carries the calls left. */
export function onlySaysCallsLeft(feature: string): boolean {
  return readFeatureLiterals(feature).routes.length === 0 && callsLeftClauses(feature).length > 0;
}

/** The end (exclusive) of the written field value starting at `from`: the next `,`, `}` or `]` outside brackets. */
function valueEnd(text: string, from: number): number {
  let depth = 0;
  for (let at = from; at < text.length; at += 1) {
    const ch = text[at];
    if (ch === '{' || ch === '[') depth += 1;
    else if (ch === '}' || ch === ']') {
      if (depth === 0) return at;
      depth -= 1;
    } else if (ch === ',' && depth === 0) return at;
  }
  return text.length;
}

/**
 * The feature without what the guard answers: the calls-left field taken out of its written answer
 * (`{"msg": "hi", "remaining": calls left}` → `{"msg": "hi"}`) and clauses saying every answer carries it dropped.
 */
export function withoutCallsLeft(feature: string): string {
  const name = callsLeftField(feature);
  let text = feature;
  const at = name === null ? -1 : text.indexOf(`"${name}"`);
  if (at >= 0) {
    const before = text.slice(0, at).replace(/,\s*$/, '');
    const rest = text.slice(valueEnd(text, at));
    text = before + (before.trimEnd().endsWith('{') ? rest.replace(/^,\s*/, '') : rest);
  }
  const said = new Set(callsLeftClauses(text));
  return text
    .split(/;\s*/)
    .filter((c) => !said.has(c))
    .join('; ');
}

/** The 2xx answers of a counted endpoint with the calls left after a fresh caller's first call shown. */
export function withCallsLeftShown(e: EndpointSpec): EndpointResponse[] {
  const quota = e.guard?.quota;
  if (quota?.answer_as === undefined) return e.responses;
  const name = quota.answer_as;
  return e.responses.map((r) => {
    const body = r.example;
    if (r.status >= 300 || body === null || typeof body !== 'object' || Array.isArray(body)) return r;
    return { ...r, example: { ...body, [name]: quota.limit - 1 } };
  });
}
