import { wordPairMemo } from './word-memo';

/**
 * Terms that name the same thing across endings and the languages intents are written in: how a constraint's
 * subject finds the field it is about (constraint-reading.ts).
 */

/** Units of measure a bound may be written in ("between 0 and 1000 km"), in the languages we read. */
export const MEASURE_UNITS: string[][] = [
  ['second', 'seconds', 'sekunde', 'sekunden', 'segundo', 'seconde', 'secondo', 'secondi'],
  ['kilometre', 'kilometres', 'kilometer', 'kilometers', 'kilometro', 'chilometro', 'quilometro', 'km'],
  ['metre', 'metres', 'meter', 'meters', 'metro', 'm'],
  ['mile', 'miles', 'meile', 'milla', 'mille', 'miglio', 'milha', 'mi'],
  ['kilogram', 'kilogramm', 'kilogramo', 'chilogrammo', 'quilograma', 'kilo', 'kg'],
  ['pound', 'pounds', 'pfund', 'libra', 'livre', 'libbra', 'lb', 'lbs'],
  ['byte', 'octet', 'bytes', 'octets'],
];
/** Words that name the same quantity in the languages intents are written in (folded, singular). */
const SYNONYMS: string[][] = [
  ['username', 'user', 'benutzername', 'nutzername', 'usuario', 'pseudo', 'identifiant', 'login', 'handle'],
  ['email', 'mail', 'correo', 'courriel'],
  ['domain', 'domaine', 'dominio', 'domainname', 'domainename'],
  ['country', 'land', 'pais', 'pays', 'paese'],
  ['common', 'frequent', 'haufigste', 'haufigsten', 'frecuente', 'frequente'],
  [
    'people',
    'person',
    'persons',
    'diner',
    'guest',
    'head',
    'personen',
    'leute',
    'gast',
    'gaeste',
    'gaste',
    'persona',
    'comensal',
    'personne',
    'convive',
    'persone',
    'pessoa',
  ],
  [
    'percent',
    'percentage',
    'pct',
    'prozent',
    'prozentsatz',
    'porcentaje',
    'pourcentage',
    'percentuale',
    'porcentagem',
  ],
  ['tip', 'gratuity', 'trinkgeld', 'propina', 'pourboire', 'mancia', 'gorjeta'],
  ['quantity', 'qty', 'menge', 'stuckzahl', 'cantidad', 'quantite'],
  ['price', 'cost', 'preis', 'precio', 'prix', 'prezzo', 'prezzi', 'preco'],
  ['title', 'titel', 'titulo', 'titre', 'titolo'],
  ['name', 'nom', 'nome'],
  ['author', 'autor', 'auteur', 'autore'],
  // "Fehlt das Passwort", "un mot de passe vide", "una contraseña vacía", "senha em branco".
  ['password', 'passwort', 'kennwort', 'contrasena', 'motdepasse', 'passe', 'senha'],
  // The text a palindrome check or a word count reads ("la frase", "une phrase vide").
  ['phrase', 'frase'],
  ['bill', 'check', 'rechnung', 'betrag', 'cuenta', 'addition', 'montant'],
  ['currency', 'waehrung', 'wahrung', 'moneda', 'divisa', 'devise', 'monnaie'],
  ['size', 'grosse', 'groesse', 'tamano', 'taille'],
  ['page', 'seite', 'pagina'],
  ['age', 'alter', 'edad'],
  ['weight', 'gewicht', 'peso', 'poids'],
  ['height', 'grosse', 'altura', 'estatura', 'taille'],
  ['count', 'anzahl', 'cantidad', 'nombre', 'numero'],
  ['sum', 'summe', 'suma', 'somme', 'total'],
  ['rating', 'bewertung', 'valoracion', 'note'],
  ['year', 'jahr', 'ano', 'annee'],
  ['month', 'monat', 'mes', 'mois'],
  ['rate', 'zins', 'zinssatz', 'tasa', 'taux', 'interest'],
  ['distance', 'entfernung', 'strecke', 'distanz', 'distancia', 'distanza'],
  ['length', 'lange', 'laenge', 'longitud', 'longueur', 'lunghezza', 'comprimento'],
  ['speed', 'velocity', 'geschwindigkeit', 'tempo', 'velocidad', 'vitesse', 'velocita', 'velocidade'],
  ['pressure', 'druck', 'drucke', 'presion', 'pression', 'pressione', 'pressioni', 'pressao', 'pressoes'],
  ['energy', 'energie', 'energien', 'energia', 'energias'],
  ['duration', 'dauer', 'zeitdauer', 'duracion', 'duree', 'durata', 'duracao'],
  ...MEASURE_UNITS,
];

function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:en|es)$/.test(w) && !w.endsWith('ss')) return w.slice(0, -2);
  if (w.length > 3 && /[sn]$/.test(w) && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/**
 * The word with only a plural `s` taken off ("prices" → "price", "lines" → "line"), where `singular` takes
 * "es" off and leaves a stem ("pric") its singular does not share.
 */
function withoutS(word: string): string {
  const w = word.toLowerCase();
  return w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w) ? w.slice(0, -1) : w;
}

/** Whether two words name the same thing: equal up to an ending, or in one synonym group. */
export const sameTerm = wordPairMemo(sameTermOnce);

function sameTermOnce(a: string, b: string): boolean {
  const [x, y] = [singular(a), singular(b)];
  if (x === y) return true;
  if (withoutS(a) === b.toLowerCase() || withoutS(b) === a.toLowerCase()) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 5 && long.startsWith(short)) return true;
  const groups = groupsOf(x);
  return groups !== undefined && (groupsOf(y)?.some((g) => groups.includes(g)) ?? false);
}

/** Each synonym's singular → the groups it belongs to; built once (comparing words is the gate's hot path). */
let synonymGroups: Map<string, number[]> | null = null;

function groupsOf(singularWord: string): number[] | undefined {
  if (!synonymGroups) {
    const built = new Map<string, number[]>();
    SYNONYMS.forEach((group, index) => {
      for (const g of group) {
        const key = singular(g);
        const list = built.get(key) ?? [];
        if (!list.includes(index)) list.push(index);
        built.set(key, list);
      }
    });
    synonymGroups = built;
  }
  return synonymGroups.get(singularWord);
}
