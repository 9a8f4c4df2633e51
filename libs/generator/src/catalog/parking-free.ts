/*
 * The free first minutes of a parking fee ("the first 30 minutes are free", "die ersten 30 Minuten sind
 * kostenlos", "la primera media hora es gratis", "les 30 premières minutes sont gratuites", "la prima ora è
 * gratuita", "os primeiros 15 minutos são grátis"): the stay is charged after them. Read only when the text says
 * "first" and "free" in one clause; a free stay that is short ("stays under 15 minutes are free") charges the whole
 * stay once longer, and free days or nights are other tariffs: both are left to the fee reader's refusal.
 */

/** The first period named, folded: its minutes from the digits or the words (half an hour, an hour). */
const FIRST = new RegExp(
  [
    '\\bfirst (?:(\\d{1,3}) ?(?:min(?:ute)?s?|(h(?:ours?)?))|half[- ]?hour|hour)\\b',
    '\\bersten? (?:(\\d{1,3}) ?(?:min(?:uten)?|(stunden|std))|halbe stunde|stunde)\\b',
    '\\bprimer(?:a|os|as)? (?:(\\d{1,3}) ?(?:min(?:utos)?|(horas))|media hora|hora)\\b',
    '\\b(?:(\\d{1,3}) ?(?:premieres minutes|(premieres heures))|premiere demi-?heure|premiere heure)\\b',
    '\\bprim[aei] (?:(\\d{1,3}) ?(?:min(?:uti)?|(ore))|mezz\\W?ora|ora)\\b',
    '\\bprimeir[oa]s? (?:(\\d{1,3}) ?(?:min(?:utos)?|(horas))|meia hora|hora)\\b',
  ].join('|'),
);
/** Free of charge, folded. */
const FREE =
  /\b(?:free|free of charge|no charge|kostenlos|kostenfrei|gebuhrenfrei|frei|gratis|gratuit[aoe]?s?|gratuitement|libres?|offert[es]*|sin cargo|sem custo)\b/;

/** The free first minutes a feature writes and the text without them, null when it writes none, 'other' when unclear. */
export function freeMinutesIn(t: string): { minutes: number; rest: string } | null | 'other' {
  // "Free" in the same sentence, just before the first period or after it ("…, which are free").
  const found = [...t.matchAll(new RegExp(FIRST.source, 'g'))].filter((first) =>
    FREE.test(sentenceAround(t, first.index, first[0].length)),
  );
  if (found.length === 0) return null;
  if (found.length > 1) return 'other';
  const first = found[0];
  const digits = first.slice(1).find((g, i) => g !== undefined && i % 2 === 0);
  const inHours = first.slice(1).some((g, i) => g !== undefined && i % 2 === 1);
  const minutes =
    digits !== undefined
      ? Number(digits) * (inHours ? 60 : 1)
      : /half|halbe|media|demi|mezz|meia/.test(first[0])
        ? 30
        : 60;
  if (minutes <= 0 || minutes >= 1440) return 'other';
  const start = first.index;
  const around = sentenceAround(t, start, first[0].length);
  const at = t.indexOf(around, Math.max(0, start - 30));
  const rest =
    t.slice(0, at) + around.replace(first[0], ' ').replace(FREE, ' ') + t.slice(at + around.length);
  return { minutes, rest };
}

/** Up to 30 characters before a match and 40 after it, within its sentence. */
function sentenceAround(t: string, index: number, length: number): string {
  const before = t.slice(Math.max(0, index - 30), index);
  const after = t.slice(index + length, index + length + 40);
  const head = before.split(/[.;](?!\d)/).pop() ?? '';
  const tail = after.split(/[.;](?!\d)/)[0];
  return head + t.slice(index, index + length) + tail;
}
