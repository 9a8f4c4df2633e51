import { probeRowTests, type ProbeRow } from './testing/probe-rows';

/*
 * Phrasing table of the failure codes a password check answers, in the ways users write them beside the rules
 * (written before their readers): a code before its failure in parentheses ("too_short (fewer than 8
 * characters)", "zu_kurz (weniger als 10 Zeichen)"), a code that is a plain word among identifiers ("comun (una
 * contraseña común …)", "curta (menos de 8 caracteres)"), codes after '=' and codes listed apart from the rules
 * they name by their own words ("… avec les codes trop_court, sans_chiffre, sans_majuscule"), in the order the
 * rules are stated. English, German, Spanish, French, Italian and Portuguese, spelled and free, one feature or
 * several. Answers worked out by hand (the common list holds password, 123456 and qwerty):
 *   abc           3 characters, lower case only
 *   password      8 characters, lower case, common
 *   123456        6 digits, common
 *   qwerty        6 characters, lower case, common
 *   abcdefghij   10 characters, lower case
 *   Abcdefgh1xyz 12 characters: lower, upper, digit
 * Near misses: codes listed apart in another order than their rules, a code naming a rule the feature does not
 * state, a maximum length, a code naming no rule: which list a client gets is not said, so they stay refused.
 */

const FAILED = 'failures|failed|errors|errores|erreurs|errori|falhas|fehler|verletzt|codes';
const PASSWORD = 'password|passwort|contrasena|mot_de_passe|senha|pwd';

