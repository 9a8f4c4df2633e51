import type { EndpointSpec, SpecContract } from '../spec-contract';
import { callsLeftProblems } from './calls-left';
import { folded } from './quota-key-fidelity';

/*
 * Whose requests a quota counts. A `quota` endpoint counts the calls made to itself, by a key the request sends;
 * a guard's quota counts the calls to the endpoints it guards, by the value of a header. Neither counts a client's
 * network address, nor one allowance that several callers draw from together, nor the calls to other endpoints:
 * a feature that asks for one of those is not realised by them ("each IP address may make 2 requests a minute"
 * realised by `POST /hit {"ip"}` beside `GET /echo` lets every echo through).
 */

/** "per IP address", "each client IP", "je IP-Adresse", "por dirección IP", "par adresse IP", "ogni indirizzo IP". */
const BY_ADDRESS =
  /\b(ip[- ]?(address(es)?|adresse[n]?|addr)?|(address|adresse|direccion|endereco|indirizzo)s?( ip)?|remote addr\w*|client address\w*)\b/;
/** A bare "IP" or its address words, read only where the feature also speaks of a quota's per/each. */
const IP_WORD = /\bip\b/;

/** One allowance several callers draw from: "share one quota", "a global limit", "gemeinsam", "compartida". */
const SHARED =
  /\b(shar(e|es|ed|ing)|gemeinsam\w*|geteilt\w*|compartid\w*|partag\w*|condivis\w*|compartilhad\w*|global(e|es|i)?)\b/;
/** "for all callers together", "todos los clientes juntos", "alle Kunden zusammen", "tutti i clienti insieme". */
const TOGETHER =
  /\b(together|combined|in total|insgesamt|zusammen|en total|juntos|juntas|au total|ensemble|in totale|insieme|no total)\b/;
const EVERYONE =
  /\b(everybody|everyone|(all|every|alle|todos|todas|tous|toutes|tutti|tutte|os|les|los|i|die)\s+(the\s+|die\s+|los\s+|les\s+|i\s+|os\s+)?(callers?|clients?|users?|keys?|customers?|aufrufer\w*|kunden|nutzer\w*|clientes|usuarios|utilisateurs|utenti|clienti|chiavi|chaves|utilizadores))\b/;
/** Words for a quota's allowance, so "shared" says who draws from it rather than what a record is. */
const QUOTA_WORD =
  /\b(quotas?|limits?|allowance|rate[- ]limit\w*|kontingent\w*|limit\w*|cuotas?|limites?|cotas?|requests?|calls?|anfragen|aufrufe\w*|solicitudes|peticiones|consultas|llamadas|requetes|appels|richieste|chiamate|pedidos|chamadas|429)\b/;

/** Words for a service's requests in general, as opposed to the calls of one named route. */
const REQUESTS =
  /\b(requests?|calls?|api calls?|anfragen|aufrufe?n?|solicitudes|peticiones|consultas|llamadas|requetes|appels|demandes|richieste|chiamate|pedidos|requisicoes|chamadas)\b/;

/** Whether a feature counts per client network address. */
export function countsByAddress(feature: string): boolean {
  const text = folded(feature);
  return IP_WORD.test(text) && BY_ADDRESS.test(text);
}

/** Whether a feature draws one allowance for several callers together. */
export function countsShared(feature: string): boolean {
  const text = folded(feature);
  return (SHARED.test(text) || (TOGETHER.test(text) && EVERYONE.test(text))) && QUOTA_WORD.test(text);
}

const isQuota = (e: EndpointSpec) => e.behavior?.kind === 'quota' || e.guard?.quota !== undefined;

/**
 * A quota realising a feature counts by what the feature counts by (not a client's address, not an allowance
 * shared by several callers), and a `quota` endpoint of its own realises a limit on "requests" only when the
 * feature names its route or the service has nothing else to call.
 */
export function quotaScopeProblems(
  feature: string,
  endpoints: EndpointSpec[],
  contract: SpecContract,
): string[] {
  const problems: string[] = callsLeftProblems(feature, endpoints);
  if (!endpoints.some(isQuota)) return problems;
  if (countsByAddress(feature)) {
    problems.push(
      'it counts per client IP address, but its quota counts by a key the request sends (a header or a field), which a client chooses freely',
    );
  }
  if (countsShared(feature)) {
    problems.push(
      'it draws one allowance for several callers together, but its quota counts each key on its own',
    );
  }
  const own = endpoints.filter((e) => e.behavior?.kind === 'quota');
  const named = own.some((q) => {
    const first = q.path.split('/').find((s) => s !== '' && !s.startsWith('{'));
    return first !== undefined && feature.toLowerCase().includes(`/${first.toLowerCase()}`);
  });
  const others = contract.endpoints.filter((e) => !isQuota(e) && e.behavior?.kind !== 'quota_usage');
  if (own.length > 0 && !named && others.length > 0 && REQUESTS.test(folded(feature))) {
    problems.push(
      `it limits the service's requests, but its quota counts only calls to ${own.map((q) => `${q.method} ${q.path}`).join(', ')}; ${others
        .slice(0, 3)
        .map((e) => `${e.method} ${e.path}`)
        .join(', ')} never answer 429`,
    );
  }
  return problems;
}
