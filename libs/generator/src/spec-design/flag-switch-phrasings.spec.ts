import { extractContract, featureFidelity } from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';

/*
 * The phrasing table of feature flags as users write them (gen-stock, written before the code that reads them):
 * a flag kept as a record (a key or name, a description, on or off), switched on and off — by action routes
 * (`POST /flags/{key}/enable`, `/on`, `/off`, `/aktivieren`), by a PATCH of its boolean, or in words ("turn a flag
 * on", "enable or disable a flag", "ein Flag ausschalten", "desactivar un flag", "attivare un flag", "desligar
 * uma flag") — in English, German, Spanish, French, Italian and Portuguese. Switching on sets the flag's one
 * boolean to true, switching off sets it to false (never a flip, never another field), a PATCH sets it to the
 * value sent.
 *
 * A row is read by shape (`flagReading`): the moves its endpoints make on a boolean field (`on`, `off`, `flip`,
 * `set` for a PATCH of that field), whether they all work on one boolean of one resource, and whether the gate
 * finds every feature realised. Near misses use the class's words for something else (flagging a comment as
 * spam, turning text into upper case) or ask for more than an on/off flag (per environment, a percentage
 * rollout): these must make no `on`/`off` move on an "enabled" flag or stay refused. Rows not read yet are named
 * in NOT_YET_READ: such a row fails the suite as soon as it is read, so the set only shrinks.
 */

type FlagReading = {
  /** `on`, `off`, `flip`, `set` (a PATCH of the boolean), each once, sorted. */
  moves: string[];
  /** Every move works on one boolean field of one resource. */
  oneFlag: boolean;
  /** The gate finds every feature realised. */
  realised: boolean;
};

/** The boolean fields an intent's endpoints switch, by name. */
function switchedFields(features: string[]): string[] {
  const contract = extractContract(offlineSpec(familyIntent('flag-service', 'feature flags', features)));
  return contract.endpoints.flatMap((e) => (e.behavior.kind === 'toggle' ? [e.behavior.field] : []));
}

function flagReading(features: string[], purpose = 'feature flags for our apps'): FlagReading {
  const contract = extractContract(offlineSpec(familyIntent('flag-service', purpose, features)));
  const fields = new Set<string>();
  const moves = new Set<string>();
  for (const e of contract.endpoints) {
    const b = e.behavior;
    if (b.kind === 'toggle') {
      fields.add(`${b.resource}.${b.field}`);
      moves.add(b.value === undefined ? 'flip' : b.value ? 'on' : 'off');
    } else if (b.kind === 'update' && b.fields !== undefined) {
      const resource = contract.resources.find((r) => r.name === b.resource);
      const booleans = b.fields.filter((f) => resource?.fields.find((x) => x.name === f)?.type === 'boolean');
      if (booleans.length === 1 && b.fields.length === 1) {
        fields.add(`${b.resource}.${booleans[0]}`);
        moves.add('set');
      }
    }
  }
  const realised = featureFidelity(contract, features).every((f) => f.problems.length === 0);
  return { moves: [...moves].sort(), oneFlag: fields.size === 1, realised };
}

type Row = [label: string, features: string[], moves: string[]];