const ROWS: ProbeRow[] = [
  {
    name: 'en: spelled, each code before its failure in parentheses, a common one',
    features: [
      'POST /password/check with {"password": string} returns {"valid": boolean, "failures": [string]}',
      'failure codes: too_short (fewer than 8 characters), no_digit (no digit), no_upper (no uppercase letter), common (one of the common passwords such as password or 123456)',
    ],
    expect: [
      { feature: 0, body: { password: 'Abcdefgh1xyz' }, want: { valid: true, failures: [] } },
      {
        feature: 1,
        body: { password: 'abc' },
        want: { valid: false, failures: ['too_short', 'no_digit', 'no_upper'] },
      },
      { feature: 1, body: { password: 'password' }, want: { failures: ['no_digit', 'no_upper', 'common'] } },
      { feature: 1, body: { password: '123456' }, want: { failures: ['too_short', 'no_upper', 'common'] } },
    ],
  },
  {
    name: 'en: spelled, each code before the rule it checks in parentheses',
    features: [
      'POST /api/passwords/validate takes {"password": string} and returns {"ok": boolean, "errors": [string]}',
      'codes: too_short (at least 8 characters), no_digit (a digit), no_upper (an uppercase letter)',
    ],
    expect: [
      {
        feature: 1,
        body: { password: 'abc' },
        want: { ok: false, errors: ['too_short', 'no_digit', 'no_upper'] },
      },
      { feature: 1, body: { password: 'abcdefghij' }, want: { errors: ['no_digit', 'no_upper'] } },
      { feature: 0, body: { password: 'Abcdefgh1xyz' }, want: { ok: true, errors: [] } },
    ],
  },
  {
    name: 'en: free, rules then the codes of the failed ones in one feature',
    features: [
      'check a signup password: at least 10 characters, a digit and an uppercase letter; answer the failed rules as too_short, no_digit, no_upper',
    ],
    expect: [
      { feature: 0, body: { [PASSWORD]: 'abc' }, want: { [FAILED]: ['too_short', 'no_digit', 'no_upper'] } },
      { feature: 0, body: { [PASSWORD]: 'abcdefghij' }, want: { [FAILED]: ['no_digit', 'no_upper'] } },
      { feature: 0, body: { [PASSWORD]: 'Abcdefgh1xyz' }, want: { [FAILED]: [] } },
    ],
  },
  {
    name: 'de: frei, Fehlercodes vor ihrer Verletzung in Klammern',
    features: [
      'Passwort prüfen und die verletzten Regeln als Liste zurückgeben',
      'Fehlercodes: zu_kurz (weniger als 10 Zeichen), keine_ziffer (keine Ziffer), kein_gross (kein Großbuchstabe)',
    ],
    expect: [
      {
        feature: 1,
        body: { [PASSWORD]: 'abc' },
        want: { [FAILED]: ['zu_kurz', 'keine_ziffer', 'kein_gross'] },
      },
      { feature: 1, body: { [PASSWORD]: 'abcdefghij' }, want: { [FAILED]: ['keine_ziffer', 'kein_gross'] } },
      { feature: 1, body: { [PASSWORD]: 'Abcdefgh1xyz' }, want: { [FAILED]: [] } },
    ],
  },
  {
    name: 'de: Regeln, dann die Codes in einem eigenen Feature',
    features: [
      'Passwortregeln prüfen: mindestens 8 Zeichen, eine Ziffer, ein Großbuchstabe',
      'die verletzten Regeln als Codes zu_kurz, keine_ziffer, kein_grossbuchstabe zurückgeben',
    ],
    expect: [
      {
        feature: 1,
        body: { [PASSWORD]: 'abc' },
        want: { [FAILED]: ['zu_kurz', 'keine_ziffer', 'kein_grossbuchstabe'] },
      },
      {
        feature: 1,
        body: { [PASSWORD]: 'password' },
        want: { [FAILED]: ['keine_ziffer', 'kein_grossbuchstabe'] },
      },
    ],
  },
  {
    name: 'es: spelled, códigos en paréntesis, uno de una palabra',
    features: [
      'POST /password/check con {"password": string} devuelve {"valida": boolean, "errores": [string]}',
      'códigos: muy_corta (menos de 8 caracteres), sin_numero (ningún número), comun (una contraseña común como 123456)',
    ],
    expect: [
      {
        feature: 1,
        body: { password: 'abc' },
        want: { valida: false, errores: ['muy_corta', 'sin_numero'] },
      },
      { feature: 1, body: { password: '123456' }, want: { errores: ['muy_corta', 'comun'] } },
      { feature: 1, body: { password: 'password' }, want: { errores: ['sin_numero', 'comun'] } },
      { feature: 0, body: { password: 'clave2024x' }, want: { valida: true, errores: [] } },
    ],
  },
  {
    name: 'fr: règles puis les codes dans une autre feature, même ordre',
    features: [
      'vérifier un mot de passe : au moins 8 caractères, un chiffre, une majuscule',
      'répondre {"ok": boolean, "erreurs": [string]} avec les codes trop_court, sans_chiffre, sans_majuscule',
    ],
    expect: [
      {
        feature: 1,
        body: { [PASSWORD]: 'abc' },
        want: { ok: false, erreurs: ['trop_court', 'sans_chiffre', 'sans_majuscule'] },
      },
      { feature: 1, body: { [PASSWORD]: 'abcdefgh1' }, want: { ok: false, erreurs: ['sans_majuscule'] } },
      { feature: 1, body: { [PASSWORD]: 'Abcdefgh1' }, want: { ok: true, erreurs: [] } },
    ],
  },
  {
    name: 'it: codici dopo "=", uno di una parola',
    features: [
      'controllare una password e restituire i codici delle regole violate',
      'troppo_corta = meno di 8 caratteri; senza_cifra = nessuna cifra; comune = password comune come password o qwerty',
    ],
    expect: [
      { feature: 1, body: { [PASSWORD]: 'abc' }, want: { [FAILED]: ['troppo_corta', 'senza_cifra'] } },
      {
        feature: 1,
        body: { [PASSWORD]: 'qwerty' },
        want: { [FAILED]: ['troppo_corta', 'senza_cifra', 'comune'] },
      },
      { feature: 1, body: { [PASSWORD]: 'ciao12345' }, want: { [FAILED]: [] } },
    ],
  },
  {
    name: 'pt: códigos antes da falha entre parênteses, um de uma palavra',
    features: [
      'validar uma senha e devolver a lista de regras que falham',
      'curta (menos de 8 caracteres), sem_digito (sem dígito), sem_maiuscula (sem letra maiúscula)',
    ],
    expect: [
      {
        feature: 1,
        body: { [PASSWORD]: 'abc' },
        want: { [FAILED]: ['curta', 'sem_digito', 'sem_maiuscula'] },
      },
      { feature: 1, body: { [PASSWORD]: 'senhaforte' }, want: { [FAILED]: ['sem_digito', 'sem_maiuscula'] } },
      { feature: 1, body: { [PASSWORD]: 'Senha2024' }, want: { [FAILED]: [] } },
    ],
  },
  {
    name: 'pt: regras e códigos listados à parte na mesma feature',
    features: [
      'verificar uma senha: pelo menos 8 caracteres, um dígito e uma letra maiúscula; responder com os códigos curta, sem_digito, sem_maiuscula das regras que falham',
    ],
    expect: [
      {
        feature: 0,
        body: { [PASSWORD]: 'abc' },
        want: { [FAILED]: ['curta', 'sem_digito', 'sem_maiuscula'] },
      },
      { feature: 0, body: { [PASSWORD]: 'Senha2024' }, want: { [FAILED]: [] } },
    ],
  },
  // Near misses: the answer a client gets is not said.
  {
    name: 'en: near miss, codes listed apart in another order than the rules',
    features: [
      'check a password: at least 8 characters, a digit and an uppercase letter',
      'failed rules are answered with the codes no_upper, too_short, no_digit',
    ],
    expect: 'refused',
  },
  {
    name: 'en: near miss, a code naming a rule the feature does not state',
    features: [
      'check a password: at least 8 characters and a digit; answer the codes too_short, no_digit, no_symbol',
    ],
    expect: 'refused',
  },
  {
    name: 'fr: near miss, a maximum length among the codes',
    features: [
      'vérifier un mot de passe',
      'codes : trop_court (moins de 8 caractères), trop_long (plus de 64 caractères), sans_chiffre (aucun chiffre)',
    ],
    expect: 'refused',
  },
  {
    name: 'es: near miss, a code naming no rule',
    features: [
      'comprobar una contraseña',
      'códigos: muy_corta (menos de 8 caracteres), formato_malo (cualquier otra cosa)',
    ],
    expect: 'refused',
  },
];

/**
 * Rows not read yet (each must fail; the set only shrinks). Written before the code: 10 of 10 rows unread, and the
 * near miss listing codes in another order than the rules realised as a store of 'answereds' (fields too_short,
 * no_digit). Now: the French codes listed in a feature that also spells the answer's shape are not read with the
 * rules of the feature before it (the same list without the shape is).
 */
const NOT_YET_READ = new Set<string>(['fr: règles puis les codes dans une autre feature, même ordre']);

describe('failure codes of a password check, as users write them (phrasing table)', () => {
  probeRowTests(
    ROWS,
    NOT_YET_READ,
    'password-checks',
    'Checks the passwords people choose when they sign up.',
  );
});
