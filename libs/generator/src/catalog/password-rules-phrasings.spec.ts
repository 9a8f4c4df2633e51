import { probeRowTests, type ProbeRow } from './testing/probe-rows';

/*
 * Phrasing table of password rule checks and strength ratings as whole small intents, written before their
 * readers: the features users write for such a service, spelled out (METHOD /path and JSON shapes) and in free
 * text, in English, German, Spanish, French, Italian and Portuguese, one line or several. A rule check answers
 * whether the password is valid and the codes of the rules it breaks, named as the user names them, in the order
 * the rules are stated; a password that breaks rules is still answered (200); a missing or non-string password
 * is refused with 400. A rating answers the user's tier. Every answer was worked out by hand:
 *   Tr0ub4dor&3xyz   14 characters: lower, upper, digit, symbol
 *   Abcdefgh1xyz     12 characters: lower, upper, digit (no symbol)
 *   password123      11 characters: lower, digit
 *   abc def           7 characters: lower, one space
 *   abc               3 characters: lower
 *   abcdefg           7 characters: lower
 *   Abcdefghijk1     12 characters: lower, upper, digit
 *   Abcdefgh1!xy     12 characters: lower, upper, digit, symbol
 *   Abcdef1!          8 characters: lower, upper, digit, symbol
 * Near misses ask for what no rule check computes (a breach lookup, hashing, a rule on the user's name) and must
 * stay refused.
 */

