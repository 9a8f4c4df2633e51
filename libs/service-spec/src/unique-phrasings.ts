/*
 * How people say that a record field never repeats without the word "unique": "no two members with the same
 * email", "reject a username that is already taken", "duplicate usernames are refused", "each email may be
 * registered only once", "Kennzeichen dürfen nicht doppelt vorkommen", "no puede haber dos socios con el mismo
 * correo", "deux adhérents ne peuvent pas avoir le même pseudo". Folded, lower-case text in; the phrase that
 * names the field out (its content words are read by `constraint-reading.ts`), or null.
 */

import { lifecycleFlagsIn } from './lifecycle-verbs';

/** Letter case left out of the comparison ("case-insensitive", "no matter how it is capitalised"). */
export const IGNORING_CASE =
  /\b(?:case[- ]?insensitive(?:ly)?|not case[- ]sensitive|regardless of (?:letter |upper |the )?(?:case|capitali[sz]ation)|ignoring (?:(?:letter|upper\s*(?:\/|and|or)?\s*lower)\s*)?case|whatever (?:the|its|their) (?:letter )?(?:case|capitali[sz]ation)|any case|no matter (?:the |how (?:it is|it's|they are) )?(?:case|capitali[sz]ed|capitali[sz]ation|written in upper or lower case)|in (?:any|upper or lower) case|(?:ohne (?:auf )?)?gross-?\s*(?:\/|und)?\s*kleinschreibung(?: (?:ist )?egal| spielt keine rolle| wird ignoriert)?|egal ob gross oder klein(?: geschrieben)?|ohne (?:auf )?gross\w*|unabhangig von gross\w*|sin distinguir (?:entre )?mayusculas|sin importar (?:las )?mayusculas|independientemente de (?:las )?mayusculas|sans tenir compte de la casse|insensibles? a la casse|quelle que soit la casse|sans distinction de casse|sans (?:tenir compte des|distinction (?:entre|de)|distinguer(?: les)?) majuscules|majuscules et minuscules confondues|senza (?:distinguere|distinzione) (?:tra |fra )?(?:le )?maiuscole|indipendentemente dalle maiuscole|(?:sem|nao) (?:diferenciar|distinguir|diferenciacao de|distincao de|distinguindo|diferenciando) (?:entre )?(?:letras )?maiusculas|independentemente de maiusculas)(?:\s+(?:y|e|et|de|und|and|or|o|ou)\s+(?:las |les |le |des |das |as |letras )?(?:minusculas|minuscules|minuscole|kleinbuchstaben))?/g;

/** The verb that introduces a case rule ("compare case-insensitively", "beim Vergleich", "al comparar"). */
const COMPARING = /\b(?:compar\w*|vergleich\w*|beim vergleich|confront\w*)\b/g;

/** "the same", in the languages intents are written in (folded). */
const SAME =
  /\b(?:the same|same|(?:der|die|das|dem|den|des)(?:selben?|gleichen?)|gleichen?|selben?|el mismo|la misma|mismo|misma|le meme|la meme|meme|lo stesso|la stessa|stesso|stessa|o mesmo|a mesma|mesmo|mesma)\s+(.+)$/;

/** Two records, never allowed ("no two", "keine zwei", "no puede haber dos", "deux … ne peuvent pas"). */
const NO_TWO =
  /\b(?:no two|never two|not two|two \w+ (?:can(?:not|'t)|may not|must not|should not)|keine zwei|nie zwei|zwei \w+ (?:durfen|konnen) nicht|no (?:puede|pueden|debe|deben) haber dos|nunca dos|dos \w+ no (?:pueden|deben)|jamais deux|pas deux|deux \w+ ne (?:peuvent|doivent)|nessun\w* due|due \w+ non (?:possono|devono)|nao (?:pode|podem) haver dois|dois \w+ nao (?:podem|devem))\b/;

/** A value that is there already ("already taken", "bereits vergeben", "ya existe", "déjà pris"). */
const TAKEN =
  /\b(?:(?:is|are|was|were)\s+)?(?:already|bereits|schon|ya|deja|gia|ja)\s+(?:(?:in|on) (?:the |our |this )?(?:catalog(?:ue)?|list|system|database|store|shop|register|registry|inventory)|taken|in use|used|registered|exists?|existing|vergeben(?:e[nrs]?)?|verwendete?[nrs]?|benutzte?[nrs]?|registrierte?[nrs]?|vorhandene?[nrs]?|existiert|existe|existente|registrad[oa]s?|usad[oa]s?|en uso|pris|prise|utilisee?s?|enregistree?s?|presa|preso|usat[oa]|registrat[oa]|em uso)\b/;

/** Nothing but an article before a value said taken ("an already taken …", "ein bereits vergebenes …"). */
const ARTICLE_ONLY = /^\s*(?:an?|the|ein\w*|un|una|une|um|uma|el|la|le|il|lo|o|a)?\s*$/;

/** Twice with the same value ("you cannot sign up twice with the same email", "zweimal mit derselben …"). */
const TWICE =
  /\b(?:twice|two times|a second time|zweimal|ein zweites mal|dos veces|una segunda vez|deux fois|une seconde fois|due volte|una seconda volta|duas vezes|uma segunda vez)\b/;

/** Repeated values refused ("duplicate usernames", "doppelte Kennzeichen", "correos duplicados", "en double"). */
const DUPLICATE_BEFORE =
  /\b(?:duplicated?|doppelten?|mehrfache?n?|duplicad[oa]s?|duplicat[ie]|doublons? de)\s+(.+)$/;
const DUPLICATE_AFTER =
  /^(.+?)\s+(?:(?:durfen|darf|konnen|kann|sollen|soll)\s+(?:nicht|nie|niemals|keinesfalls)\s+(?:doppelt|mehrfach|zweimal)\b|(?:duplicad[oa]s?|en double|duplicat[ie]|doppelt)\b)/;

/** Once only ("only once", "nur einmal", "una sola vez", "une seule fois", "can only be taken once"). */
const ONCE =
  /\b(?:only\s+(?:be\s+)?(?:\w+\s+)?once|once only|nur (?:ein)?mal|nur ein einziges mal|una sola vez|solo una vez|solamente una vez|(?:solo|solamente|unicamente) (?:se )?(?:puede|pueden) \w+ una vez|une seule fois|qu\W?une (?:seule )?fois|una volta sola|una sola volta|solo una volta|uma (?:unica|so) vez|apenas uma vez)\b/;

/** Verbs of reading before "once": a record read once (read-limit-features), not a value taken once. */
const READ_ONCE =
  /\b(?:read|viewed|view|opened|fetched|retrieved|lesen|gelesen|abgerufen|leer|leido|leida|lire|lu|lue|leggere|letto|letta|ler|lido|lida)\b/;

/** Words around the field's name that say how a value is taken, not which field. */
const TAKING =
  /\b(?:reject\w*|refus\w*|rechaz\w*|rifiut\w*|ablehn\w*|verweiger\w*|deny|disallow\w*|forbid\w*|not allowed|nicht erlaubt|not permitted|(?:is|are|get|gets|will be|werden|wird|son|sont|sera|seront|vengono|viene) (?:refused|rejected|abgelehnt|rechazad[oa]s?|refusee?s?|rejetee?s?|rifiutat[ie])|be|been|taken|used|given|assigned|chosen|registered|claimed|signs? up|signed up|subscribes?|subscribed|vergeben|verwendet|benutzt|registriert|vorkommen|existieren|sein|geben|gibt|usad[oa]s?|registrad[oa]s?|utilisee?s?|enregistree?s?|pris|prise|registrat[oaie]|inserit[oaie]|usat[oaie]|cadastrad[oa]s?|essere|etre|ser|can|may|kann|puo|pode|peut|puede|that|which|who|der|die|das|que|qui|che)\b/g;

/** A scope the rule holds in ("per poll", "within a team"): a field unique among all records is not that. */
const SCOPE =
  /\b(?:per|pro|je|por|par|within|innerhalb|dentro|au sein|for each|for every|fur jede\w*|para cada|pour chaque)\b/;

/**
 * A repeat refused only under the same parent ("twice for the same workshop", "dos veces en el mismo taller", "au
 * même atelier", "für denselben Kurs"): a value unique within one record's children, never among all records.
 */
const SAME_PARENT =
  /\b(?:for|in|on|at|to|into|en|al|au|dans|pour|fur|zu|im|bei|nel|nello|nella|allo|alla|no|na|em|para)\s+(?:the same|el mismo|la misma|le meme|la meme|meme|denselben|demselben|derselben|dieselbe|dasselbe|selben|lo stesso|la stessa|o mesmo|a mesma)\b/;

/** What may follow the rule: its refusal ("… is refused with 409 CONFLICT"), nothing else. */
function nothingAfter(rest: string): boolean {
  const left = rest
    .replace(TAKING, ' ')
    .replace(
      /\b(?:returns?|answers?|gets?|gives?|with|an?|error|conflict|mit|con|avec|un|una|une|ein|einem|fehler|errore|erreur|status|http|ergibt|gibt|liefert|devuelve|da|renvoie|donne|restituisce|da|devolve|retorna)\b/g,
      ' ',
    );
  return !/\p{L}/u.test(left);
}

/**
 * A refusal of the repeat said after the rule ("registering one twice must fail", "the second sign-up is 409",
 * "un duplicato restituisce 409"): a word of refusal or a 4xx status, and otherwise only words of making a record
 * again. Anything else states more than the rule.
 */
const REPEAT_REFUSED =
  /\b(?:fail\w*|refus\w*|reject\w*|rejet\w*|rechaz\w*|rifiut\w*|abgelehnt|ablehn\w*|error\w*|erreur|errore|erro|fehler|conflict\w*|konflikt|conflit|conflicto|conflitto|4\d\d)\b/;
const REPEATING = new Set(
  (
    'a an the one it them that this its second another again twice duplicate duplicates is are be must should will ' +
    'which already taken existing exists as als comme come como mit con avec com wird werden ' +
    'would gets get gives give returns return answers answer with status http code means ' +
    'registering adding creating saving storing signing sign signs up signup signups submitting entering using ' +
    'registration sign-up record entry ' +
    'ein eine einen zweite zweiter zweites zweimal erneut nochmal doppelt duplikat anlegen anzulegen anlage registrieren ' +
    'anmeldung anmelden ist wird ergibt gibt liefert muss ' +
    'un una uno el la lo segundo segunda otra otro vez dos veces duplicado duplicada registrar registrarlo crear ' +
    'es da devuelve debe ' +
    'une le deuxieme seconde encore fois deux double doublon enregistrer creer ajouter est donne renvoie doit ' +
    'il lo secondo seconda altra volta volte due duplicato duplicata registrare creare inserire restituisce da deve ' +
    'o um uma segundo segunda outra vez duas vezes duplicado cadastrar cadastro criar retorna devolve deve ' +
    // "… else 409", "sonst 409", "sinon 409": the repeat's refusal said as the alternative.
    'else otherwise sonst andernfalls sino contrario sinon autrement altrimenti senao inscription inscripcion ' +
    'iscrizione inscricao ' +
    // "409 if it already exists", "409 se esiste già", "409 si ya existe", "409, wenn sie schon existiert".
    'if when wenn falls si se quand lorsque cuando quando exist existiert existieren existe existent existente ' +
    'esiste esistente already bereits schon ya deja déjà gia già ja já'
  ).split(' '),
);

/** "The same", which a refusal of a repeat may say again ("a second plant with the same name is 409"). */
const SAME_WORDS = new Set(
  'same mismo misma meme gleichen gleiche selben selbe derselben dieselbe denselben demselben dasselbe stesso stessa mesmo mesma'.split(
    ' ',
  ),
);

/**
 * Whether `rest` only refuses a repeat (and something refuses it), or says nothing at all; the words of the
 * rule before it (`named`: its record and field) may be said again.
 */
export function onlyRefusesRepeat(rest: string, named: string[] = []): boolean {
  const words = rest.match(/[\p{L}\p{N}-]+/gu) ?? [];
  if (words.length === 0) return true;
  if (!REPEAT_REFUSED.test(rest)) return false;
  // A German compound said again by its head ("Mitgliedsnummer … derselben Nummer").
  const again = (w: string) =>
    named.some((n) => n === w || n === `${w}s` || `${n}s` === w || (w.length >= 5 && n.endsWith(w)));
  return words.every(
    (w) => REPEATING.has(w) || SAME_WORDS.has(w) || again(w) || REPEAT_REFUSED.test(w) || /^-+$/.test(w),
  );
}

/**
 * The record named before its field ("creating a part whose sku …", "a device with a serial number …", "un
 * socio cuyo correo …"): the words after the relative name the field; the phrase as it is otherwise.
 */
const RECORD_THEN_FIELD =
  /^(?:(?:creating|adding|registering|saving|storing|submitting|posting)\s+)?(?:(?:a|an|the|one|un|una|une|ein|eine|einen|o|um|uma|il|el|le)\s+)?\p{L}+\s+(?:whose|with (?:an?|the)|having (?:an?|the)|cuy[oa]|dont l[ae]|deren|dessen|il cui|la cui|cujo|cuja)\s+(.+)$/u;

export function fieldPhrase(phrase: string): string {
  return RECORD_THEN_FIELD.exec(phrase)?.[1] ?? phrase;
}

/** "No puede repetirse", "must not repeat", "darf sich nicht wiederholen": the value never repeats. */
const NO_REPEAT =
  /^(.+?)\s+(?:(?:cannot|can not|may not|must not|should not|never|does not|do not)\s+(?:be\s+)?repeat(?:ed)?|(?:no (?:se )?(?:puede|pueden|debe|deben)|nunca (?:se )?(?:puede|debe)) repetir(?:se)?|(?:darf|durfen|kann|konnen) sich nicht wiederholen|(?:darf|durfen) nicht wiederholt werden|ne (?:peut|peuvent|doit|doivent) (?:pas|jamais) (?:se repeter|etre repetee?s?)|non (?:puo|possono|deve|devono) (?:ripetersi|essere ripetut[oaie])|nao (?:pode|podem|deve|devem) (?:se )?repetir(?:-se)?)\b(.*)$/;

/** "The same email cannot be registered twice": the field named between "the same" and the repeat. */
const SAME_THEN_TWICE =
  /\b(?:the same|el mismo|la misma|le meme|la meme|der(?:selbe)?|dieselbe|dasselbe|lo stesso|la stessa|o mesmo|a mesma)\s+((?:\p{L}+\s+)?\p{L}+)\s+(?:cannot|can not|can't|may not|must not|should not|is never|is not allowed to|no (?:puede|debe)|ne (?:peut|doit) pas|kann nicht|darf nicht|non (?:puo|deve)|nao (?:pode|deve))\s+(?:be\s+|ser\s+|etre\s+|essere\s+|werden\s+)?\p{L}+\s+(?:twice|two times|a second time|dos veces|deux fois|zweimal|due volte|duas vezes)\b(.*)$/u;

/** A question or a listing about taken values ("show the usernames already taken"), not a rule. */
const ASKING =
  /\b(?:show\w*|display\w*|list\w*|get|return\w*|find|whether|if|check\w*|tell|zeig\w*|anzeig\w*|pruf\w*|mostrar|muestr\w*|comprob\w*|affich\w*|verifi\w*)\b/;

/** The field after "the same": one or two words ("email", "email address"), not an action ("room may overlap"). */
function sameField(phrase: string): boolean {
  return (
    (phrase.match(/\p{L}+/gu) ?? []).filter((w) => !/^(?:a|an|the|el|la|le|der|die|das)$/.test(w)).length <= 2
  );
}

export interface SameValuePhrase {
  /** The words naming the field (and maybe its records). */
  phrase: string;
  ignoreCase: boolean;
}

/** The field a feature says never repeats, in one of the phrasings above, or null. */
export function readSameValue(said: string): SameValuePhrase | null {
  const lower = said.replace(/\be-mail/g, 'email');
  const ignoreCase = new RegExp(IGNORING_CASE.source).test(lower);
  // "… — compare case-insensitively": the comparison's verb goes with the case rule it introduces.
  const text = lower
    .replace(IGNORING_CASE, ' ')
    .replace(ignoreCase ? COMPARING : /$^/, ' ')
    .replace(/[,;:()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const clean = (s: string) => fieldPhrase(s.replace(TAKING, ' ').replace(/\s+/g, ' ').trim());
  if (SCOPE.test(text) || SAME_PARENT.test(text)) return null;
  const repeat = NO_REPEAT.exec(text);
  if (repeat && onlyRefusesRepeat(repeat[2])) return { phrase: clean(repeat[1]), ignoreCase };
  const sameTwice = SAME_THEN_TWICE.exec(text);
  if (sameTwice && sameField(sameTwice[1]) && onlyRefusesRepeat(sameTwice[2]))
    return { phrase: sameTwice[1], ignoreCase };
  if (NO_TWO.test(text)) {
    const same = SAME.exec(text.slice(NO_TWO.exec(text)?.index ?? 0));
    return same && sameField(clean(same[1])) ? { phrase: clean(same[1]), ignoreCase } : null;
  }
  // "… returns 409", "… gets a conflict": the refusal's status, not a question.
  if (ASKING.test(text.replace(/\b(?:returns?|gets?)\s+(?:an?\s+)?(?:4\d\d|error|conflict)\b/g, ' ')))
    return null;
  if (TWICE.test(text)) {
    const same = SAME.exec(text.slice(TWICE.exec(text)?.index ?? 0));
    const phrase = same && clean(same[1].replace(/\b4\d\d\b/g, ' '));
    // Only the field, and its refusal, after "the same".
    const named = phrase && /^\s*((?:\p{L}+\s+)?\p{L}+)(.*)$/u.exec(phrase);
    if (named && sameField(named[1]) && nothingAfter(named[2])) return { phrase: named[1], ignoreCase };
    return null;
  }
  const taken = TAKEN.exec(text);
  if (taken) {
    const rest = text.slice(taken.index + taken[0].length);
    if (nothingAfter(rest) || onlyRefusesRepeat(rest))
      return { phrase: clean(text.slice(0, taken.index)), ignoreCase };
    // Said before the field ("an already taken username", "ein bereits vergebenes Kennzeichen → 409"): the one
    // or two words after it name the field, and only the refusal may follow them.
    const field = /^\s*((?:\p{L}+\s+)?\p{L}+)\s+(.*)$/u.exec(rest);
    if (ARTICLE_ONLY.test(text.slice(0, taken.index)) && field) {
      const [first, ...second] = field[1].split(/\s+/);
      for (const [name, after] of [
        [first, `${second.join(' ')} ${field[2]}`],
        [field[1], field[2]],
      ])
        if (nothingAfter(after) && !TAKING.test(name)) return { phrase: name, ignoreCase };
    }
    return null;
  }
  const before = DUPLICATE_BEFORE.exec(text);
  if (before) return { phrase: clean(before[1]), ignoreCase };
  const after = DUPLICATE_AFTER.exec(text);
  if (after) return { phrase: clean(after[1]), ignoreCase };
  const once = ONCE.exec(text);
  // "an invoice can only be paid once" moves the invoice (a lifecycle), it keeps no field apart.
  if (once && lifecycleFlagsIn(once[0].split(/[^a-z]+/)).length > 0) return null;
  // "a secret can be read only once", "un segreto si può leggere una sola volta": a record read once, no field kept apart.
  if (once && READ_ONCE.test(text.slice(0, once.index + once[0].length))) return null;
  const afterOnce = once ? text.slice(once.index + once[0].length) : '';
  // The refusal after it may name the field again ("… eine zweite Anmeldung mit derselben Adresse … abgelehnt").
  const named = once ? (text.slice(0, once.index).match(/\p{L}+/gu) ?? []) : [];
  if (once && (nothingAfter(afterOnce) || onlyRefusesRepeat(afterOnce.replace(TAKING, ' '), named)))
    return { phrase: clean(text.slice(0, once.index)), ignoreCase };
  return null;
}
