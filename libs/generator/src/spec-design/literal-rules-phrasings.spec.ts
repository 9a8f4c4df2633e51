import { extractContract, featureFidelity, type EndpointSpec, type SpecContract } from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { runAcceptancePack } from '../testing/reference-service';
import { designSpec } from './spec-designer';

/*
 * The phrasing table of record rules spelled out literally: state machines with refused moves, expiry, per-key
 * quotas, best-per-player rankings with a limit, counters and votes, stock and balances, written with the routes,
 * JSON shapes, query parameters and status codes an engineer puts in a feature. The family keeps its semantics;
 * the names and codes are the feature's: a row is read when every claim below holds of the designed contract, the
 * gate finds every feature of the intent realised in the SPEC the offline line writes, and the contract's
 * acceptance pack passes against the reference service. Rows whose literal statement the family cannot honour
 * (an over-quota call answered 200, a repeated close that is not refused) must stay unrealised. Rows the designer
 * does not read yet are listed in NOT_YET_READ: such a row fails the suite once it is read, so the set only
 * shrinks.
 */

/**
 * One claim about the designed contract, `<METHOD> <path> <what>`, where what is:
 * a behaviour kind (`transition`, `quota`, `ranking`, …); `<status> {a,b}` (a success response of that status whose
 * example holds fields a and b; `{}` for any); `!<status>` (a documented error of that status); `?<name>` (reads
 * that query parameter); `body {a,b}` (the request body declares those fields).
 */
type Claim = string;

interface Row {
  /** The other features of the intent (the records a rule acts on). */
  base: string[];
  text: string;
  /** What the contract must say, or 'refused' when the literal statement conflicts with what the family does. */
  claims: Claim[] | 'refused';
}

function endpoint(c: SpecContract, method: string, path: string): EndpointSpec | undefined {
  return c.endpoints.find((e) => e.method === method && e.path === path);
}

