import type { Refusal } from './catalog-entry';
import { glossIn, type Language } from './feature-words';

/*
 * What a time-zone computation refuses, named in the languages intents are written in: a refusal list written in
 * German ("Unbekannte Zeitzonen und unmögliche Zeitangaben werden mit 400 abgelehnt") is shown by refusals that
 * say so in its words, not only in English.
 */

/** The kinds of refusal the zone computations make. */
export type ZoneRefusal = 'zone' | 'time' | 'date' | 'missing';

const GLOSS: Record<ZoneRefusal, Partial<Record<Language, string>>> = {
  zone: {
    de: ' (unbekannte Zeitzone: keine IANA-Zeitzone)',
    es: ' (zona horaria desconocida: no es una zona IANA)',
    fr: ' (fuseau horaire inconnu : pas un fuseau IANA)',
    it: ' (fuso orario sconosciuto: non è un fuso IANA)',
    pt: ' (fuso horário desconhecido: não é um fuso IANA)',
  },
  time: {
    de: ' (unmögliche Zeitangabe: diese Uhrzeit gibt es nicht, die Uhren springen bei der Zeitumstellung)',
    es: ' (hora imposible: esa hora no existe, los relojes la saltan con el cambio de hora)',
    fr: " (heure impossible : cette heure n'existe pas, les horloges la sautent au changement d'heure)",
    it: " (orario impossibile: quell'ora non esiste, gli orologi la saltano al cambio dell'ora)",
    pt: ' (horário impossível: essa hora não existe, os relógios saltam-na na mudança de hora)',
  },
  date: {
    de: ' (unmögliches Datum, ungültige Zeitangabe: diesen Tag gibt es nicht)',
    es: ' (fecha imposible: ese día no existe)',
    fr: " (date impossible : ce jour n'existe pas)",
    it: ' (data impossibile: quel giorno non esiste)',
    pt: ' (data impossível: esse dia não existe)',
  },
  missing: {
    de: ' (fehlender Parameter)',
    es: ' (falta un parámetro)',
    fr: ' (paramètre manquant)',
    it: ' (parametro mancante)',
    pt: ' (parâmetro em falta)',
  },
};

/** A refusal of that kind, its description followed by the same in the feature's languages. */
export function zoneRefusal(
  kind: ZoneRefusal,
  description: string,
  input: Record<string, unknown>,
  languages: Language[],
): Refusal {
  return { description: `${description}${glossIn(GLOSS[kind], languages)}`, input };
}
