import { machineFields } from '../state-machine';
import type { EndpointSpec, SpecContract } from '../spec-contract';
import type { FeatureLiterals } from './feature-literals';

/** Fields the server starts for every record: a machine's state, a count an adjustment moves (votes from 0). */
export function startedFields(
  contract: Pick<SpecContract, 'endpoints'> | undefined,
  resource: string,
): string[] {
  const endpoints = contract?.endpoints ?? [];
  const adjusted = endpoints.flatMap((e) =>
    e.behavior?.kind === 'adjust' && e.behavior.resource === resource ? [e.behavior.field] : [],
  );
  return [...machineFields({ endpoints }, resource), ...adjusted];
}

/**
 * A state or count a create's literal answer writes (`"state": "open"`, `"votes": 0`) is where the records start,
 * or the answer lies: one problem per written value its resource does not start with.
 */
export function startedProblems(
  target: EndpointSpec,
  literals: FeatureLiterals,
  contract: SpecContract | undefined,
): string[] {
  if (target.behavior?.kind !== 'create') return [];
  const made = target.behavior.resource;
  const fields = (contract?.resources ?? []).find((r) => r.name === made)?.fields ?? [];
  const driven = startedFields(contract, made);
  // A field the answer writes and the request does not send starts where its default says (`"votes": 0`).
  const sent = new Set(literals.request.map((f) => f.name));
  const defaulted = fields.filter((f) => f.default !== undefined && !sent.has(f.name)).map((f) => f.name);
  const problems: string[] = [];
  for (const f of literals.response) {
    if (!driven.includes(f.name) && !defaulted.includes(f.name)) continue;
    const start = fields.find((x) => x.name === f.name)?.default;
    if (f.enum?.length === 1 && f.enum[0] !== start) {
      problems.push(
        `${target.method} ${target.path} answers "${f.name}": ${JSON.stringify(f.enum[0])}, but its records start ${JSON.stringify(start ?? null)}`,
      );
    }
  }
  return problems;
}

/** The word for a record's state, in the intents' languages. */
const STATE_WORD = String.raw`(?:status|state|stage|zustand|estado|statut|[ée]tat|stato)`;
/** "start with", "beginnen mit dem", "empiezan en", "commencent à l'", "partono nello", "começam com o". */
const STARTS = String.raw`(?:start(?:s|ed)?(?:\s+out|\s+off)?|begin(?:s|nt)?|beginnen|starte[nt]?|empieza[n]?|comienza[n]?|arranca[n]?|commence(?:nt)?|d[ée]marre(?:nt)?|parte|partono|inizia(?:no)?|comincia(?:no)?|come[cç]a(?:m)?|inicia(?:m)?)`;
const LINK = String.raw`(?:with|as|in|at|mit|im|en|con|como|à|a|avec|dans|nello|nella|da|com|em|no|na)`;
const ARTICLE = String.raw`(?:(?:the|a|dem|der|el|la|le|l['’]|lo|o)\s*)?`;
/**
 * "new tickets start with status "open"", "startet im Status offen", "parte nello stato "in_attesa"", "começa com
 * o status 'aberto'": the value records start with. Quoted values are read with or without a state word; a bare
 * value only after one ("start in state draft"), so "begins with a capital letter" states no start.
 */
const STARTED_QUOTED = new RegExp(
  String.raw`\b${STARTS}\s+${LINK}\s+${ARTICLE}(?:${STATE_WORD}\s+)?(?:of\s+)?["“„«'‘]\s*([\p{L}\d_-]+)\s*["”“»'’]`,
  'iu',
);
const STARTED_BARE = new RegExp(
  String.raw`\b${STARTS}\s+${LINK}\s+${ARTICLE}${STATE_WORD}\s+(?:of\s+)?([\p{L}\d_-]+)`,
  'iu',
);

