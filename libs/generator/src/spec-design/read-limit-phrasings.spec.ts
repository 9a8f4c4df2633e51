import type { ResourceSpec } from '@sf/service-spec';
import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * The phrasing table of records read a limited number of times or until they expire: "a secret can be read once",
 * "after max_views views it returns 404", "a paste expires ttl_seconds after it is created and the answer shows
 * expires_at", across languages. Each row is an intent (a store feature and the rule) and what a faithful service
 * holds: the store named by the record's own noun (singular; a known noun in its English form, as every store is), how many reads a record gives (a fixed count or each record's
 * own field), the expiry, whether the answer shows `expires_at`, and that the gate passes every feature.
 */

interface Reading {
  store: string;
  reads: { count?: number; field?: string; gone_status?: number } | null;
  ttl: { seconds?: number; field?: string } | null;
  expires_at: boolean;
  realised: boolean;
}

function reading(features: string[]): Reading {
  const { contract, fidelity } = judgedOffline(
    familyIntent('once-service', 'share things that do not last', features),
  );
  const claimed = contract.endpoints.filter((e) => e.features.includes(features[features.length - 1]));
  const name = claimed.map((e) => ('resource' in e.behavior ? e.behavior.resource : '')).find((n) => n) ?? '';
  const r = (contract.resources.find((x) => x.name === name) ?? contract.resources[0]) as
    | (ResourceSpec & {
        reads?: Reading['reads'];
        ttl?: { seconds?: number; field?: string; answer_field?: string };
      })
    | undefined;
  const reads = r?.reads ?? null;
  return {
    store: r?.name ?? '',
    reads: reads
      ? {
          ...(reads.count === undefined ? {} : { count: reads.count }),
          ...(reads.field === undefined ? {} : { field: reads.field }),
          ...(reads.gone_status === undefined ? {} : { gone_status: reads.gone_status }),
        }
      : null,
    ttl: r?.ttl
      ? {
          ...(r.ttl.seconds === undefined ? {} : { seconds: r.ttl.seconds }),
          ...(r.ttl.field === undefined ? {} : { field: r.ttl.field }),
        }
      : null,
    expires_at: r?.ttl?.answer_field === 'expires_at',
    realised: fidelity.every((f) => f.problems.length === 0),
  };
}

const ONCE = { count: 1 };

