import { scenarioTableTests, upTo, type ScenarioRow } from './testing/scenario-rows';

/*
 * The phrasing table of a feature that only says each key's calls are counted apart from the others' ("each key
 * has its own allowance: one caller using up its calls does not affect the others"), beside a per-key quota and a
 * key header; written before the code that reads it. The guard's quota counts per header value, so another key is
 * still served once one is spent. English, German, Spanish, French, Italian and Portuguese. Near misses: keys that
 * share one allowance, and a separation by something no feature defines (a team), must stay refused.
 */

const key = (value: string) => ({ 'X-Api-Key': value });

/** Key `a` spends its `limit` calls and is refused; key `b` is still answered. */
function apart(limit: number, path: string, query: Record<string, string>): ScenarioRow['steps'] {
  return [
    ...upTo(limit, () => ({ method: 'GET' as const, path, query, headers: key('a'), status: 200 })),
    { method: 'GET', path, query, headers: key('b'), status: 200 },
  ];
}

const ROWS: ScenarioRow[] = [
  {
    name: 'en: each key has its own allowance',
    features: [
      'GET /echo?msg=hi with header X-Api-Key returns {"msg": "hi"}; without the header 401',
      'each key may make 3 calls per minute; the 4th gets 429',
      'each key has its own allowance: one caller using up its calls does not affect the others',
    ],
    steps: apart(3, '/echo', { msg: 'hi' }),
  },
  {
    name: 'de: jeder Schlüssel hat sein eigenes Kontingent',
    features: [
      'GET /echo?msg=hallo mit dem Header X-Api-Key liefert {"msg": "hallo"}; ohne Header 401',
      'pro Schlüssel höchstens 2 Aufrufe pro Minute, danach 429',
      'jeder Schlüssel hat sein eigenes Kontingent – ist eines aufgebraucht, dürfen die anderen weiter',
    ],
    steps: apart(2, '/echo', { msg: 'hallo' }),
  },
  {
    name: 'es: cada clave tiene su propio cupo',
    features: [
      'GET /eco?msg=hola con la cabecera X-Api-Key devuelve {"msg": "hola"}; sin la cabecera, 401',
      'cada clave puede hacer 2 llamadas por minuto; la tercera recibe 429',
      'cada clave tiene su propio cupo: que una se agote no bloquea a las demás',
    ],
    steps: apart(2, '/eco', { msg: 'hola' }),
  },
  {
    name: 'fr: chaque clé a son propre quota',
    features: [
      'GET /echo?msg=salut avec l’en-tête X-Api-Key renvoie {"msg": "salut"} ; sans l’en-tête, 401',
      'chaque clé a droit à 2 appels par minute, puis 429',
      'chaque clé a son propre quota : une clé épuisée ne bloque pas les autres',
    ],
    steps: apart(2, '/echo', { msg: 'salut' }),
  },
  {
    name: 'it: le chiavi sono contate separatamente',
    features: [
      'GET /eco?msg=ciao con l’header X-Api-Key restituisce {"msg": "ciao"}; senza header 401',
      'ogni chiave può fare al massimo 2 chiamate al minuto; la terza riceve 429',
      'le chiavi sono contate separatamente: una chiave esaurita non blocca le altre',
    ],
    steps: apart(2, '/eco', { msg: 'ciao' }),
  },
  {
    name: 'pt: cada chave tem a sua própria cota',
    features: [
      'GET /eco?msg=ola com o cabeçalho X-Api-Key devolve {"msg": "ola"}; sem o cabeçalho, 401',
      'cada chave pode fazer no máximo 2 chamadas por minuto; a terceira recebe 429',
      'cada chave tem a sua própria cota; uma chave esgotada não bloqueia as outras',
    ],
    steps: apart(2, '/eco', { msg: 'ola' }),
  },
  {
    name: 'near miss: all keys share one allowance',
    features: [
      'GET /echo?msg=hi with header X-Api-Key returns {"msg": "hi"}; without the header 401',
      'each key may make 3 calls per minute; the 4th gets 429',
      'all keys share one allowance, so one key using it up blocks the others',
    ],
    steps: null,
  },
  {
    name: 'near miss: keys counted per team',
    features: [
      'GET /echo?msg=hi with header X-Api-Key returns {"msg": "hi"}; without the header 401',
      'each key may make 3 calls per minute; the 4th gets 429',
      'keys of one team are counted together, separately from other teams',
    ],
    steps: null,
  },
];

const NOT_YET_READ = new Set<string>([]);

scenarioTableTests({
  title: 'a per-key quota said to count each key apart from the others',
  service: 'guard-apart-svc',
  purpose: 'an API with per-key quotas',
  rows: ROWS,
  notYetRead: NOT_YET_READ,
  atLeast: 8,
});