/** New records, in the intents' languages ("new tickets", "neue Tickets", "un nouveau ticket", "nuovi ticket"). */
const NEW = String.raw`(?:new|fresh|newly created|neue[nrs]?|nuev[oa]s?|nouve(?:au|aux|lle|lles)|nuov[oaie]|nov[oa]s?)`;
const HAVE = String.raw`(?:have|has|get|gets|haben|hat|bekommen|bekommt|tiene|tienen|tem|t[êe]m|a|ont|ha|hanno)`;
/**
 * "new tickets have status open", "neue Tickets haben den Status offen", "un nouveau ticket a le statut « ouvert »":
 * the records' state said as what new ones have (a blind intent's tickets deployed without any status).
 */
const STARTED_HAVE = new RegExp(
  String.raw`\b${NEW}\s+\p{L}+\s+${HAVE}\s+(?:(?:the|a|den|dem|der|el|la|le|l['’]|lo|il|o)\s*)?${STATE_WORD}\s+(?:of\s+)?["“„«'‘]?\s*([\p{L}\d_-]+)`,
  'iu',
);

/**
 * The create's answer said in words, with the state quoted: "answers the new ticket with its id and a status of
 * 'new'", "die Antwort enthält die id und den Status "neu"", "la respuesta trae el aviso con su id y el estado
 * 'pendiente'", "répond avec le statut « reçue »", "risponde con lo stato "aperta"", "responde com o status
 * 'aberto'". Only one quoted state (a list of states, "'open' or 'closed'", is no start); the value as written.
 */
const ANSWERED = new RegExp(
  String.raw`\b(?:answers?|answered|returns?|responds?|replies|reply|antwort|antwortet|liefert|respuesta|responde|devuelve|trae|r[ée]ponse|r[ée]pond|renvoie|retourne|risposta|risponde|restituisce|resposta|devolve|retorna)\b[^.;]{0,100}?(?<![\p{L}])` +
    String.raw`(status|state|zustand|estado|statut|[ée]tat|stato)\s+(?:(?:of|de|di|do|da)\s+)?["'«„“‘’]\s*([\p{L}][\p{L}\d_-]{1,30})\s*["'»”“’](?!\s*(?:or|oder|o|ou|,)\s*["'«„“‘’])`,
  'iu',
);

/**
 * The state field and value a create's answer says in words (`ANSWERED`), or null; never in a feature that writes
 * a route (a spelled route writes its answer as a shape). The field is the state word, lower case, unaccented.
 */
export function answeredStart(feature: string): { field: string; value: string } | null {
  if (/\b(?:GET|POST|PUT|PATCH|DELETE)\s+\//.test(feature)) return null;
  const m = ANSWERED.exec(feature);
  if (!m) return null;
  const field = m[1].normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return { field, value: m[2] };
}

/** The state a feature says new records start in ("open"), or null. */
export function statedStart(feature: string): string | null {
  const m = STARTED_QUOTED.exec(feature) ?? STARTED_BARE.exec(feature) ?? STARTED_HAVE.exec(feature);
  return m ? m[1] : (answeredStart(feature)?.value ?? null);
}

/**
 * A feature that says where new records start ("new tickets start with status "open"") is realised only where a
 * record of its realisation starts there: a field of the created resource whose default is that value.
 */
export function startedStateProblems(contract: SpecContract, feature: string): string[] {
  const start = statedStart(feature);
  if (start === null) return [];
  const served = contract.endpoints.filter((e) => e.features.includes(feature));
  const resources = new Set(
    served.flatMap((e) => {
      const b = e.behavior as { resource?: unknown } | undefined;
      return typeof b?.resource === 'string' ? [b.resource] : [];
    }),
  );
  if (resources.size === 0) return [];
  const wanted = start.toLowerCase();
  const starts = contract.resources
    .filter((r) => resources.has(r.name))
    .some((r) => r.fields.some((f) => typeof f.default === 'string' && f.default.toLowerCase() === wanted));
  return starts
    ? []
    : [`it says new records start ${JSON.stringify(start)}, but no record of its realisation starts so`];
}
