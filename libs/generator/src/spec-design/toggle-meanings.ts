import { wordList as w } from '../catalog/feature-words';

/*
 * What a toggle sets: the boolean field and value a toggle verb names ("archive" → archived = true, "disable" →
 * enabled = false), the flag a state word names ("mark as done"), and a flag switched on or off — by an action
 * route (`POST /flags/{key}/enable`, `/on`, `/off`, `/aktivieren`, `/desligar`) or in words ("turn a flag on",
 * "switch off a flag", "ein Flag ausschalten", "attivare un flag", "desligar uma flag"). Switching on sets the
 * flag's boolean to true and switching off sets it to false: never a flip, never the `done` of a task.
 */

/** Boolean field and value a toggle verb sets; `value` absent means "flip". */
export interface ToggleMeaning {
  field: string;
  value?: boolean;
}

const TOGGLE_MEANINGS: [string[], ToggleMeaning][] = [
  [w('archive archives archiver archivar archivieren arquivar'), { field: 'archived', value: true }],
  [w('enable enables activate activer activar ativar aktivieren'), { field: 'enabled', value: true }],
  [
    w('disable disables deactivate desactiver desactivar desativar deaktivieren'),
    { field: 'enabled', value: false },
  ],
  [w('publish publishes publier publicar veroffentlichen'), { field: 'published', value: true }],
  [w('approve approves approuver aprobar aprovar genehmigen'), { field: 'approved', value: true }],
  [w('pin pins'), { field: 'pinned', value: true }],
  [w('star stars'), { field: 'starred', value: true }],
  [w('toggle* flip basculer alternar umschalten'), { field: 'done' }],
];

/** Words after "as" (mark … as X) that mean the usual "done" flag. */
const DONE_WORDS = w(`
  done complete completed finished terminee termine terminees termines fait faite completado completada
  hecho hecha erledigt fertig abgeschlossen concluido concluida feito feita concluidas concluidos
`);
const READ_WORDS = w('read lu lue leido leida gelesen lido lida');

function matchesEntry(word: string, entry: string): boolean {
  return entry.endsWith('*') ? word.startsWith(entry.slice(0, -1)) : word === entry;
}

/** Field and value a toggle verb sets; "mark/complete" default to `done = true`. */
export function toggleMeaning(verb: string): ToggleMeaning {
  for (const [verbs, meaning] of TOGGLE_MEANINGS) {
    if (verbs.some((e) => matchesEntry(verb, e))) return meaning;
  }
  return { field: 'done', value: true };
}

/**
 * The action segment of a toggle's route: `toggle-done` for a flip, the field for a switch on (`enabled`), and
 * another for a switch off (`disabled`, `archived-off`): switching off never shares the route of switching on.
 */
export function toggleSegment(meaning: ToggleMeaning): string {
  if (meaning.value === undefined) return `toggle-${meaning.field}`;
  if (meaning.value) return meaning.field;
  return meaning.field === 'enabled' ? 'disabled' : `${meaning.field}-off`;
}

/** The flag a state word names ("done", "read") or the word itself as a snake_case field. */
export function stateField(word: string): string {
  if (DONE_WORDS.includes(word)) return 'done';
  if (READ_WORDS.includes(word)) return 'read';
  return word;
}

/** Last route segments that switch a flag on, and off (folded; `/on`, `/enable`, `/aktivieren`, `/ligar`). */
const ON_SEGMENTS = new Set(
  w(`
    on enable activate turn-on switch-on einschalten anschalten aktivieren activar encender activer allumer
    attiva attivare accendi accendere ativar ligar
  `),
);
const OFF_SEGMENTS = new Set(
  w(`
    off disable deactivate turn-off switch-off ausschalten abschalten deaktivieren desactivar apagar
    desactiver eteindre disattiva disattivare spegni spegnere desativar desligar
  `),
);

/** Last route segments that flip a flag (`/toggle`, `/umschalten`). */
const FLIP_SEGMENTS = new Set(w('toggle flip switch umschalten alternar basculer commuta alternare'));

/** A boolean written with its value in a feature (`"enabled": true`, `"ligada": false`): the flag's own name. */
const WRITTEN_BOOLEAN = /"([A-Za-z_][A-Za-z0-9_]{0,39})"\s*:\s*(?:true|false)\b/;

/**
 * The switch an action route makes (`POST /flags/{key}/off` → `enabled = false`, `/toggle` of a flag → a flip),
 * on the boolean the feature writes with its value (`"ligada": true`) or `enabled`; null when its last segment
 * switches nothing.
 */
