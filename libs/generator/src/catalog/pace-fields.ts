import { readFeatureLiterals } from '@sf/service-spec';
import { nameWords } from './param-affinity';

/*
 * How a spelled pace or speed route takes its duration, read from the names it writes: a number field named in
 * seconds (`duration_s`, `time_seconds`, `sekunden`), minutes (`minutes`, `time_min`) or hours (`hours`,
 * `time_h`, `stunden`) is that unit; a text field (`"time": "h:mm:ss"`) is a clock. Null when the feature writes
 * no request fields, or no duration field tells its unit (the prose decides then).
 */

export type WrittenDuration = 'seconds' | 'minutes' | 'hours' | 'clock';

const UNIT_WORDS: [WrittenDuration, Set<string>][] = [
  ['seconds', new Set('s sec secs second seconds sekunden segundos secondes secondi segundo'.split(' '))],
  ['minutes', new Set('min mins minute minutes minuten minutos minuti'.split(' '))],
  ['hours', new Set('h hr hrs hour hours stunden std horas heures ore'.split(' '))],
];
/** Words of a field name that make it the run's duration. */
const DURATION_NAMES = new Set(
  (
    'time duration elapsed took taken zeit dauer laufzeit tiempo duracion temps duree tempo durata duracao ' +
    'seconds minutes hours sekunden minuten stunden segundos minutos horas secondes heures secondi minuti ore'
  ).split(' '),
);
/** Words of a field name that make it the answer's, not the duration's (`pace_s_per_km`, `min_per_km`). */
const PER = new Set('per pro por par al au ao'.split(' '));

/** The unit of the duration a spelled route's request writes, or null when it writes none that tells. */
export function writtenDurationUnit(text: string): WrittenDuration | null {
  const literals = readFeatureLiterals(text);
  const fields = [...literals.request, ...literals.queryFields];
  const found = new Set<WrittenDuration>();
  for (const f of fields) {
    const words = nameWords(f.name);
    if (words.some((w) => PER.has(w)) || !words.some((w) => DURATION_NAMES.has(w) || isUnit(w))) continue;
    if (f.type === 'string') {
      found.add('clock');
      continue;
    }
    const unit = UNIT_WORDS.find(([, set]) => words.some((w) => set.has(w)));
    if (unit && (f.type === 'number' || f.type === 'integer')) found.add(unit[0]);
  }
  return found.size === 1 ? [...found][0] : null;
}

function isUnit(word: string): boolean {
  return UNIT_WORDS.some(([, set]) => set.has(word) && word.length > 1);
}
