/**
 * The paraphrase table (tests only): the same computations written as different users write them — short
 * fragments, questions, user stories, noise words, German, Spanish, French, Italian and Portuguese — each with the
 * catalog function it must be read as and an answer worked out by hand that the emitted code must give. Beside
 * them, near misses that share a word with a family but ask for something the catalog cannot compute.
 */

/** A phrasing, the function it must be read as, a request in parameter names and the answer (a subset). */
export interface Paraphrase {
  text: string;
  fn: string;
  input: Record<string, unknown>;
  want: Record<string, unknown>;
}

/** A row maker: the function, request and answer, then the phrasing. */
export const row =
  (fn: string, input: Record<string, unknown>, want: Record<string, unknown>) => (text: string) => ({
    text,
    fn,
    input,
    want,
  });

// Worked answers, each checked on paper: 100 °C = 212 °F; 10 km = 6.21 mi; 10 kg = 22.05 lb; 10 l = 2.64 US gal.
const cToF = row('temperature.convert', { value: 100, from: 'C', to: 'F' }, { value: 212 });
const fToC = row('temperature.convert', { value: 212, from: 'F', to: 'C' }, { value: 100 });
// No rounding stated: 6 decimals (10 km = 10000 / 1609.344 mi = 6.213712 mi).
const kmToMi = row('units.length', { value: 10, from: 'km', to: 'mi' }, { value: 6.213712 });
const miToKm = row('units.length', { value: 10, from: 'mi', to: 'km' }, { value: 16.09344 });
const mToFt = row('units.length', { value: 10, from: 'm', to: 'ft' }, { value: 32.808399 });
const inToCm = row('units.length', { value: 10, from: 'in', to: 'cm' }, { value: 25.4 });
const kgToLb = row('units.mass', { value: 10, from: 'kg', to: 'lb' }, { value: 22.046226 });
const lbToKg = row('units.mass', { value: 10, from: 'lb', to: 'kg' }, { value: 4.535924 });
const gToOz = row('units.mass', { value: 100, from: 'g', to: 'oz' }, { value: 3.527396 });
const lToGal = row('units.volume', { value: 10, from: 'l', to: 'gal' }, { value: 2.641721 });
const galToL = row('units.volume', { value: 10, from: 'gal', to: 'l' }, { value: 37.854118 });
const kmhToMph = row('units.speed', { value: 100, from: 'km/h', to: 'mph' }, { value: 62.137119 });
const mphToKmh = row('units.speed', { value: 60, from: 'mph', to: 'km/h' }, { value: 96.56064 });
const ktToKmh = row('units.speed', { value: 10, from: 'kn', to: 'km/h' }, { value: 18.52 });
const gbToMb = row('units.data_size', { value: 2, from: 'GB', to: 'MB' }, { value: 2000 });
const mibToKib = row('units.data_size', { value: 2, from: 'MiB', to: 'KiB' }, { value: 2048 });
const secondsToHms = row('duration.format', { seconds: 3725 }, { duration: '1:02:05' });
const hmsToSeconds = row('duration.parse', { duration: '1:02:05' }, { seconds: 3725 });
// The parts named as words, no text format written: the parts as numbers (units-duration-parts.ts).
const secondsToParts = row('duration.to_parts', { seconds: 3725 }, { hours: 1, minutes: 2, seconds: 5 });
const eurToUsd = row('rate.convert', { amount: 100 }, { converted: 108 });
const gbpToEur = row('rate.convert', { amount: 100 }, { converted: 117 });
const usdToEur = row('rate.convert', { amount: 50 }, { converted: 46 });
const zones = row(
  'timezone.convert',
  { time: '2024-07-04T09:00:00', from: 'America/New_York', to: 'Europe/Paris' },
  { time: '2024-07-04T15:00:00' },
);
const luhn = row('luhn.validate', { number: '4539 1488 0343 6467' }, { valid: true });
const iban = row('iban.validate', { iban: 'GB82 WEST 1234 5698 7654 32' }, { valid: true });
const isbn = row('isbn.validate', { isbn: '978-0-306-40615-7' }, { valid: true });
const email = row('email.validate', { email: 'john.doe@example.com' }, { valid: true });
const url = row('url.validate', { url: 'https://example.com/docs?page=2' }, { valid: true });
const uuid = row('uuid.validate', { uuid: '919108f7-52d1-4320-9bac-f847db4148a8' }, { valid: true });
// "abc" fails any minimum length of 8 or more.
const password = row('password.strength', { password: 'abc' }, { strong: false });
const toRoman = row('roman.to-roman', { number: 1994 }, { roman: 'MCMXCIV' });
const fromRoman = row('roman.from-roman', { roman: 'XIV' }, { number: 14 });
const bases = row('numbers.base_convert', { value: '255', from_base: 10, to_base: 16 }, { result: 'FF' });
// One source base and a target named with a direction: a fixed conversion (bases-fixed.ts).
const hexToDecimal = row('numbers.base_fixed', { value: 'FF' }, { decimal: 255 });
const money = row(
  'format.currency',
  { amount: 1234.5, currency: 'USD', locale: 'en-US' },
  { formatted: '$1,234.50' },
);
const slug = row('text.slugify', { text: 'Crème brûlée à Paris!' }, { slug: 'creme-brulee-a-paris' });
const stats = row('text.statistics', { text: 'Hello world. How are you?' }, { words: 5 });
const cases = row(
  'text.case-conversion',
  { phrase: 'Hello big World', text: 'Hello big World' },
  { snake_case: 'hello_big_world' },
);
const markdown = row(
  'markdown.to-html',
  { markdown: 'some **bold** text' },
  { html: '<p>some <strong>bold</strong> text</p>' },
);
const tip = row('calc.tip_split', { bill: 100, tip_percent: 15, people: 4 }, { per_person: 28.75 });
const mean = row('calc.statistics', { numbers: [2, 4, 4, 4, 5, 5, 7, 9] }, { mean: 5 });
const bmi = row('calc.bmi', { weight: 70, height: 1.75 }, { bmi: 22.9 });
const bmiCm = row('calc.bmi', { weight: 70, height: 175 }, { bmi: 22.9 });
const dice = row('dice.roll', { notation: '2d6+3', seed: 42 }, { total: 10 });
// 2 × 3.50 + 1 × 12.99 = 19.99 before tax.
const order = row(
  'order.totals',
  {
    lines: [
      { quantity: 2, unit_price: 3.5 },
      { quantity: 1, unit_price: 12.99 },
    ],
  },
  { subtotal: 19.99 },
);