export function routeSwitch(path: string, feature: string): ToggleMeaning | null {
  const segments = path.split('/').filter((s) => s !== '');
  const last = (segments[segments.length - 1] ?? '').toLowerCase();
  if (segments.length < 2 || last.startsWith('{')) return null;
  const field = WRITTEN_BOOLEAN.exec(feature)?.[1] ?? 'enabled';
  // `POST /flags/{key}/toggle`: a flag's switch flipped, not a field named after the route.
  if (FLIP_SEGMENTS.has(last) && SPEAKS_OF_FLAGS.test(feature)) return { field };
  const value = ON_SEGMENTS.has(last) ? true : OFF_SEGMENTS.has(last) ? false : null;
  return value === null ? null : { field, value };
}

/** A feature about flags (folded text): only there are "turn on", "ligar" or "spegnere" switches of a flag. */
const SPEAKS_OF_FLAGS = /\b(?:feature[- ]?)?flags?\b|\bfeature[- ]?toggles?\b|\bschalter\b/i;

/** Both ways in one breath: "on or off", "on/off", "ein- oder ausschalten", "activar o desactivar". */
const BOTH_WAYS =
  /\bon\s*(?:or|and|\/)\s*off\b|\boff\s*(?:or|and|\/)\s*on\b|\bein-?\s*(?:oder|und|\/)\s*aus|\b(?:enable|activ\w*|activ\w*|ativ\w*|attiv\w*|aktivier\w*|ligar)\s*(?:or|and|o|y|ou|et|e|oder|und|\/)\s*(?:disable|desactiv\w*|desativ\w*|disattiv\w*|deaktivier\w*|desligar)\b/i;

/** Verbs of switching on and off as people write them, with the verb the word tables read them as. */
const SWITCH_PHRASES: [RegExp, string][] = [
  // "turn a flag on", "switch the dark-mode flag off": the particle after a short object.
  [
    /\b(?:turn|switch|flip|set)\s+((?:(?:a|an|the|one|this|that|each|any|feature|[\w-]+)\s+){0,3}flags?)\s+on\b/gi,
    'enable $1',
  ],
  [
    /\b(?:turn|switch|flip|set)\s+((?:(?:a|an|the|one|this|that|each|any|feature|[\w-]+)\s+){0,3}flags?)\s+off\b/gi,
    'disable $1',
  ],
  [/\b(?:turn|switch|flip)(?:s|ed|ing)?\s+on\b/gi, 'enable'],
  [/\b(?:turn|switch|flip)(?:s|ed|ing)?\s+off\b/gi, 'disable'],
  [/\b(?:einschalten|anschalten|einzuschalten|anzuschalten)\b/gi, 'aktivieren'],
  [/\b(?:ausschalten|abschalten|auszuschalten|abzuschalten)\b/gi, 'deaktivieren'],
  [/\b(?:attivare|attivarlo|attivarla|accendere)\b/gi, 'activar'],
  [/\b(?:disattivare|disattivarlo|disattivarla|spegnere)\b/gi, 'desactivar'],
  [/\b(?:desligar)\b/gi, 'desativar'],
  [/\b(?:ligar)\b/gi, 'ativar'],
];

/**
 * A feature about flags with its switching verbs said as the word tables read them ("turn a flag on" → "enable
 * a flag", "ein Flag ausschalten" → "ein Flag deaktivieren"); any other text as it is. Folded text in and out.
 */
export function switchPhrasing(text: string): string {
  // "turn a flag on or off", "ein- oder ausschalten": a value sent, not a switch one way (left as written).
  if (!SPEAKS_OF_FLAGS.test(text) || BOTH_WAYS.test(text)) return text;
  return SWITCH_PHRASES.reduce((t, [pattern, verb]) => t.replace(pattern, verb), text);
}

/** Words of a flag's state: on or off, enabled, active (folded, six languages). */
const FLAG_STATE =
  /\b(?:enabled|disabled|active|inactive|on|off|switched (?:on|off)|turned (?:on|off)|(?:ein|aus)geschaltet\w*|aktiv\w*|inaktiv\w*|deaktiviert\w*|activ[oa]s?|inactiv[oa]s?|activ[ée]e?s?|desactiv[ée]e?s?|desactivad[oa]s?|attiv[oi]|attivat[ie]|disattivat[ie]|ativ[oa]s?|ativad[oa]s?|desativad[oa]s?|ligad[oa]s?|desligad[oa]s?)\b/i;

/**
 * A list of only the flags in one state ("list the enabled flags", "alle eingeschalteten Flags"): no plain list
 * of every flag realises it, so it is left unrealised (the gate then refuses it) rather than listing them all.
 */
export function listsFlagsInOneState(feature: string): boolean {
  return SPEAKS_OF_FLAGS.test(feature) && FLAG_STATE.test(feature);
}