const ROWS: Row[] = [
  [
    'en spelled: enable and disable routes',
    [
      'POST /flags {"key": string, "description": string} -> 201 with the flag; a new flag is disabled',
      'POST /flags/{key}/enable -> 200 with the flag, enabled true; an unknown key -> 404',
      'POST /flags/{key}/disable -> 200 with the flag, enabled false',
      'GET /flags/{key} -> the flag',
    ],
    ['off', 'on'],
  ],
  [
    'en spelled: on and off routes',
    [
      'POST /flags {"name": string} -> 201, a new flag is off',
      'POST /flags/{name}/on -> 200 with the flag, now on',
      'POST /flags/{name}/off -> 200 with the flag, now off',
      'GET /flags -> all flags',
    ],
    ['off', 'on'],
  ],
  [
    'en spelled: a PATCH of enabled',
    [
      'POST /flags {"key": string, "enabled": boolean} -> 201; a key that exists -> 409',
      'PATCH /flags/{key} {"enabled": boolean} -> 200 with the flag; unknown key -> 404',
      'GET /flags -> all flags',
    ],
    ['set'],
  ],
  [
    'en spelled: a toggle route flips the flag',
    [
      'POST /flags {"key": string, "enabled": boolean} -> 201 with the flag',
      'POST /flags/{key}/toggle -> 200 with the flag, enabled flipped; an unknown key -> 404',
    ],
    ['flip'],
  ],
  [
    'en free: enable and disable a flag',
    [
      'Create a feature flag with a name and a description; new flags are disabled',
      'Enable a flag',
      'Disable a flag',
      'List all flags',
    ],
    ['off', 'on'],
  ],
  [
    'en free: turn a flag on, turn it off',
    [
      'Add a feature flag with a unique key',
      'Turn a feature flag on',
      'Turn a feature flag off',
      'Look up a flag by its key',
    ],
    ['off', 'on'],
  ],
  [
    'en free: switch on and switch off in one line each',
    ['Feature flags with a key and a description', 'Switch on a flag', 'Switch off a flag'],
    ['off', 'on'],
  ],
  [
    'de spelled: aktivieren und deaktivieren',
    [
      'POST /flags {"schluessel": string, "beschreibung": string} -> 201, ein neues Flag ist aus',
      'POST /flags/{schluessel}/aktivieren -> 200 mit dem Flag; unbekannter Schlüssel -> 404',
      'POST /flags/{schluessel}/deaktivieren -> 200 mit dem Flag',
    ],
    ['off', 'on'],
  ],
  [
    'de free: Flags ein- und ausschalten',
    [
      'Feature-Flags mit Name und Beschreibung anlegen',
      'Ein Flag einschalten',
      'Ein Flag ausschalten',
      'Alle Flags auflisten',
    ],
    ['off', 'on'],
  ],
  [
    'es free: activar y desactivar',
    ['Crear un flag con un nombre y una descripción', 'Activar un flag', 'Desactivar un flag'],
    ['off', 'on'],
  ],
  [
    'es spelled: activar y desactivar por ruta',
    [
      'POST /flags {"clave": string} -> 201',
      'POST /flags/{clave}/activar -> 200 con el flag',
      'POST /flags/{clave}/desactivar -> 200 con el flag',
    ],
    ['off', 'on'],
  ],
  [
    'fr free: activer et désactiver',
    [
      'Créer un flag avec un nom et une description',
      'Activer un flag',
      'Désactiver un flag',
      'Lister tous les flags',
    ],
    ['off', 'on'],
  ],
  [
    'it free: attivare e disattivare',
    ['Creare un flag con un nome e una descrizione', 'Attivare un flag', 'Disattivare un flag'],
    ['off', 'on'],
  ],
  [
    'pt free: ativar e desativar',
    ['Criar uma flag com um nome e uma descrição', 'Ativar uma flag', 'Desativar uma flag'],
    ['off', 'on'],
  ],
  [
    'pt spelled: ligar e desligar por rota',
    [
      'POST /flags {"nome": string} -> 201',
      'POST /flags/{nome}/ligar -> 200 com a flag',
      'POST /flags/{nome}/desligar -> 200 com a flag',
    ],
    ['off', 'on'],
  ],
];

/** The class's words for something else: no "enabled" or "on" flag switched. */
const NEAR_MISSES: [label: string, features: string[]][] = [
  ['flag a comment as spam', ['Post a comment with a text', 'Flag a comment as spam']],
  ['turn a text into upper case', ['Turn a text into upper case']],
  ['switch the language of a greeting', ['Switch the language of a greeting between English and German']],
];

/**
 * More than a flag that is on or off for everyone, or only the flags in one state (no plain list of all of them
 * realises that): it must stay refused.
 */
const REFUSED: [label: string, features: string[]][] = [
  [
    'en: list only the enabled flags',
    ['Create a flag with a name', 'Enable a flag', 'Disable a flag', 'List the enabled flags'],
  ],
  [
    'de: alle eingeschalteten Flags',
    ['Feature-Flags mit Name anlegen', 'Ein Flag einschalten', 'Alle eingeschalteten Flags auflisten'],
  ],
  [
    'a flag on per environment',
    [
      'Feature flags with a key',
      'Switch a flag on or off in one environment (dev, staging, prod) without touching the others',
    ],
  ],
  [
    'a percentage rollout',
    [
      'Feature flags with a key and a rollout percentage',
      'Ask whether a flag is on for a user id: the same user always gets the same answer',
    ],
  ],
];

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>([
  // The flags named in a bare noun phrase: the switch's feature claims their create.
  'en free: switch on and switch off in one line each',
]);

describe('feature flags switched on and off, six languages', () => {
  it.each(ROWS)('reads %s', (label, features, moves) => {
    const want: FlagReading = { moves, oneFlag: true, realised: true };
    (NOT_YET_READ.has(label) ? expect(flagReading(features)).not : expect(flagReading(features))).toEqual(
      want,
    );
  });

  it.each(NEAR_MISSES)('switches no flag for %s', (label, features) => {
    const switched = switchedFields(features).some((f) => /^(?:enabled|active|on|is_on)$/.test(f));
    (NOT_YET_READ.has(label) ? expect(switched).not : expect(switched)).toBe(false);
  });

  it.each(REFUSED)('leaves %s refused', (label, features) => {
    const { realised } = flagReading(features);
    (NOT_YET_READ.has(label) ? expect(realised).not : expect(realised)).toBe(false);
  });

  it('names only rows of the table in NOT_YET_READ', () => {
    const rows = new Set([...ROWS, ...NEAR_MISSES, ...REFUSED].map(([label]) => label));
    expect([...NOT_YET_READ].filter((f) => !rows.has(f))).toEqual([]);
  });
});