export const PARAPHRASES: Paraphrase[] = [
  // User stories in six languages: read by what they ask, without who asks and why.
  hexToDecimal('Als Entwickler möchte ich Hex in Dezimal umrechnen'),
  hexToDecimal('hex to decimal'),
  hexToDecimal('convertir un número hexadecimal a decimal'),
  hexToDecimal('convertir un nombre hexadécimal en décimal'),
  hexToDecimal('converti un numero da esadecimale a decimale'),
  hexToDecimal('converter um número hexadecimal para decimal'),
  miToKm("En tant qu'utilisatrice, je veux convertir des miles en kilomètres"),
  iban('Como usuario quiero validar mi IBAN'),
  lToGal('Come utente voglio convertire litri in galloni'),
  kgToLb('Como usuário quero converter quilos para libras'),
  order('As a shopper I want my cart total with 20% VAT so that I know what I pay'),
  order('Als Kunde möchte ich den Warenkorb mit 19 % MwSt berechnen'),

  ...['°C -> °F', 'what is 100 celsius in fahrenheit?', 'I need to turn degrees C into degrees F'].map(cToF),
  cToF('As a user I want to convert Celsius temperatures into Fahrenheit so I can read US weather'),
  cToF('Celsius nach Fahrenheit umrechnen'),
  cToF('pasar grados centígrados a Fahrenheit'),
  cToF('convertir des degrés Celsius en Fahrenheit'),
  cToF('converti gradi Celsius in Fahrenheit'),
  cToF('converter temperaturas de Celsius para Fahrenheit'),
  fToC('fahrenheit to celsius please'),
  fToC('temps in F -> C'),

  ...['km -> mi', 'How far is 10 km in miles?', 'As a runner I want my kilometres shown in miles'].map(
    kmToMi,
  ),
  miToKm('mi → km'),
  mToFt('Meter in Fuß umrechnen'),
  inToCm('convertir pulgadas a centímetros'),
  mToFt('convertir des mètres en pieds'),
  mToFt('converti metri in piedi'),
  inToCm('converter polegadas em centímetros'),

  ...['kg -> lb', 'kilos to lbs', 'convert my weight from kilos to pounds'].map(kgToLb),
  lbToKg('lbs to kilos'),
  gToOz('grams -> oz'),
  kgToLb('Kilogramm in Pfund umrechnen'),
  kgToLb('convertir kilos a libras'),
  kgToLb('convertir des kilos en livres'),
  kgToLb('converti chilogrammi in libbre'),
  kgToLb('converter quilos para libras'),

  ...['l -> gal', 'litres to gallons (US)', 'how many gallons are 20 liters?'].map(lToGal),
  galToL('gallons to litres'),
  lToGal('Liter in Gallonen umrechnen'),
  lToGal('convertir litros a galones'),
  lToGal('convertir des litres en gallons'),
  lToGal('converti litri in galloni'),
  lToGal('converter litros em galões'),

  ...['km/h -> mph', 'convert kmh into miles per hour', 'kph to mph'].map(kmhToMph),
  mphToKmh('mph to km/h'),
  ktToKmh('knots to km/h'),
  kmhToMph('km/h in mph umrechnen'),
  kmhToMph('convertir km/h a mph'),
  ktToKmh('convertir des nœuds en km/h'),
  kmhToMph('converti km/h in mph'),
  kmhToMph('converter km/h para mph'),

  ...['GB -> MB', 'turn gigabytes into megabytes', 'how many MB is a given number of GB'].map(gbToMb),
  mibToKib('MiB to KiB'),
  gbToMb('Gigabyte in Megabyte umrechnen'),
  gbToMb('convertir gigabytes a megabytes'),
  gbToMb('convertir des gigaoctets en mégaoctets'),
  gbToMb('converti gigabyte in megabyte'),
  gbToMb('converter gigabytes em megabytes'),

  ...['seconds -> H:MM:SS', 'show a count of seconds as h:mm:ss'].map(secondsToHms),
  secondsToHms('As a user I want a number of seconds displayed as hours:minutes:seconds'),
  secondsToParts('Sekunden in Stunden, Minuten und Sekunden umrechnen'),
  secondsToParts('convertir segundos en horas, minutos y segundos'),
  secondsToParts('convertire secondi in ore, minuti e secondi'),
  secondsToParts('converter segundos em horas, minutos e segundos'),
  hmsToSeconds('H:MM:SS -> seconds'),
  secondsToParts('convert a number of seconds like 3725 into hours, minutes and seconds'),
  secondsToParts('transformer un nombre de secondes en heures, minutes et secondes'),
  secondsToHms('format a number of seconds as hours, minutes and seconds'),
  secondsToHms('Sekunden als Text im Format H:MM:SS ausgeben'),
  secondsToHms('convertir segundos a una cadena H:MM:SS'),
  hmsToSeconds('turn a duration like 1:02:05 into a number of seconds'),

  eurToUsd('EUR -> USD at 1 EUR = 1.08 USD'),
  eurToUsd('convert euros into US dollars, the rate is 1.08 dollars per euro'),
  eurToUsd('As a traveller I want to convert euros to dollars at a fixed rate of 1 EUR = 1.08 USD'),
  eurToUsd('Euro in Dollar umrechnen, Kurs 1 EUR = 1,08 USD'),
  eurToUsd('convertir euros a dólares con la tasa 1 EUR = 1,08 USD'),
  eurToUsd('convertir des euros en dollars au taux 1 EUR = 1,08 USD'),
  eurToUsd('converti euro in dollari al cambio 1 EUR = 1,08 USD'),
  usdToEur('converter dólares para euros com a taxa 1 USD = 0,92 EUR'),
  gbpToEur('currency conversion from GBP to EUR at a fixed rate of 1.17'),

  zones('convert a time from America/New_York to Europe/Paris'),
  zones('translate a meeting time between IANA time zones'),
  zones('time zone converter'),
  zones('Uhrzeit zwischen Zeitzonen umrechnen'),
  zones('convertir una hora entre zonas horarias'),
  zones("convertir une heure d'un fuseau horaire à un autre"),
  zones('converti un orario tra fusi orari'),
  zones('converter horário entre fusos horários'),

  ...['luhn check', 'is this credit card number valid?', 'check card numbers with the mod 10 checksum'].map(
    luhn,
  ),
  luhn('Kreditkartennummer validieren'),
  luhn('validar números de tarjeta de crédito'),
  luhn('vérifier des numéros de carte de crédit'),
  luhn('validare numeri di carta di credito'),
  luhn('validar números de cartão de crédito'),

  ...[
    'IBAN validation',
    'is this IBAN valid?',
    'check that a bank account number in IBAN format is correct',
  ].map(iban),
  ...['IBAN prüfen', 'validar un IBAN', 'vérifier un IBAN', 'verificare un codice IBAN', 'validar IBAN'].map(
    iban,
  ),

  ...['ISBN checker', 'validate ISBN-10 and ISBN-13 numbers', 'is 978-0-306-40615-7 a valid isbn?'].map(isbn),
  ...['ISBN prüfen', 'validar un ISBN', 'vérifier un ISBN', 'verificare un ISBN', 'validar um ISBN'].map(
    isbn,
  ),

  ...['e-mail address validation', 'check if an email is well formed', 'are these mail addresses valid?'].map(
    email,
  ),
  email('E-Mail-Adresse prüfen'),
  email('validar direcciones de correo electrónico'),
  email('vérifier une adresse e-mail'),
  email('validare un indirizzo email'),
  email('validar endereço de e-mail'),

  ...['url validator', 'check whether a link is a valid http(s) URL', 'is this web address valid?'].map(url),
  ...['URL prüfen', 'validar una URL', 'vérifier une URL', 'validare un URL', 'validar uma URL'].map(url),

  ...['uuid check', 'is this a valid UUID?', 'validate GUIDs'].map(uuid),
  ...['UUID prüfen', 'validar un UUID', 'vérifier un UUID', 'validare un UUID', 'validar um UUID'].map(uuid),

  password('password strength checker: min 8 chars, one digit, one uppercase'),
  password(
    'As a user I want to know if my password is strong enough (at least 12 characters, a number and a symbol)',
  ),
  password('how strong is a password? it needs 8+ characters and a digit'),
  password('Passwortstärke prüfen: mindestens 8 Zeichen und eine Ziffer'),
  password('comprobar la seguridad de una contraseña: al menos 8 caracteres'),
  password("vérifier la robustesse d'un mot de passe : au moins 8 caractères"),
  password('verificare la robustezza di una password: almeno 8 caratteri'),
  password('verificar a força de uma senha: pelo menos 8 caracteres'),

  ...[
    'int -> roman numerals',
    'write numbers as Roman numerals',
    'roman numeral converter: 1994 gives MCMXCIV',
  ].map(toRoman),
  toRoman('Zahlen in römische Zahlen umwandeln'),
  toRoman('convertir un nombre en chiffres romains'),
  toRoman('converti numeri in numeri romani'),
  toRoman('converter números em algarismos romanos'),
  fromRoman('parse roman numerals like XIV into numbers'),

  ...['decimal <-> hex', 'convert numbers from base 2 to base 16', 'bin/oct/dec/hex converter'].map(bases),
  bases('Zahlen zwischen Binär und Hexadezimal umrechnen'),
  bases('convertir números entre binario y hexadecimal'),
  bases('convertir un nombre entre binaire et hexadécimal'),
  bases('converti numeri tra binario ed esadecimale'),
  bases('converter números entre binário e hexadecimal'),

  ...[
    'format amounts as money for a locale',
    'show 1234.5 as $1,234.50',
    'currency formatting per locale',
  ].map(money),
  money('Beträge als Währung formatieren'),
  money('formatear cantidades como moneda'),
  money('formater un montant en devise selon la langue'),
  money('formattare importi come valuta'),
  money('formatar valores como moeda'),

  ...['slugify', 'make URL-friendly slugs from blog titles', 'generate a slug from a title'].map(slug),
  slug('aus einem Titel einen URL-Slug erzeugen'),
  slug('generar un slug a partir de un título'),
  slug("générer un slug à partir d'un titre"),
  slug('generare uno slug da un titolo'),
  slug('gerar um slug a partir de um título'),

  ...[
    'word count',
    'count words and characters in a text',
    'how many words, sentences and characters does a text have?',
  ].map(stats),
  stats('Wörter und Zeichen eines Textes zählen'),
  stats('contar palabras y caracteres de un texto'),
  stats("compter les mots et les caractères d'un texte"),
  stats('contare parole e caratteri di un testo'),
  stats('contar palavras e caracteres de um texto'),

  ...[
    'camelCase <-> snake_case',
    'convert identifiers to kebab-case',
    'change text to snake case and camel case',
  ].map(cases),
  cases('Text in snake_case und camelCase umwandeln'),
  cases('convertir texto a snake_case y camelCase'),
  cases('convertir un texte en snake_case et camelCase'),
  cases('convertire testo in snake_case e camelCase'),
  cases('converter texto para snake_case e camelCase'),

  ...['md -> html', 'turn Markdown into HTML', 'render markdown'].map(markdown),
  markdown('Markdown in HTML umwandeln'),
  markdown('convertir Markdown a HTML'),
  markdown('convertir du Markdown en HTML'),
  markdown('convertire Markdown in HTML'),
  markdown('converter Markdown para HTML'),

  ...['split a bill with tip among friends', 'tip calculator: bill, tip %, number of people'].map(tip),
  tip('how much does each person pay with a tip?'),
  tip('Rechnung mit Trinkgeld aufteilen'),
  tip('dividir la cuenta con propina entre personas'),
  tip("partager l'addition avec le pourboire entre plusieurs personnes"),
  tip('dividere il conto con la mancia'),
  tip('dividir a conta com gorjeta entre pessoas'),

  ...['mean, median and population standard deviation of a list of numbers', 'avg/min/max of numbers'].map(
    mean,
  ),
  mean('compute the average of a list of numbers'),
  mean('Durchschnitt einer Liste von Zahlen'),
  mean('calcular el promedio de una lista de números'),
  mean("calculer la moyenne d'une liste de nombres"),
  mean('calcolare la media di una lista di numeri'),
  mean('calcular a média de uma lista de números'),

  ...['bmi calculator', 'As a user I want to know my BMI from my weight and height'].map(bmi),
  bmiCm('body mass index from kg and cm'),
  bmi('BMI aus Gewicht und Größe berechnen'),
  bmi('calcular el IMC'),
  bmi("calculer l'IMC"),
  bmi("calcolare l'indice di massa corporea"),
  bmi('calcular o IMC'),

  ...['roll 2d6', 'dice roller for tabletop games (NdM+K notation)', 'throw some dice'].map(dice),
  dice('Würfel werfen (z. B. 2d6+3)'),
  dice('tirar dados'),
  dice('lancer des dés'),
  dice('lanciare dadi'),
  dice('rolar dados'),

  order('order total with 8% sales tax and a discount code'),
  order('compute a basket total: qty × price per line, plus 20% VAT'),
  order('Bestellsumme aus Positionen (Menge × Preis) mit 19 % MwSt'),
  order('total de un pedido con IVA del 21%'),
  order("calculer le total d'un panier avec TVA 20 %"),
  order('calcolare il totale di un ordine con IVA al 22%'),
  order('calcular o total de um pedido com IVA de 23%'),
];

/** Phrasings that share words with a family but ask for something it does not compute: never recognised. */
export const NEAR_MISSES: string[] = [
  'convert the video to mp4',
  'temperature forecast for tomorrow',
  "validate the user's session token",
  'store each customer email address',
  'upload a profile picture of at most 5 MB',
  'convert a PDF to plain text',
  'translate the page into Spanish',
  'send a password reset email',
  'track the shipping weight of each parcel in kg',
  'roll back the last deployment',
  'convertir la vidéo en mp4',
  'Passwort per E-Mail zurücksetzen',
  'fetch live exchange rates from the central bank',
  'count the visitors of each page',
  'generate a random UUID for each new order',
  'schedule a meeting in the time zone of each attendee',
  'pronóstico de temperatura para mañana',
  'store blog posts written in markdown',
  'the EUR and USD accounts share a rate limit of 100 requests per minute',
  // Underspecified: which spread (population or sample), which tax rate; a guess would be a wrong answer.
  'mean, median and standard deviation of a list of numbers',
  'order total with tax and a discount code',
];