const ROWS: [string[], Reading][] = [
  [
    [
      'store a secret text and get an id back',
      'the secret can be read once by its id; after that first read it is gone for good',
    ],
    { store: 'secret', reads: ONCE, ttl: null, expires_at: false, realised: true },
  ],
  [
    ['save a note with a text', 'a note can only be viewed once, then it is deleted'],
    { store: 'note', reads: ONCE, ttl: null, expires_at: false, realised: true },
  ],
  [
    ['Create secrets with a message', 'Each secret self-destructs after it is read'],
    { store: 'secret', reads: ONCE, ttl: null, expires_at: false, realised: true },
  ],
  [
    ['store a secret message', 'a secret can be read 3 times; after the third read it returns 404'],
    { store: 'secret', reads: { count: 3 }, ttl: null, expires_at: false, realised: true },
  ],
  [
    [
      'POST /secrets {"text": string, "max_views": integer 1-10 (default 1), "ttl_seconds": integer 60-86400 (default 3600)} returns 201 {"id": string}',
      'GET /secrets/{id} returns 200 {"text": string} and uses up one view; after max_views views, or once ttl_seconds have passed, it returns 404',
    ],
    {
      store: 'secret',
      reads: { field: 'max_views', count: 1 },
      // The record's own ttl_seconds (3600 when the create leaves it out) is its time to live.
      ttl: { field: 'ttl_seconds' },
      expires_at: false,
      realised: true,
    },
  ],
  [
    [
      'POST /messages {"body": string, "max_reads": integer 1-5} returns 201 {"id": string}',
      'GET /messages/{id} returns 200 {"body": string}; after max_reads reads the message is gone and returns 410',
    ],
    {
      store: 'message',
      reads: { field: 'max_reads', gone_status: 410 },
      ttl: null,
      expires_at: false,
      realised: true,
    },
  ],
  [
    [
      'POST /pastes with body {"text": string, "ttl_seconds": integer} returns 201 {"id": string, "expires_at": string}; a paste expires ttl_seconds after it is created',
      'GET /pastes/{id} returns {"id": string, "text": string} while the paste lives; an expired or unknown paste returns 404',
    ],
    { store: 'paste', reads: null, ttl: { field: 'ttl_seconds' }, expires_at: true, realised: true },
  ],
  [
    ['save a paste with a text', 'pastes expire after 10 minutes and the answer shows when (expires_at)'],
    { store: 'paste', reads: null, ttl: { seconds: 600 }, expires_at: true, realised: true },
  ],
  [
    [
      'keep notes with a text',
      'every note has its own ttl_seconds and expires then; the note shows its expires_at',
    ],
    { store: 'note', reads: null, ttl: { field: 'ttl_seconds' }, expires_at: true, realised: true },
  ],
  [
    [
      'Geheimnisse mit einem Text speichern',
      'ein Geheimnis kann nur einmal gelesen werden, danach ist es weg',
    ],
    { store: 'geheimnis', reads: ONCE, ttl: null, expires_at: false, realised: true },
  ],
  [
    ['Notizen mit Text anlegen', 'eine Notiz wird nach dem ersten Lesen gelöscht'],
    { store: 'note', reads: ONCE, ttl: null, expires_at: false, realised: true },
  ],
  [
    ['guardar un secreto con un texto', 'un secreto se puede leer una sola vez; después devuelve 404'],
    { store: 'secreto', reads: ONCE, ttl: null, expires_at: false, realised: true },
  ],
  [
    ['guardar notas con un texto', 'cada nota se puede leer como máximo 2 veces'],
    { store: 'note', reads: { count: 2 }, ttl: null, expires_at: false, realised: true },
  ],
  [
    [
      'enregistrer un secret avec un texte',
      'un secret ne peut être lu qu’une seule fois, il est détruit après lecture',
    ],
    { store: 'secret', reads: ONCE, ttl: null, expires_at: false, realised: true },
  ],
  [
    ['salvare un segreto con un testo', 'un segreto si può leggere una sola volta'],
    { store: 'segreto', reads: ONCE, ttl: null, expires_at: false, realised: true },
  ],
  [
    ['guardar um segredo com um texto', 'o segredo pode ser lido uma única vez'],
    { store: 'segredo', reads: ONCE, ttl: null, expires_at: false, realised: true },
  ],
  [
    ['store links with a url', 'each link can be opened at most 5 times'],
    { store: 'link', reads: { count: 5 }, ttl: null, expires_at: false, realised: true },
  ],
  [
    [
      'store a secret with a text and max_views (1 to 10, default 1)',
      'reading a secret uses up one view; the answer shows views_left; when none are left it returns 404',
    ],
    {
      store: 'secret',
      reads: { field: 'max_views', count: 1 },
      ttl: null,
      expires_at: false,
      realised: true,
    },
  ],
  [
    ['store a secret text', 'a secret can be read once, and it expires after 1 hour if nobody reads it'],
    { store: 'secret', reads: ONCE, ttl: { seconds: 3600 }, expires_at: false, realised: true },
  ],
  [
    ['Pasten mit Text speichern', 'jede Paste verfällt nach 24 Stunden; die Antwort nennt expires_at'],
    { store: 'paste', reads: null, ttl: { seconds: 86400 }, expires_at: true, realised: true },
  ],
  [
    ['crear enlaces con una url', 'los enlaces caducan a los 5 minutos'],
    { store: 'link', reads: null, ttl: { seconds: 300 }, expires_at: false, realised: true },
  ],
];