function fieldsOf(text: string): string[] {
  return text
    .replace(/[{}]/g, '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** '' when the claim holds of the contract, else what is missing. */
function claimProblem(c: SpecContract, claim: Claim): string {
  const m = /^(GET|POST|PUT|PATCH|DELETE) (\S+) (.+)$/.exec(claim);
  if (!m) return `unreadable claim ${claim}`;
  const [, method, path, what] = m;
  const e = endpoint(c, method, path);
  if (!e) return `no endpoint ${method} ${path}`;
  const status = /^(\d{3}) (\{.*\})$/.exec(what);
  if (status) {
    const r = e.responses.find((x) => x.status === Number(status[1]));
    if (!r) return `${method} ${path} never answers ${status[1]}`;
    const example = r.example as Record<string, unknown> | undefined;
    const missing = fieldsOf(status[2]).filter(
      (f) => !example || typeof example !== 'object' || !(f in example),
    );
    return missing.length ? `${method} ${path} ${status[1]} lacks ${missing.join(', ')}` : '';
  }
  const error = /^!(\d{3})$/.exec(what);
  if (error) {
    return e.errors.some((x) => x.status === Number(error[1])) ? '' : `${method} ${path} has no ${error[1]}`;
  }
  const query = /^\?(\S+)$/.exec(what);
  if (query) {
    return (e.request.query ?? []).some((q) => q.name === query[1])
      ? ''
      : `${method} ${path} does not read ?${query[1]}`;
  }
  const body = /^body (\{.*\})$/.exec(what);
  if (body) {
    const have = new Set((e.request.body?.fields ?? []).map((f) => f.name));
    const missing = fieldsOf(body[1]).filter((f) => !have.has(f));
    return missing.length ? `${method} ${path} body lacks ${missing.join(', ')}` : '';
  }
  return e.behavior.kind === what ? '' : `${method} ${path} is ${e.behavior.kind}, not ${what}`;
}

const POLL = 'POST /polls with body {"question": string} returns 201 {"id": string, "state": "open"}';
const SCORES =
  'POST /scores with body {"player": string, "score": integer >= 0} records a score and returns 201; only a player\'s best score counts';
const HITS =
  'POST /hit with body {"key": string} counts a request; at most 3 per key per 60 seconds, the 4th returns 429';

const ROWS: Row[] = [
  // state machines with refused moves, written as action routes
  {
    base: [POLL],
    text: 'POST /polls/{id}/close → 200 {"state": "closed"}; closing twice → 409',
    claims: [
      'POST /polls 201 {id,state}',
      'POST /polls/{id}/close transition',
      'POST /polls/{id}/close 200 {state}',
      'POST /polls/{id}/close !409',
    ],
  },
  {
    base: [],
    text: 'POST /tickets with {"title": string} returns 201 {"id": string, "title": string, "state": "open"}; POST /tickets/{id}/close returns 200 {"state": "closed"}; closing a closed ticket returns 409',
    claims: [
      'POST /tickets 201 {id,title,state}',
      'POST /tickets/{id}/close transition',
      'POST /tickets/{id}/close 200 {state}',
      'POST /tickets/{id}/close !409',
    ],
  },
  {
    base: ['POST /doors with {"name": string} returns 201 {"id": string, "status": "closed"}'],
    text: '- POST /doors/{id}/open → 200 {"status": "open"}\n- POST /doors/{id}/close → 200 {"status": "closed"}\n- opening an open door or closing a closed one → 409',
    claims: [
      'POST /doors/{id}/open transition',
      'POST /doors/{id}/close transition',
      'POST /doors/{id}/open 200 {status}',
      'POST /doors/{id}/close !409',
    ],
  },
  {
    base: ['POST /books with {"title": string} returns 201 {"id": string, "title": string, "lent": false}'],
    text: 'POST /books/{id}/lend → 200 {"id": string, "lent": true}, a lent book → 409; POST /books/{id}/return → 200 {"lent": false}, a book not lent → 409',
    claims: [
      'POST /books/{id}/lend reserve',
      'POST /books/{id}/lend 200 {id,lent}',
      'POST /books/{id}/lend !409',
      'POST /books/{id}/return release',
      'POST /books/{id}/return 200 {lent}',
    ],
  },
  {
    base: [
      'POST /tueren mit {"name": string} legt eine Tür an und antwortet 201 {"id": string, "zustand": "offen"}',
    ],
    text: 'POST /tueren/{id}/schliessen antwortet 200 {"zustand": "zu"}; eine schon geschlossene Tür schließen antwortet 409',
    claims: [
      'POST /tueren/{id}/schliessen transition',
      'POST /tueren/{id}/schliessen 200 {zustand}',
      'POST /tueren/{id}/schliessen !409',
    ],
  },
  {
    base: [
      'POST /pedidos con {"cliente": string} crea un pedido y responde 201 {"id": string, "estado": "pendiente"}',
    ],
    text: 'POST /pedidos/{id}/enviar cambia el estado de "pendiente" a "enviado" y responde 200 {"estado": "enviado"}; enviar un pedido ya enviado responde 409',
    claims: [
      'POST /pedidos/{id}/enviar transition',
      'POST /pedidos/{id}/enviar 200 {estado}',
      'POST /pedidos/{id}/enviar !409',
    ],
  },
  {
    base: [
      'POST /sondages avec {"question": string} crée un sondage et répond 201 {"id": string, "etat": "ouvert"}',
    ],
    text: 'POST /sondages/{id}/fermer répond 200 {"etat": "ferme"} ; fermer un sondage déjà fermé répond 409',
    claims: [
      'POST /sondages/{id}/fermer transition',
      'POST /sondages/{id}/fermer 200 {etat}',
      'POST /sondages/{id}/fermer !409',
    ],
  },
  {
    base: ['POST /tickets with {"title": string} returns 201 {"id": string, "status": "open"}'],
    text: 'PATCH /tickets/{id} with {"status": "open"|"in_progress"|"done"} moves a ticket open → in_progress → done and returns 200 {"status": string}; any other move returns 409',
    claims: [
      'PATCH /tickets/{id} transition',
      'PATCH /tickets/{id} 200 {status}',
      'PATCH /tickets/{id} !409',
    ],
  },
  // expiry
  {
    base: [],
    text: 'POST /pastes {"text": string, "ttl": integer seconds} → 201 {"id": string, "expires_at": string}; GET /pastes/{id} → 200 {"text": string} until it expires, then 404',
    claims: ['POST /pastes 201 {id,expires_at}', 'GET /pastes/{id} 200 {text}', 'GET /pastes/{id} !404'],
  },
  {
    base: [],
    text: 'POST /links with {"url": string, "ttl_seconds": integer} returns 201 {"code": string, "expires_at": string}; GET /links/{code} returns {"url": string}, 410 once expired, 404 for an unknown code',
    claims: [
      'POST /links 201 {code,expires_at}',
      'GET /links/{code} 200 {url}',
      'GET /links/{code} !410',
      'GET /links/{code} !404',
    ],
  },
  {
    base: [],
    text: 'POST /sitzungen mit {"nutzer": string} legt eine Sitzung an, die nach 30 Minuten abläuft, und antwortet 201 {"id": string, "expires_at": string}; danach liefert GET /sitzungen/{id} 404',
    claims: ['POST /sitzungen 201 {id,expires_at}', 'GET /sitzungen/{id} !404'],
  },
  {
    base: [],
    text: 'POST /codigos con {"email": string} crea un código que caduca a los 10 minutos y responde 201 {"codigo": string, "caduca": string}; GET /codigos/{codigo} responde 404 cuando ha caducado',
    claims: ['POST /codigos 201 {codigo,caduca}', 'GET /codigos/{codigo} !404'],
  },
  {
    base: [
      'POST /invites with {"email": string} returns 201 {"code": string, "expires_at": string}; an invite expires 24 hours after it is created',
    ],
    text: 'GET /invites/{code}?at=<ISO time> returns {"valid": true} before the invite expires and {"valid": false} after',
    claims: ['GET /invites/{code} ?at', 'GET /invites/{code} 200 {valid}'],
  },
  // per-key quotas
  {
    base: [],
    text: 'POST /call with the X-Api-Key header: at most 5 calls per minute per key; returns 200 {"remaining": number, "reset_at": string}; the 6th call returns 429',
    claims: ['POST /call quota', 'POST /call 200 {remaining,reset_at}', 'POST /call !429'],
  },
  {
    base: [],
    text: 'POST /hit with body {"key": string} → 200 {"allowed": true, "remaining": number}; at most 10 per key per hour, beyond that → 429',
    claims: ['POST /hit quota', 'POST /hit 200 {allowed,remaining}', 'POST /hit !429'],
  },
  {
    base: [HITS],
    text: 'GET /quota/{key} returns {"used": number, "remaining": number}',
    claims: ['GET /quota/{key} quota_usage', 'GET /quota/{key} 200 {used,remaining}'],
  },
  {
    base: [],
    text: 'POST /consultas con la cabecera X-Api-Key: como máximo 3 consultas por minuto por clave; responde 200 {"restantes": number}; la cuarta responde 429',
    claims: ['POST /consultas quota', 'POST /consultas 200 {restantes}', 'POST /consultas !429'],
  },
  {
    base: [],
    text: 'POST /envois avec {"cle": string} : au plus 2 envois par clé et par minute ; répond 200 {"restant": number, "reinitialisation": string} ; au-delà → 429',
    claims: ['POST /envois quota', 'POST /envois 200 {restant,reinitialisation}', 'POST /envois !429'],
  },
  // best per player, top-N with a limit
  {
    base: [SCORES],
    text: 'GET /players/{player}/best returns {"player": string, "best": integer}, the player\'s best score; unknown player → 404',
    claims: ['GET /players/{player}/best 200 {player,best}', 'GET /players/{player}/best !404'],
  },
  {
    base: [SCORES],
    text: 'GET /top?limit=5 returns {"top": [{"player": string, "best": integer}]}, highest first',
    claims: ['GET /top ranking', 'GET /top ?limit', 'GET /top 200 {top}'],
  },
  {
    base: [
      'POST /scores with body {"player": string, "points": integer} returns 201; only a player\'s best counts',
    ],
    text: 'GET /leaderboard?limit=N returns {"entries": [{"player": string, "points": number}]}, best first',
    claims: ['GET /leaderboard ranking', 'GET /leaderboard ?limit', 'GET /leaderboard 200 {entries}'],
  },
  {
    base: [
      'POST /scores avec {"joueur": string, "score": integer} enregistre un score et répond 201 ; seul le meilleur score d\'un joueur compte',
    ],
    text: 'GET /classement?limit=3 renvoie {"classement": [{"joueur": string, "score": integer}]}, du meilleur au moins bon',
    claims: ['GET /classement ranking', 'GET /classement ?limit', 'GET /classement 200 {classement}'],
  },
  {
    base: [
      'POST /punkte mit {"spieler": string, "punkte": integer} speichert Punkte und antwortet 201; pro Spieler zählt nur der beste Wert',
    ],
    text: 'GET /bestenliste?limit=10 liefert {"spieler": [{"spieler": string, "punkte": integer}]}, die Besten zuerst',
    claims: ['GET /bestenliste ranking', 'GET /bestenliste ?limit'],
  },
  // counters and votes
  {
    base: [],
    text: 'POST /counters/{name}/increment returns 200 {"name": string, "count": number}; GET /counters/{name} returns {"name": string, "count": number}',
    claims: [
      'POST /counters/{name}/increment adjust',
      'POST /counters/{name}/increment 200 {name,count}',
      'GET /counters/{name} 200 {name,count}',
    ],
  },
  {
    base: [],
    text: 'POST /contadores/{nombre}/incrementar responde 200 {"nombre": string, "total": number}',
    claims: [
      'POST /contadores/{nombre}/incrementar adjust',
      'POST /contadores/{nombre}/incrementar 200 {nombre,total}',
    ],
  },
  {
    base: ['POST /ideas with {"title": string} returns 201 {"id": string, "title": string, "votes": 0}'],
    text: 'POST /ideas/{id}/upvote returns 200 {"id": string, "votes": number}, one more vote each time',
    claims: ['POST /ideas/{id}/upvote adjust', 'POST /ideas/{id}/upvote 200 {id,votes}'],
  },
  // stock and balances
  {
    base: ['POST /items with {"sku": string, "qty": integer} returns 201'],
    text: 'POST /items/{id}/take with {"qty": integer} returns 200 {"sku": string, "qty": integer}; taking more than is in stock returns 409',
    claims: [
      'POST /items/{id}/take adjust',
      'POST /items/{id}/take 200 {sku,qty}',
      'POST /items/{id}/take !409',
    ],
  },
  {
    base: ['POST /accounts with {"owner": string} returns 201 {"id": string, "owner": string, "balance": 0}'],
    text: 'POST /accounts/{id}/deposit and POST /accounts/{id}/withdraw with {"amount": number} return 200 {"balance": number}; withdrawing more than the balance returns 409',
    claims: [
      'POST /accounts/{id}/deposit adjust',
      'POST /accounts/{id}/deposit 200 {balance}',
      'POST /accounts/{id}/withdraw adjust',
      'POST /accounts/{id}/withdraw !409',
    ],
  },
  // literal statements the families cannot honour: refused, never realised as something else
  {
    base: [],
    text: 'POST /call with the X-Api-Key header: at most 5 calls per minute per key; the 6th call returns 200 {"allowed": false}',
    claims: 'refused',
  },
  {
    base: [POLL],
    text: 'POST /polls/{id}/close → 200 {"state": "closed"}; closing an already closed poll → 200 again',
    claims: 'refused',
  },
  {
    base: [],
    text: 'POST /pastes {"text": string} → 201 {"id": string, "expires_at": string}; GET /pastes/{id} → 200 {"text": string, "expired": true} once it has expired',
    claims: 'refused',
  },
];

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>([
  // The lending flag is named on_loan, not the literal lent (hold-flags.ts does not read the answer's flag).
  'POST /books/{id}/lend → 200 {"id": string, "lent": true}, a lent book → 409; POST /books/{id}/return → 200 {"lent": false}, a book not lent → 409',
  // A PATCH of the record with a state and arrows is an update, not the machine's transition route.
  'PATCH /tickets/{id} with {"status": "open"|"in_progress"|"done"} moves a ticket open → in_progress → done and returns 200 {"status": string}; any other move returns 409',
  // Expiry beyond the expires_at a ttl now answers: a lifetime field named ttl, 410, an expiry named caduca, ?at=.
  'POST /pastes {"text": string, "ttl": integer seconds} → 201 {"id": string, "expires_at": string}; GET /pastes/{id} → 200 {"text": string} until it expires, then 404',
  'POST /links with {"url": string, "ttl_seconds": integer} returns 201 {"code": string, "expires_at": string}; GET /links/{code} returns {"url": string}, 410 once expired, 404 for an unknown code',
  'POST /codigos con {"email": string} crea un código que caduca a los 10 minutos y responde 201 {"codigo": string, "caduca": string}; GET /codigos/{codigo} responde 404 cuando ha caducado',
  'GET /invites/{code}?at=<ISO time> returns {"valid": true} before the invite expires and {"valid": false} after',
  // The counter's key field stays name where the path and answer write nombre.
  'POST /contadores/{nombre}/incrementar responde 200 {"nombre": string, "total": number}',
]);

/** What goes wrong with a row: '' when it is read, realised and its acceptance pack passes. */
function problemOf(row: Row): string {
  const features = [...row.base, row.text];
  const intent = familyIntent('rule-desk', 'records with rules', features);
  const written = extractContract(offlineSpec(intent));
  const verdicts = featureFidelity(written, features);
  if (row.claims === 'refused') {
    const own = verdicts.find((v) => v.feature === row.text);
    return own && own.problems.length > 0 ? '' : 'realised, though the family cannot honour it';
  }
  const { contract } = designSpec(intent);
  const missing = row.claims.map((c) => claimProblem(contract, c)).filter(Boolean);
  if (missing.length > 0) return `claims: ${missing.join('; ')}`;
  const unrealised = verdicts.filter((v) => v.problems.length > 0);
  if (unrealised.length > 0) return `unrealised: ${unrealised.flatMap((v) => v.problems).join('; ')}`;
  const failures = runAcceptancePack(written);
  return failures.length > 0 ? `acceptance: ${failures.join('; ')}` : '';
}

describe('record rules honour the names and codes a spelled-out feature writes', () => {
  for (const row of ROWS.filter((r) => !NOT_YET_READ.has(r.text))) {
    it(`reads ${JSON.stringify(row.text)}`, () => {
      expect(problemOf(row)).toBe('');
    });
  }

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    expect(ROWS.filter((r) => NOT_YET_READ.has(r.text) && problemOf(r) === '').map((r) => r.text)).toEqual(
      [],
    );
  });

  it('names only rows of the table in NOT_YET_READ', () => {
    const rows = new Set(ROWS.map((r) => r.text));
    expect([...NOT_YET_READ].filter((f) => !rows.has(f))).toEqual([]);
  });
});