const ROWS: ProbeRow[] = [
  {
    name: 'en: spelled check, {valid, failures}, rules in their order',
    features: [
      'POST /password/check with body {"password": string} returns {"valid": boolean, "failures": [string]}',
      'rules, in this order: at least 10 characters (too_short), a digit (no_digit), an uppercase letter (no_upper), a symbol (no_symbol)',
      'a password that breaks rules is still answered with 200; a missing or non-string password returns 400',
    ],
    expect: [
      { feature: 0, body: { password: 'Tr0ub4dor&3xyz' }, want: { valid: true, failures: [] } },
      {
        feature: 1,
        body: { password: 'abc' },
        want: { valid: false, failures: ['too_short', 'no_digit', 'no_upper', 'no_symbol'] },
      },
      {
        feature: 1,
        body: { password: 'password123' },
        want: { valid: false, failures: ['no_upper', 'no_symbol'] },
      },
      { feature: 2, body: {}, want: 400 },
      { feature: 2, body: { password: 12345 }, want: 400 },
    ],
  },
  {
    name: 'en: spelled {ok, failed}, a digit stated before the length',
    features: [
      'POST /api/password/validate takes {"password": string} and returns {"ok": boolean, "failed": [string]}',
      'the rules: a digit (no_digit), at least 8 characters (too_short), contains no spaces (has_space)',
    ],
    expect: [
      { feature: 0, body: { password: 'password123' }, want: { ok: true, failed: [] } },
      {
        feature: 1,
        body: { password: 'abc def' },
        want: { ok: false, failed: ['no_digit', 'too_short', 'has_space'] },
      },
      { feature: 1, body: { password: 'abcdefgh' }, want: { ok: false, failed: ['no_digit'] } },
    ],
  },
  {
    name: 'en: codes before their rules, one line each',
    features: [
      'Validate a signup password and return {"valid": boolean, "errors": [string]}',
      'too_short: fewer than 12 characters\nno_lowercase: no lower-case letter\nno_digit: no digit\nhas_space: contains a space',
    ],
    expect: [
      { feature: 0, body: { password: 'Abcdefgh1xyz' }, want: { valid: true, errors: [] } },
      {
        feature: 1,
        body: { password: 'abc def' },
        want: { valid: false, errors: ['too_short', 'no_digit', 'has_space'] },
      },
      {
        feature: 1,
        body: { password: 'ABCDEFGHIJKL' },
        want: { valid: false, errors: ['no_lowercase', 'no_digit'] },
      },
    ],
  },
  {
    name: 'en: spelled rating {rating}, empty is an error',
    features: [
      'POST /password/strength with {"password": string} returns {"rating": "weak"|"medium"|"strong"}',
      'under 8 characters is always weak; 12+ characters mixing lower, upper, digits and symbols is strong; everything else medium',
      'an empty password is an error, not a rating; a missing or non-string password returns 400',
    ],
    expect: [
      { feature: 0, body: { password: 'Tr0ub4dor&3xyz' }, want: { rating: 'strong' } },
      { feature: 1, body: { password: 'abcdefg' }, want: { rating: 'weak' } },
      { feature: 1, body: { password: 'Abcdef1!' }, want: { rating: 'medium' } },
      { feature: 1, body: { password: 'Abcdefghijk1' }, want: { rating: 'medium' } },
      { feature: 2, body: { password: '' }, want: 400 },
      { feature: 2, body: { password: 42 }, want: 400 },
    ],
  },
  {
    name: 'en: free-text meter over three features',
    features: [
      'a password strength meter for our signup page: weak, medium or strong',
      'anything under 8 characters is weak; at least 12 characters with lower and upper case letters, digits and symbols is strong; the rest is medium',
      'an empty password is an error, not a rating',
    ],
    expect: [
      {
        feature: 0,
        body: { 'password|pwd|value': 'Abcdefgh1!xy' },
        want: { 'strength|rating|level': 'strong' },
      },
      { feature: 1, body: { 'password|pwd|value': 'abc' }, want: { 'strength|rating|level': 'weak' } },
      {
        feature: 1,
        body: { 'password|pwd|value': 'password123' },
        want: { 'strength|rating|level': 'medium' },
      },
      { feature: 2, body: { 'password|pwd|value': '' }, want: 400 },
    ],
  },
  {
    name: 'en: spelled check, a common password by its code',
    features: [
      'POST /password/check with body {"password": string} returns {"valid": boolean, "failures": [string]}',
      'rules: at least 8 characters (too_short), not a common password like password or 123456 (too_common), a digit (no_digit)',
    ],
    expect: [
      { feature: 0, body: { password: 'Abcdefgh1xyz' }, want: { valid: true, failures: [] } },
      {
        feature: 1,
        body: { password: 'password' },
        want: { valid: false, failures: ['too_common', 'no_digit'] },
      },
      {
        feature: 1,
        body: { password: '123456' },
        want: { valid: false, failures: ['too_short', 'too_common'] },
      },
    ],
  },
  {
    name: 'en: free-text policy check, valid or not, weak still 200',
    features: [
      'Check that a new password follows our policy: at least 8 characters, one number and one uppercase letter',
      'say whether it is valid; a password that breaks the policy is still answered with 200',
    ],
    expect: [
      { feature: 0, body: { 'password|pwd': 'Abcdefgh1xyz' }, want: { 'valid|ok|passes': true } },
      { feature: 0, body: { 'password|pwd': 'abc' }, want: { 'valid|ok|passes': false } },
      { feature: 1, body: { 'password|pwd': 'abcdefgh' }, want: { 'valid|ok|passes': false } },
    ],
  },
  // Guard: an empty text refused beside a text computation is that computation's, not a password's.
  {
    name: 'en: guard, empty text stays with the text statistics',
    features: [
      'count how many words, characters and sentences a piece of text has',
      'empty or blank text => 400',
    ],
    expect: [
      { feature: 0, body: { 'text|content': 'Hello there. Bye.' }, want: {} },
      { feature: 1, body: { 'text|content': '' }, want: 400 },
    ],
  },
  // Near misses: no rule check computes these.
  {
    name: 'en: near miss, breach lookup',
    features: ['check whether a password appears in the haveibeenpwned breach database and say how often'],
    expect: 'refused',
  },
  {
    name: 'en: near miss, a rule on the user name',
    features: [
      'POST /password/check with {"password": string, "username": string} returns {"valid": boolean, "errors": [string]}',
      'rules: at least 8 characters (too_short), must not contain the username (contains_username)',
    ],
    expect: 'refused',
  },
  {
    name: 'de: Regeln mit Codes, gültig ja/nein und die verletzten Regeln',
    features: [
      'Passwortregeln prüfen: mindestens 10 Zeichen (zu_kurz), mindestens eine Ziffer (keine_ziffer), ein Großbuchstabe (kein_grossbuchstabe), keine Leerzeichen (leerzeichen)',
      'Antwort: gültig ja/nein und die Liste der verletzten Regeln, in der Reihenfolge oben',
      'Fehlt das Passwort oder ist es kein Text, gibt es 400',
    ],
    expect: [
      { feature: 0, body: { 'passwort|password': 'Abcdefgh1xyz' }, want: { 'gueltig|gultig|valid': true } },
      {
        feature: 0,
        body: { 'passwort|password': 'abc def' },
        want: {
          'gueltig|gultig|valid': false,
          'verletzt|verletzte_regeln|regeln|failed|errors': [
            'zu_kurz',
            'keine_ziffer',
            'kein_grossbuchstabe',
            'leerzeichen',
          ],
        },
      },
      { feature: 2, body: {}, want: 400 },
    ],
  },
  {
    name: 'de: Stärke schwach/mittel/stark, leeres Passwort ist ein Fehler',
    features: [
      'Passwortstärke bewerten: schwach, mittel oder stark',
      'unter 8 Zeichen immer schwach; ab 12 Zeichen mit Groß- und Kleinbuchstaben, Ziffern und Sonderzeichen stark; sonst mittel',
      'Ein leeres Passwort ist ein Fehler, keine Bewertung',
    ],
    expect: [
      {
        feature: 1,
        body: { 'passwort|password': 'Abcdefgh1!xy' },
        want: { 'staerke|stufe|strength|rating': 'stark' },
      },
      {
        feature: 1,
        body: { 'passwort|password': 'abcdefg' },
        want: { 'staerke|stufe|strength|rating': 'schwach' },
      },
      {
        feature: 1,
        body: { 'passwort|password': 'password123' },
        want: { 'staerke|stufe|strength|rating': 'mittel' },
      },
      { feature: 2, body: { 'passwort|password': '' }, want: 400 },
    ],
  },
  {
    name: 'es: reglas con códigos, {"valida", "errores"}, débil también 200',
    features: [
      'Validar una contraseña: al menos 8 caracteres (muy_corta), un número (sin_numero), una mayúscula (sin_mayuscula)',
      'devuelve {"valida": boolean, "errores": [string]}; una contraseña que no cumple también responde 200',
    ],
    expect: [
      { feature: 0, body: { 'contrasena|password': 'Abcdefgh1xyz' }, want: { 'valida|valid': true } },
      {
        feature: 1,
        body: { 'contrasena|password': 'abc' },
        want: {
          'valida|valid': false,
          'errores|errors|failed': ['muy_corta', 'sin_numero', 'sin_mayuscula'],
        },
      },
    ],
  },
  {
    name: 'es: fuerza débil/media/fuerte, vacía es un error',
    features: [
      'Clasificar la fuerza de una contraseña: menos de 8 caracteres es débil; 12 o más con mayúsculas, minúsculas, números y símbolos es fuerte; lo demás es media',
      'una contraseña vacía es un error, no una calificación',
    ],
    expect: [
      {
        feature: 0,
        body: { 'contrasena|password': 'Tr0ub4dor&3xyz' },
        want: { 'fuerza|nivel|strength|rating': 'fuerte' },
      },
      {
        feature: 0,
        body: { 'contrasena|password': 'abc' },
        want: { 'fuerza|nivel|strength|rating': 'débil' },
      },
      {
        feature: 0,
        body: { 'contrasena|password': 'Abcdefghijk1' },
        want: { 'fuerza|nivel|strength|rating': 'media' },
      },
      { feature: 1, body: { 'contrasena|password': '' }, want: 400 },
    ],
  },
  {
    name: 'fr: règles avec codes, valide oui/non et les règles non respectées',
    features: [
      'Vérifier un mot de passe : au moins 12 caractères (trop_court), un chiffre (pas_de_chiffre), une majuscule (pas_de_majuscule), aucun espace (espace)',
      'répondre valide oui/non et la liste des règles non respectées',
    ],
    expect: [
      { feature: 0, body: { 'mot_de_passe|password': 'Abcdefgh1xyz' }, want: { 'valide|valid': true } },
      {
        feature: 0,
        body: { 'mot_de_passe|password': 'abc def' },
        want: {
          'valide|valid': false,
          'regles|echecs|failed|errors': ['trop_court', 'pas_de_chiffre', 'pas_de_majuscule', 'espace'],
        },
      },
    ],
  },
  {
    name: 'fr: spelled niveau faible/moyen/fort',
    features: [
      'POST /mot-de-passe/force avec {"password": string} renvoie {"niveau": "faible"|"moyen"|"fort"}',
      'faible sous 8 caractères ; fort à partir de 12 caractères avec minuscules, majuscules, chiffres et symboles ; sinon moyen',
    ],
    expect: [
      { feature: 0, body: { password: 'Tr0ub4dor&3xyz' }, want: { niveau: 'fort' } },
      { feature: 1, body: { password: 'abcdefg' }, want: { niveau: 'faible' } },
      { feature: 1, body: { password: 'password123' }, want: { niveau: 'moyen' } },
    ],
  },
  {
    name: 'fr: spelled {ok, erreurs}, un mot de passe courant',
    features: [
      'POST /mdp/verifier avec {"mot_de_passe": string} renvoie {"ok": boolean, "erreurs": [string]}',
      'règles : au moins 8 caractères (trop_court), pas un mot de passe courant (trop_courant), un chiffre (sans_chiffre)',
    ],
    expect: [
      { feature: 0, body: { mot_de_passe: 'Abcdefgh1xyz' }, want: { ok: true, erreurs: [] } },
      {
        feature: 1,
        body: { mot_de_passe: 'password' },
        want: { ok: false, erreurs: ['trop_courant', 'sans_chiffre'] },
      },
    ],
  },
  {
    name: 'it: spelled {ok, errori}, regole in ordine, nessuno spazio',
    features: [
      'POST /password/verifica con {"password": string} restituisce {"ok": boolean, "errori": [string]}',
      "regole nell'ordine: almeno 10 caratteri (troppo_corta), nessuno spazio (spazi), una cifra (senza_cifra)",
    ],
    expect: [
      { feature: 0, body: { password: 'Abcdefgh1xyz' }, want: { ok: true, errori: [] } },
      {
        feature: 1,
        body: { password: 'abc def' },
        want: { ok: false, errori: ['troppo_corta', 'spazi', 'senza_cifra'] },
      },
    ],
  },
  {
    name: 'it: regole con codici, {"valida", "errori"}',
    features: [
      'Controllo password: almeno 8 caratteri (troppo_corta), una cifra (nessuna_cifra), una lettera maiuscola (nessuna_maiuscola)',
      'risposta {"valida": boolean, "errori": [string]}; una password mancante o non testuale dà 400',
    ],
    expect: [
      { feature: 0, body: { password: 'Abcdefgh1xyz' }, want: { 'valida|valid': true } },
      {
        feature: 0,
        body: { password: 'password' },
        want: { 'valida|valid': false, 'errori|errors|failed': ['nessuna_cifra', 'nessuna_maiuscola'] },
      },
      { feature: 1, body: {}, want: 400 },
    ],
  },
  {
    name: 'it: robustezza debole/media/forte',
    features: [
      'Valutare la robustezza di una password come debole, media o forte',
      'sotto gli 8 caratteri è sempre debole; da 12 caratteri con maiuscole, minuscole, cifre e simboli è forte; altrimenti media',
    ],
    expect: [
      {
        feature: 1,
        body: { password: 'Abcdefgh1!xy' },
        want: { 'robustezza|livello|strength|rating': 'forte' },
      },
      { feature: 1, body: { password: 'abcdefg' }, want: { 'robustezza|livello|strength|rating': 'debole' } },
      {
        feature: 1,
        body: { password: 'Abcdefghijk1' },
        want: { 'robustezza|livello|strength|rating': 'media' },
      },
    ],
  },
  {
    name: 'pt: regras com códigos, {"valida", "falhas"}, fraca também 200',
    features: [
      'Validar senha: no mínimo 8 caracteres (curta_demais), um dígito (sem_digito), uma letra maiúscula (sem_maiuscula), sem espaços (tem_espaco)',
      'responde {"valida": boolean, "falhas": [string]}; uma senha fraca também responde 200; senha ausente ou que não é texto dá 400',
    ],
    expect: [
      { feature: 0, body: { 'senha|password': 'Abcdefgh1xyz' }, want: { 'valida|valid': true } },
      {
        feature: 1,
        body: { 'senha|password': 'abc def' },
        want: {
          'valida|valid': false,
          'falhas|failed|errors': ['curta_demais', 'sem_digito', 'sem_maiuscula', 'tem_espaco'],
        },
      },
      { feature: 1, body: {}, want: 400 },
    ],
  },
  {
    name: 'pt: força fraca/média/forte, vazia é um erro',
    features: [
      'Força da senha: fraca, média ou forte',
      'menos de 8 caracteres é sempre fraca; 12 ou mais caracteres com minúsculas, maiúsculas, dígitos e símbolos é forte; o resto é média',
      'uma senha vazia é um erro, não uma classificação',
    ],
    expect: [
      {
        feature: 1,
        body: { 'senha|password': 'Tr0ub4dor&3xyz' },
        want: { 'forca|nivel|strength|rating': 'forte' },
      },
      { feature: 1, body: { 'senha|password': 'abc' }, want: { 'forca|nivel|strength|rating': 'fraca' } },
      {
        feature: 1,
        body: { 'senha|password': 'password123' },
        want: { 'forca|nivel|strength|rating': 'média' },
      },
      { feature: 2, body: { 'senha|password': '' }, want: 400 },
    ],
  },
];

/**
 * Rows the generator does not read yet (each must fail; the set only shrinks). Written before the code (a redo of
 * the reverted gen-passwords branch, whose rows these are, with four more): 19 of 22 unread; the two near misses
 * refused and the text-statistics guard read. After the old branch's readers (answers named as written, codes in
 * the stated order, follow-ups adding codes, answer names or refusals), narrowed so that a refusal or an answer
 * named without a password claims no feature of another family: 6. Asked whether valid, a weak password still
 * answered with 200, and refusals said in the feature that designs the check: 4 (the ratings whose tiers come in a
 * later feature). Tier names listed before what each means, as a follow-up joins them, read as a clause: 1.
 */
const NOT_YET_READ = new Set<string>(['it: robustezza debole/media/forte']);

describe('password rule checks and strength ratings (phrasing table)', () => {
  probeRowTests(
    ROWS,
    NOT_YET_READ,
    'password-checks',
    'Checks the passwords people choose when they sign up.',
  );
});