/** One feature that keeps the records and limits their reads (rows the gate left unrealised before). */
const SINGLE: [string, Reading][] = [
  [
    'Store a note that can be read only once, then it is gone',
    { store: 'note', reads: ONCE, ttl: null, expires_at: false, realised: true },
  ],
  [
    'Guardar un mensaje que se puede leer una sola vez',
    { store: 'message', reads: ONCE, ttl: null, expires_at: false, realised: true },
  ],
];

/** Features that say nothing of reads running out: no read limit. */
const NEAR_MISSES: string[][] = [
  ['store notes with a text', 'a note can be read by its id'],
  ['record page views', 'count the views of each page'],
  ['store articles', 'list the 5 most viewed articles'],
  ['save a todo', 'a todo can be marked done once'],
];

/**
 * Rows not realised yet, by their last feature; each still fails its check, so the set shrinks as the designer
 * learns. Why each waits: "a secret text" / "a secret message" read as a store of texts or messages; a German plural read as
 * the singular ("Geheimnisse"); a field named only in prose with its bounds
 * ("max_views (1 to 10, default 1)"); expiry "if nobody reads it" beside a read limit in one clause.
 */
const NOT_YET = new Set<string>([
  'the secret can be read once by its id; after that first read it is gone for good',
  'a secret can be read 3 times; after the third read it returns 404',
  'ein Geheimnis kann nur einmal gelesen werden, danach ist es weg',
  'reading a secret uses up one view; the answer shows views_left; when none are left it returns 404',
  'a secret can be read once, and it expires after 1 hour if nobody reads it',
]);

const lastOf = (features: string[]) => features[features.length - 1];

describe('read-limit and expiry phrasings', () => {
  it('has at least 20 rows, and every row not read yet is one of them', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(20);
    expect([...NOT_YET].filter((n) => !ROWS.some(([f]) => lastOf(f) === n))).toEqual([]);
  });

  it.each(ROWS.filter(([f]) => !NOT_YET.has(lastOf(f))))('reads %j', (features, expected) => {
    expect(reading(features)).toEqual(expected);
  });

  it.each(ROWS.filter(([f]) => NOT_YET.has(lastOf(f))))(
    'does not read %j yet (drop it from NOT_YET once it does)',
    (features, expected) => {
      expect(reading(features)).not.toEqual(expected);
    },
  );

  it.each(SINGLE)('reads %j', (feature, expected) => {
    expect(reading([feature])).toEqual(expected);
  });

  it('never names a store by a word of the rule ("gelesen"): the object before the verb is kept', () => {
    // German puts the object before an infinitive closing its phrase: the secrets are kept, read once.
    const secrets = reading(['Geheimnisse speichern, die nur einmal gelesen werden können']);
    expect(secrets.store).not.toMatch(/gelesen/);
    expect(secrets.realised ? secrets.store : 'refused').toMatch(/^(geheimnis\w*|refused)$/);
  });

  it('leaves a per-record limit the create does not take unrealised, never a guessed default', () => {
    const unsaid = reading([
      'POST /secrets {"text": string} returns 201 {"id": string}',
      'GET /secrets/{id} returns 200 {"text": string} and uses up one view; after max_views views it returns 404',
    ]);
    expect(unsaid).toMatchObject({ reads: null, realised: false });
  });

  it.each(NEAR_MISSES)('does not read a read limit in %j', (...features) => {
    expect(reading(features).reads).toBeNull();
  });

  it('realises an answer showing expires_at only by a store that answers it (ttl.answer_field)', () => {
    const shown = reading([
      'save a paste with a text',
      'pastes expire after 10 minutes and the answer shows when (expires_at)',
    ]);
    expect(shown).toMatchObject({ expires_at: true, realised: true });
    const plain = reading([
      'store a secret text and get an id back',
      'the secret can be read once by its id; after that first read it is gone for good',
    ]);
    expect(plain.reads === null || !plain.realised || plain.store === 'secret').toBe(true);
  });
});
