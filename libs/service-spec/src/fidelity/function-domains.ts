import type { EndpointSpec } from '../spec-contract';
import { carriedTerms, wordsOf } from './domain-terms';

/** A card number's digits and the hyphens between their groups, in the languages intents are written in. */
const CARD_DIGITS =
  'ziffer ziffern digito digitos cifra cifras chiffre chiffres cifre hyphen hyphens dash dashes bindestrich bindestriche guion guiones tiret tirets trattino trattini hifen hifens';
/**
 * How a check's input may be written and still be read (spaces or hyphens between its groups, lower case): said of
 * the IBAN, ISBN, CPF and DNI checks in a feature of its own ("les espaces sont ignorés", tolerance-features.ts).
 */
const INPUT_WRITING =
  'space spaces whitespace leerzeichen espacio espacios espace espaces spazio spazi espaco espacos hyphen hyphens dash dashes bindestrich bindestriche guion guiones tiret tirets trattino trattini hifen hifens lower lowercase kleinbuchstaben minuscula minusculas minuscule minuscules minuscole';
const UUID = 'uuid uuids guid guids identifier identifiers';
/** Words for making a new value at random, in the languages intents are written in. */
const RANDOM_WORDS =
  'random new fresh generate generated generator zufall zufallig zufallige zufalligen neu neue neuen erzeugen erzeugt generieren aleatorio aleatoria aleatorios aleatorias nuevo nueva generar azar aleatoire aleatoires nouveau nouvelle generer hasard casuale casuali nuovo nuova generare novo nova gerar';
/** GS1 codes and the barcodes they are printed as; a code named by its length alone is one of them too. */
const GTIN =
  'ean ean8 ean13 upc upca gtin gtin8 gtin12 gtin13 gtin14 barcode barcodes strichcode strichcodes barras barres barre digit digits ziffer ziffern digito digitos chiffre chiffres cifra cifre';
/** A card's brand (network) and the brands, told by the start of its number. */
const CARD_BRANDS =
  'brand brands network networks issuer marke kartenmarke marca marcas reseau circuito bandeira bandeiras prefix prefixes start anfang inicio debut inizio visa mastercard amex american express discover jcb diners maestro';
const TEMPERATURE =
  'temperature temperatures celsius fahrenheit kelvin degree degrees temperatur grad temperatura grado grados temperatures degre degres gradi graus ' +
  // Absolute zero, the one bound every temperature has.
  'absolute absolu absolue absoluto absoluta absoluten absoluter absolutem nullpunkt assoluto';
const ROMAN =
  'roman romans numeral numerals romano romanos romana romanas romisch romische romischen roemisch roemische roemischen romain romains romaine romaines romani romane arabic arabisch arabe arabigo arabo ' +
  'subtractive subtraktive subtraktiven sustractiva sustractivo soustractive sottrattiva sottrattivo subtrativa subtrativo';
const DURATION =
  'duration durations second seconds minute minutes hour hours clock hms hhmmss dauer sekunde sekunden minute minuten stunde stunden duracion segundo segundos minuto minutos hora horas duree seconde secondes heure heures durata secondo secondi minuti ora ore duracao';
/** Semantic versions and what is said of them (release, pre-release, build), in the languages intents use. */
const SEMVER =
  'semver semantic semantische semantischen semantica semanticas semantique semantiques semantiche version versions versionen versionsnummer versionsnummern version versiones versione versioni versao versoes release releases prerelease pre build major minor patch newer newest older oldest neuer neuere neueste alter altere nueva nuevas nuevo reciente recente recentes nova novas part parts partes parties parti teile compare compared comparan comparen compara comparent comparano confrontano comparam numeric numerically numerisch numerico numerique confrontare confronta confronto';
/** Value-added tax on an amount, added to the net or taken out of the gross, in the languages intents use. */
const VAT =
  'vat tax taxes rate rates net gross amount amounts percent mwst ust steuer steuersatz steuersatze satz satze mehrwertsteuer umsatzsteuer netto brutto betrag betrage prozent iva impuesto tipo tipos neto bruto importe importes cuota tva taxe taux ht ttc montant montants imposta aliquota netto lordo importo imposto liquido bruto valor';
const PRIME = 'prime primes primality primzahl primzahlen primo primos premier premiers primi';
const LENGTH =
  'length lengths distance distances metre metres meter meters kilometre kilometres kilometer kilometers centimetre centimetres centimeter millimetre millimeter mile miles foot feet inch inches yard yards nautical lange entfernung strecke distanz meile meilen fuss zoll longitud distancia metro metros kilometro kilometros milla millas pie pies pulgada pulgadas yarda longueur mille milles pied pieds pouce pouces lunghezza distanza chilometro chilometri miglio miglia piede piedi pollice pollici comprimento quilometro quilometros milha milhas polegada polegadas laenge laengen parsec parsecs furlong furlongs elle ellen league leagues legua leguas lieue lieues km mi cm mm ft yd';
const MASS =
  'weight weights mass masses gram grams gramme grammes kilogram kilograms kilo kilos pound pounds ounce ounces stone tonne tonnes ton tons gewicht gewichte paketgewicht paketgewichte versandgewicht masse gramm kilogramm pfund unze unzen tonne peso pesos masa gramo gramos kilogramo kilogramos libra libras onza onzas tonelada poids livre livres once onces grammo grammi chilogrammo libbra libbre oncia once massa grama gramas quilograma quilogramas onca oncas kg lb lbs oz';
const VOLUME =
  'volume volumes litre litres liter liters millilitre millilitres milliliter gallon gallons pint pints quart quarts cup cups tablespoon teaspoon fluid volumen gallone gallonen tasse litro litros galon galones taza tazas pinta tasse tasses gallone gallons bicchiere galao galoes xicara gal ml tbsp tsp teaspoon teaspoons esslöffel essloffel teelöffel teeloffel cucharada cucharadas cucharadita cucharaditas cuillere cuilleres cuillère cuillères cucchiaio cucchiai cucchiaino cucchiaini colher colheres kitchen küche kuche cocina cuisine cucina cozinha recipe recipes rezept rezepte receta recetas recette recettes ricetta ricette receita receitas measure measures';
const SPEED =
  'speed speeds velocity velocities mph knot knots per hour geschwindigkeit knoten stundenkilometer velocidad nudo nudos vitesse noeud noeuds velocita nodo nodi velocidade kmh kph kn';
const PRESSURE =
  'pressure pressures druck drucke luftdruck reifendruck blutdruck druckwert druckwerte presion presiones pression pressions pressione pressioni pressao pressoes tyre tire tyres tires air blood barometric barometer barometrique barometrico pascal pascals hectopascal hectopascals kilopascal kilopascals megapascal megapascals bar millibar atmosphere atmospheres atmosphare atmosfera atmosferas mercury quecksilber quecksilbersaule mercurio mercure pound pounds square inch torr pa hpa kpa mpa mbar psi atm mmhg inhg';
const ENERGY =
  'energy energies energie energien energia energias joule joules julio julios kilojoule kilojoules kilojulio megajoule megajoules watt hour hours wattstunde wattstunden kilowattstunde kilowattstunden kilowatt kilovatio vatio hora wattheure kilowattheure chilowattora calorie calories kalorie kalorien caloria calorias kilocalorie kilocalories kilokalorie kilokalorien kilocaloria kilocalorias british thermal unit units btu j kj mj wh kwh cal kcal';
const AREA =
  'area areas surface surfaces floor floors flooring land plot plots field fields room rooms flache flachen wohnflache grundflache nutzflache grundstuck grundstucksflache superficie superficies superfici aire aires parcela parcelas parcelle parcelles terreno terrenos terrain square sq quadratmeter quadratkilometer quadratzentimeter quadratmillimeter quadratfuss quadratzoll quadratyard quadratmeile quadratmeilen metre metres meter meters metro metros metri kilometre kilometres kilometer kilometers kilometro kilometros chilometri quilometros centimetre centimetres centimetro centimetros centimetri millimetre millimetres foot feet inch inches yard yards mile miles pie pies pied pieds piedi pes pulgada pulgadas pouce pouces pollici polegadas milla millas miglia milhas cuadrado cuadrados cuadrada cuadradas carre carres quadrato quadrati quadrata quadrate quadri quadrado quadrados hectare hectares hektar hectarea hectareas ettaro ettari acre acres acri are ares ar m2 cm2 mm2 km2 ft2 in2 yd2 mi2 ha ac sqm sqft';
const DATA_SIZE =
  'file data storage size sizes byte bytes bit bits kilobyte kilobytes megabyte megabytes gigabyte gigabytes terabyte terabytes kibibyte mebibyte gibibyte tebibyte dateigrosse dateigroesse groesse datenmenge speichergrosse speichergroesse tamano archivo taille fichier dimensione tamanho arquivo octet octets kilooctet kilooctets megaoctet megaoctets gigaoctet gigaoctets teraoctet teraoctets gb mb kb tb pb gib mib kib tib power powers potenz potenzen potencia potencias puissance puissances potenza potenze prefix prefixes praefix praefixe prefijo prefijos prefixe prefisso prefissi prefixo prefixos datengroße datengroßen datengrosse datengrossen speichergroßen dimensioni tamanhos tamanos tailles donnees dati dados datos';

/** Calendar words shared by the calendar facts. */
const CALENDAR =
  'calendar calendars gregorian kalender gregorianisch calendario gregoriano calendrier gregorien';

const FUEL =
  'fuel consumption economy mileage efficiency car cars vehicle vehicles mpg litre litres liter liters kilometre kilometres kilometer kilometers mile miles gallon gallons verbrauch kraftstoff spritverbrauch liter kilometer meile meilen gallone gallonen consumo combustible rendimiento litro litros kilometro kilometros milla millas galon galones consommation carburant litre litres mille milles carburante litri chilometro chilometri miglia gallone galloni combustivel quilometro quilometros milha milhas galao galoes km kml unit units einheit unidad unite unita unidade';
/** "Unit" in the languages intents are written in (folded). */
const UNITS = 'unit units einheit einheiten unidad unidades unite unites unita unidade';
const COLOUR =
  'colour colours color colors hex hexadecimal code codes rgb red green blue channel channels hsl hue saturation lightness farbe farben farbcode hexadezimal rot grun blau farbton sattigung helligkeit color colores hexadecimal rojo verde azul matiz saturacion luminosidad couleur couleurs hexadecimal rouge vert bleu rvb composante composantes teinte tsl colore colori esadecimale rosso blu tonalita cor cores vermelho';

/**
 * What each catalog computation is about, in the words intents use for it in six languages (folded to ASCII
 * like `wordsOf`). The gate cannot run a computation, and a `function` endpoint's summary is the SPEC author's
 * prose; the catalog id is what the service runs. So a feature realised by a `function` endpoint must share a
 * term with what that function does: `text.reverse-words` cannot be claimed for "translate into Klingon",
 * whatever its summary says. An id missing here is read by its own words (`units.length` → units, length): a
 * new catalog function either has words in its id that features use, or a row here (the generator's tests check
 * that every catalog id has one).
 */
export const FUNCTION_DOMAINS: Readonly<Record<string, string>> = {
  'fuel.convert': FUEL,
  'calc.savings_goal_months':
    'savings saving save saved goal goals target objective month months monthly sparziel ziel sparen gespart gesparten sparrate ersparnis monat monate monatlich meta ahorro ahorrar ahorrado objetivo mes meses mensual epargne epargner objectif mois mensuel risparmio risparmiare risparmiato obiettivo mese mesi mensile poupanca poupar poupado mensal',
  'calc.loyalty_points':
    'loyalty bonus reward rewards point points treuepunkte bonuspunkte punkt punkte puntos punto fidelidad fidelite punti fedelta pontos ponto fidelidade amount spent purchase einkaufswert einkauf umsatz betrag compra gastado importe montant depense achat spesa importo valor gasto',
  'calc.deposit_total':
    'deposit deposits refund bottle bottles can cans container containers crate pfand pfandrechner gesamtpfand flasche flaschen dose dosen kasten einweg mehrweg deposito envase envases botella botellas lata latas consigne bouteille bouteilles canette canettes cauzione vuoti bottiglia bottiglie lattina lattine caucao vasilhame vasilhames garrafa garrafas total summe gesamt',
  'calc.unit_price': `${MASS} ${VOLUME} unit price prices pack package packet size content contents shelf grundpreis grundpreise preis packung fullmenge inhalt menge precio unitario envase contenido prix unitaire emballage contenu contenance prezzo unitario confezione contenuto preco unitario embalagem conteudo cl per pro je por au al ao`,
  'calc.split_by_shares':
    'split splitting divide share bill total amount amounts weight weights share shares part parts ratio percentage percentages proportion proportional prorata uneven unequal rechnung betrag betrage aufteilen teilen anteil anteile anteilig gewicht prozent ungleich cuenta importe dividir repartir partes peso pesos porcentaje proporcion desigual addition montant partager parts poids pourcentage conto importo dividere quote pesi percentuali conta valor valores proporcional',
  'calc.trip_fuel_cost': `${FUEL} ${LENGTH} trip trips journey drive fahrt reise viaje trayecto trajet voyage viaggio tragitto viagem percurso petrol diesel benzin sprit spritkosten benzinkosten tankkosten gasolina essence benzina cost costs kosten fahrtkosten coste costo cout custo price preis literpreis spritpreis benzinpreis precio prix prezzo preco`,
  'pace.run': `${DURATION} ${LENGTH} ${SPEED} pace paces pacing tempo lauftempo ritmo ritmos allure passo andatura run runs running runner ran lauf laufen laufer carrera correr corredor course courir coureur corsa correre corridore corrida target goal alvo objetivo objectif obiettivo ziel zielzeit need needed necessario necesario necessaire completar completer terminar finish`,
  'pace.finish': `${DURATION} ${LENGTH} pace tempo lauftempo ritmo allure passo andatura finish finishing total arrival race ziel zielzeit endzeit gesamtzeit final finale llegada arrivee arrivo chegada carrera course gara corsa prova rennen wettkampf marathon run running lauf correr courir correre corrida predict estimate stima stimare`,
  'scale.servings': `scale scales scaled scaling scaler rescale adjust recalculate serving servings portion portions people persons person guests diners amount amounts quantity quantities ingredient ingredients recipe recipes ratio skalieren umrechnen anpassen portionen portionenzahl personen personenzahl menge mengen zutat zutaten rezept rezepte escalar ajustar recalcular porcion porciones racion raciones personas comensales cantidad cantidades ingrediente ingredientes receta recetas adapter recalculer ajuster personnes parts convives couverts quantite quantites recette recettes ricalcolare adattare scalare porzione porzioni persone coperti quantita ingredienti ricetta ricette porcao porcoes pessoas quantidade quantidades receita receitas`,
  'colour.convert': COLOUR,
  'temperature.convert': TEMPERATURE,
  // What a converter supports, listed (catalog/supported-list.ts): its units, currencies or scales.
  'supported.list':
    'supported available accepted known allowed valid list unit units currency currencies scale scales unterstutzte unterstutzten verfugbare verfugbaren einheiten einheit wahrungen wahrung skalen soportadas soportados admitidas disponibles unidades unidad monedas divisas escalas supportees prises charge unites unite devises echelles supportate disponibili unita valute scale suportadas disponiveis moedas',
  'roman.to-roman': ROMAN,
  'roman.from-roman': ROMAN,
  'duration.format': DURATION,
  'duration.parse': DURATION,
  'duration.to_parts': DURATION,
  'duration.from_parts': DURATION,
  'duration.minutes_clock': DURATION,
  'time.clock_span': `${DURATION} clock time times start end shift shifts begin finish midnight uhrzeit beginn ende schicht mitternacht inicio fin turno medianoche debut fin quart minuit inizio fine turno mezzanotte fim meia noite`,
  'time.worked_hours': `${DURATION} clock time times start end shift shifts begin finish midnight break breaks pause worked work uhrzeit beginn ende schicht schichten arbeitsstunden gearbeitet mitternacht pausen inicio fin turno turnos trabajadas medianoche pausa debut quart poste travaillees minuit inizio fine turni lavorate mezzanotte fim trabalhadas meia noite legal law minimum least arbeitszeit arbeit gesetzlich mindestpause mindestens trabajo minima travail minimale lavoro minima intervalo trabalho minima entrada salida sortie entrata saida`,
  'parking.fee': `${DURATION} parking park parked parks car carpark garage lot stay stays fee fees charge charges charged cost costs price tariff rate hour hours started begun part fraction thereof day daily cap capped maximum max most entry exit arrival departure minutes parken parkhaus parkplatz parkgebuhr parkgebuhren parkdauer gebuhr gebuhren tarif preis stunde stunden angefangene angefangen tag tages taglich hochstens hochstsatz tageshochstsatz maximal einfahrt ausfahrt ankunft minuten aparcamiento aparcar estacionamiento estacionamento estacionar coche carro tarifa precio coste hora horas fraccion fracao dia diario diarios diaria maximo tope entrada salida saida llegada permanencia estancia minutos stationnement voiture frais prix cout heure heures entamee commencee jour journalier plafond plafonne entree sortie arrivee duree parcheggio parcheggi sosta auto costo tariffa ora ore frazione iniziata giorno giornaliero massimo ingresso uscita durata minuti`,
  // A converter is about units: a route feature "GET /convert?value=…&from=<unit>&to=<unit>" beside the line
  // naming them ("Units: B, KB, MB …", written-route-join.ts) is about the converter that line names.
  'units.length': `${UNITS} ${LENGTH}`,
  'units.mass': `${UNITS} ${MASS}`,
  'units.volume': `${UNITS} ${VOLUME}`,
  'units.speed': `${UNITS} ${SPEED}`,
  'units.data_size': `${UNITS} ${DATA_SIZE}`,
  'units.pressure': `${UNITS} ${PRESSURE}`,
  'units.energy': `${UNITS} ${ENERGY}`,
  'units.area': `${UNITS} ${AREA}`,
  'size.format': DATA_SIZE,
  'size.parse': DATA_SIZE,
  'units.facts': `unit units conversion ${LENGTH} ${MASS} ${VOLUME} ${SPEED} ${DATA_SIZE} ${PRESSURE} ${ENERGY} ${AREA}`,
  'units.many': `unit units conversion ${LENGTH} ${MASS} ${VOLUME} ${SPEED} ${DATA_SIZE} ${PRESSURE} ${ENERGY} ${AREA}`,
  'calc.age':
    'age ages old years birth birthday birthdate born alter alt jahre geboren geburt geburtsdatum geburtstag edad anos nacido nacida nacimiento cumpleanos ans annees naissance anniversaire eta anni nato nata nascita compleanno idade nascido nascida nascimento aniversario',
  'calc.bmi':
    'bmi imc body mass index weight height obesity obese overweight underweight normal normalgewicht untergewicht ubergewicht adipositas fettleibig bajo sobrepeso obesidad obeso insuffisance ponderale surpoids obesite obese sottopeso normopeso sovrappeso obesita abaixo obesidade korper masse gewicht große korpergroße peso altura estatura masa corporal indice obesidad poids taille corporelle obesite massa corporea statura obesita obesidade',
  'calc.tip_split':
    'tip tips gratuity bill split people person persons share shares diners trinkgeld rechnung personen anteil anteile propina cuenta personas partes cuotas comensales pourboire addition personnes parts convives mancia conto persone quote commensali gorjeta conta pessoas cent cents centimo centimos centime centimes centesimo centesimi centavo centavos',
  'order.totals':
    'order orders line lines quantity quantities price prices unit subtotal total totals tax taxes vat discount discounts coupon code codes cart basket quote invoice checkout bestellung warenkorb position positionen menge preis einzelpreis zwischensumme gesamtsumme summe steuer mwst rabatt rabattcode gutschein angebot rechnung pedido carrito linea lineas cantidad precio subtotal impuesto iva descuento cupon codigo presupuesto factura commande panier ligne lignes quantite prix taxe tva remise devis facture ordine carrello quantita prezzo sconto fattura encomenda carrinho quantidade preco desconto imposto fatura',
  'vat.add': VAT,
  'vat.remove': VAT,
  'calc.is_prime': PRIME,
  'calc.primes_up_to': PRIME,
  'calc.prime_factors': `${PRIME} factor factors factorization factorisation factorize factorise decomposition decompose smallest repeats primfaktor primfaktoren primfaktorzerlegung zerlegung zerlegen factores factorizacion descomposicion descomponer facteurs decomposer fattori fattorizzazione scomposizione scomporre fatores fatoracao decomposicao decompor`,
  'calc.statistics':
    'statistics stats average mean median sum total minimum maximum min max durchschnitt mittelwert median summe minimum maximum promedio media mediana suma minimo maximo moyenne mediane somme media somma soma standard deviation deviations variance spread standardabweichung varianz streuung desviacion tipica estandar varianza ecart type ecarts types',
  'calc.weighted_average':
    'weighted average mean weight weights grade grades score scores mark marks exam exams gewichtet gewichteter gewichtete durchschnitt notendurchschnitt mittelwert gewicht gewichte gewichtung note noten ponderado ponderada promedio media peso pesos nota notas calificacion calificaciones ponderee moyenne coefficient coefficients note notes ponderata media pesi voto voti ponderada media notas',
  'calc.loan_payment':
    'loan loans mortgage payment payments instalment installment interest repayment amortization kredit darlehen hypothek rate zins zinsen prestamo hipoteca cuota interes pret emprunt hypotheque mensualite interet prestito mutuo rata interesse emprestimo financiamento prestacao juros',
  'email.validate':
    'email emails mail address addresses correo courriel adresse indirizzo endereco domain domaine dominio local arroba arobase chiocciola',
  'iban.validate': `iban ibans bank account konto cuenta compte conto conta mod ${INPUT_WRITING}`,
  'isbn.validate': `isbn isbns book books buch libro livre libri livro ${INPUT_WRITING}`,
  'isbn.convert': `isbn isbns book books buch libro livre libri livro ${INPUT_WRITING}`,
  'isbn.check_digit':
    'isbn isbns isbn13 book books buch libro livre libri livro check digit digits prufziffer ziffern digito control cifras chiffre controle chiffres cifra controllo cifre verificador',
  // A card number is its digits, written in groups a feature may let hyphens separate.
  'luhn.validate': `luhn card cards credit digit digits kreditkarte karte tarjeta carte carta cartao ${CARD_DIGITS} ${CARD_BRANDS}`,
  'luhn.check_digit': `luhn card cards credit digit digits kreditkarte karte tarjeta carte carta cartao ${CARD_DIGITS}`,
  'uuid.validate': UUID,
  'gtin.validate': GTIN,
  'gtin.complete': GTIN,
  // National identifiers with a check: the Brazilian CPF and the Spanish DNI / NIE (checks-national-ids.ts).
  'cpf.validate': `cpf cpfs cadastro pessoas fisicas digit digits digito digitos verificador verificadores check equal iguais ponto pontos traco brazilian brasileiro bresilien brasiliano brasilenisch ${INPUT_WRITING}`,
  'dni.validate': `dni dnis nie nies letter letters letra letras control spanish espanol spanische espagnol spagnolo espanhol identity identidad documento extranjero buchstabe kontrollbuchstabe lettre lettera ${INPUT_WRITING}`,
  // A palindrome is read letter by letter, whatever their case.
  'text.palindrome':
    'palindrome palindromes palindrom palindromo palindromos palindromi palindroma palindromas backwards forwards letter letters case upper lower',
  'text.reverse-words':
    'reverse reversed reversing backwards invert word words order umkehren umdrehen reihenfolge wort worter invertir palabra palabras orden inverser mot mots ordre invertire parola parole ordine inverter palavra palavras ordem',
  // A slug is also what it is made of: separators between the words, accents and punctuation dropped.
  'text.slugify':
    'slug slugs slugify permalink url urls hyphen hyphens dash dashes separator separators bindestrich bindestriche guion guiones tiret tirets trattino trattini hifen hifens accent accents diacritics akzent akzente acento acentos accento accenti punctuation satzzeichen puntuacion ponctuation punteggiatura pontuacao',
  // Naming styles split a phrase into words and join them again: a feature about letter case alone (upper,
  // lower, title case) is text.letter-case's, so its words are not here.
  'text.case-conversion':
    'camel snake kebab pascal constant camelcase snakecase kebabcase pascalcase identifier identifiers variable variables naming style styles schreibweise schreibweisen bezeichner variablen identificador identificadores identifiant identifiants identificatore identificatori',
  // One naming style the caller picks among those a feature lists (text-case-style.ts).
  'text.case-style':
    'case casse camel snake kebab pascal constant title camelcase snakecase kebabcase pascalcase titlecase identifier identifiers variable variables naming style styles convert conversion schreibweise schreibweisen bezeichner variablen identificador identificadores identifiant identifiants identificatore identificatori',
  'text.letter-case':
    'case cased upper lower uppercase lowercase upcase downcase caps capital capitals capitalise capitalize capitalised capitalized title titlecase sentence sentencecase letter letters grossbuchstaben großbuchstaben kleinbuchstaben grossschreibung großschreibung kleinschreibung grossschreiben großschreiben großem großen anfangsbuchstabe anfangsbuchstaben gross klein mayuscula mayusculas minuscula minusculas majuscule majuscules minuscule minuscules maiuscola maiuscole maiuscolo minuscola minuscole minuscolo maiuscula maiusculas minuscula minusculas',
  'text.whitespace':
    'space spaces whitespace whitespaces blank blanks trim trimmed trimming leading trailing collapse collapsed extra multiple runs leerzeichen leerraum espacio espacios espace espaces spazio spazi espaco espacos',
  'text.statistics':
    'statistics stats word words character characters sentence sentences letters count wort worter zeichen satz satze palabra palabras caracter caracteres frase frases oracion oraciones mot mots caractere caracteres phrase phrases parola parole carattere caratteri frasi palavra palavras',
  'text.reading_time':
    'reading read reader readers time minute minutes word words wpm article articles text lesezeit lesedauer lesen minute minuten wort worter lectura leer minuto minutos palabra palabras lecture lire mot mots lettura leggere minuti parola parole leitura ler palavra palavras',
  'rate.convert':
    'rate rates exchange convert conversion currency currencies amount euro euros dollar dollars pound yen kurs wechselkurs umrechnen wahrung betrag tasa cambio convertir moneda importe taux change devise montant tasso cambio valuta importo taxa cambio moeda quantia eur usd gbp jpy chf cad aud cny inr brl mxn sek nok dkk pln czk huf',
  'rate.table':
    'rate rates exchange convert conversion currency currencies amount euro euros dollar dollars pound yen kurs wechselkurs umrechnen wahrung betrag tasa cambio convertir moneda importe taux change devise montant tasso cambio valuta importo taxa cambio moeda quantia eur usd gbp jpy chf cad aud cny inr brl mxn sek nok dkk pln czk huf',
  'numbers.base_convert':
    'base bases radix binary octal decimal hexadecimal hex digit digits number numbers basis binar oktal dezimal hexadezimal zahl zahlen binario octal decimal hexadecimal numero numeros binaire octal decimal hexadecimal nombre nombres binario ottale decimale esadecimale numero numeri',
  'numbers.base_fixed':
    'base bases radix binary octal decimal hexadecimal hex digit digits number numbers basis binar oktal dezimal hexadezimal zahl zahlen binario octal decimal hexadecimal numero numeros binaire octal decimal hexadecimal nombre nombres binario ottale decimale esadecimale numero numeri',
  'dates.business_days':
    'business working work weekday weekdays day days date dates weekend weekends monday friday sla arbeitstag arbeitstage werktag werktage tag tage datum wochenende dia dias laborable laborables habiles fecha fechas jour jours ouvre ouvres ouvrable ouvrables date dates giorno giorni lavorativi feriali data date dia dias uteis holiday holidays feiertag feiertage feiertagen festivo festivos festivi festivita feriado feriados ferie ferie ferié feries list listed liste lista elenco',
  'dates.add_days':
    'day days date dates next interval every later after calendar due tag tage tagen datum daten nachste naechste intervall dia dias fecha fechas proxima proximo intervalo cada jour jours date dates prochaine prochain intervalle giorno giorni data date prossima prossimo intervallo ogni dia dias data datas',
  'calendar.leap_year': `${CALENDAR} leap year years day days schaltjahr schaltjahre jahr jahre tage bisiesto bisiestos ano anos dias bissextile bissextiles annee annees jours bisestile bisestili anno anni giorni bissexto bissextos`,
  'calendar.iso_week': `${CALENDAR} iso 8601 week weeks number date dates year kalenderwoche kw woche wochen nummer datum jahr semana semanas numero fecha ano semaine semaines numero annee settimana settimane numero anno data`,
  'calendar.week_dates': `${CALENDAR} iso 8601 week weeks number year monday sunday first last day start end kalenderwoche kw woche jahr montag sonntag semana ano lunes domingo semaine annee lundi dimanche settimana anno lunedi domenica segunda`,
  'calendar.weekday': `${CALENDAR} weekday day week date dates name monday sunday wochentag tag woche datum dia semana fecha jour semaine giorno settimana data`,
  'calendar.days_between': `${CALENDAR} day days between date dates span difference count number tage tagen zwischen datum daten anzahl dias entre fecha fechas cuantos jours dates nombre giorni tra fra date quanti data datas quantos`,
  'password.strength':
    'password passwords passphrase strength strong weak medium rate rating level levels mittel mittlere media medio moyen moyenne score rule rules length character characters uppercase lowercase digit digits symbol symbols common kennwort passwort passworter starke stark schwach regeln contrasena contrasenas clave fuerza fuerte debil reglas mot passe motdepasse force fort faible regles parola password forza forte debole regole senha senhas forca forte fraca regras missing fix fehlt falta manque manca kind kinds empty zeichen ziffer ziffern grossbuchstabe großbuchstabe kleinbuchstabe sonderzeichen caracteres digito mayuscula minuscula caracteres chiffre majuscule minuscule caratteri cifra maiuscola minuscola maiuscula',
  'random.uuid': `${UUID} ${RANDOM_WORDS}`,
  'random.token': `token tokens key keys api secret secrets hex hexadecimal base64url byte bytes character characters jeton jetons octet octets schlussel zeichen clave caracteres hexadecimales cle caracteres chiave caratteri chave ${RANDOM_WORDS}`,
  'random.integer': `integer integers number numbers whole zahl zahlen ganze zufallszahl numero numeros entero enteros nombre nombres entier entiers intero interi inteiro inteiros range between draw ziehen zwischen entre tra sortear tirer ${RANDOM_WORDS}`,
  'dice.roll':
    'dice die roll rolls rolling seed notation sides total summe suma somme somma soma wurfel wurfeln wurf wurfe wuerfe augen dado dados tirada lanzar tirar semilla de des lancer lance graine dadi lancio lanciare tirare seme rolar lancamento semente startwert',
  'text.top-words':
    'word words frequent frequency frequencies common top count counts most text wort worter haufig haufigste text palabra palabras frecuente frecuentes frecuencia texto mot mots frequent frequents frequence texte parola parole frequenti frequenza testo palavra palavras frequentes frequencia',
  'semver.compare': SEMVER,
  'semver.sort': SEMVER,
  // Taking a version apart into its numbers, pre-release and build (semver-parse.ts).
  'semver.parse': `${SEMVER} parse parts part components split zerlegen teile bestandteile partes componentes descomponer parties composantes decomposer parti componenti scomporre decompor`,
  // The next version of a part, the lower parts reset to 0 (semver-bump.ts).
  'semver.bump': `${SEMVER} bump bumps bumped bumping increment incrementing next part parts lower reset zero erhohen erhoht niedrigeren teile gesetzt null inkrementieren incrementar incrementa siguiente partes menores vuelven cero incrementer prochaine parties inferieures repassent incrementare prossima parti inferiori tornano proxima voltam`,
  'url.validate':
    'url urls uri link links web address addresses website host hostname scheme http https webadresse adresse direccion indirizzo endereco',
  // Daylight saving time in the intents' languages: the conversion follows the tz database's clock changes.
  'timezone.convert':
    'time times zone zones timezone timezones clock clocks offset daylight saving summer winter dst utc gmt iana iso 8601 meeting zeit uhrzeit zeitzone zeitzonen sommerzeit winterzeit zeitumstellung versatz hora horas zona zonas horaria horarias huso husos verano invierno desfase heure heures fuseau fuseaux horaire horaires ete hiver decalage orario orari fuso fusi legale solare horario horarios verao',
  // One time shown in several zones at once (timezones-many.ts): the conversion's words and those of the list.
  'timezone.many':
    'time times zone zones timezone timezones clock clocks offset daylight saving summer dst utc iana meeting meetings several multiple list each at once zeit uhrzeit besprechungszeit zeitzone zeitzonen mehreren sommerzeit hora horas zona zonas horaria horarias reunion varias verano heure heures fuseau fuseaux horaire horaires reunion plusieurs orario orari fuso fusi riunione legale horario horarios reuniao varios fusos verao',
  'timezone.offset':
    'time zone zones timezone timezones offset offsets utc gmt daylight saving summer winter dst iana date dates day clock zeitzone zeitzonen versatz abstand unterschied datum tag sommerzeit winterzeit zona zonas horaria horarias huso husos desfase diferencia fecha dia verano invierno fuseau fuseaux horaire decalage jour ete hiver fuso fusi orario scostamento differenza giorno data legale solare horario deslocamento diferenca verao',
  'format.currency':
    'money amount amounts currency currencies price prices format formatted locale locales geld betrag wahrung preis formatieren gebietsschema dinero importe moneda precio formatear regional argent montant devise prix formater valuta importo prezzo formattare dinheiro quantia moeda preco formatar localidade',
  'format.number':
    'number numbers format formatted locale locales separator separators thousands decimals zahl zahlen formatieren trennzeichen gebietsschema numero numeros formatear separadores regional nombre nombres formater separateurs numeri formattare separatori formatar localidade',
  'text.fold-accents':
    'accent accents accented diacritic diacritics diacritical umlaut umlauts ascii transliterate transliteration fold folding akzent akzente umlaute diakritisch diakritische diakritischen transliterieren tilde tildes acento acentos diacritico diacriticos transliterar diacritique diacritiques cedille translitterer accento accenti diacritici traslitterare',
  'text.reverse':
    'reverse reversed reversing backwards backward invert string strings character characters letter letters umkehren umdrehen ruckwarts buchstaben zeichen invertir caracteres letras cadena reves inverser caractere lettres chaine envers invertire caratteri lettere stringa contrario inverter',
  'text.vowels':
    'vowel vowels consonant consonants vokal vokale konsonant konsonanten vocal vocales consonante consonantes voyelle voyelles consonne consonnes vocale vocali consonanti vogal vogais consoante consoantes',
  'text.anagram': 'anagram anagrams anagramm anagramme anagrama anagramas anagrammes anagramma anagrammi',
  'text.longest-word':
    'longest word words length langste langsten wort worter lange palabra palabras larga largo longitud mot mots long longue longueur parola parole lunga lungo lunghezza palavra palavras longa longo comprimento',
  'text.character-frequency':
    'character characters letter letters frequency frequencies occurrence occurrences zeichen buchstabe buchstaben buchstabens haufigkeit caracter caracteres letra letras frecuencia caractere lettre lettres frequence carattere caratteri lettera lettere frequenza frequencia',
  'html.escape':
    'html escape escaped escaping encode encoded encoding entity entities amp lt gt quot apos special xss script tags sanitize maskieren maskiert escapar echapper encoder',
  'html.unescape':
    'html unescape unescaped unescaping decode decoded decoding entity entities amp lt gt quot apos entitat entitaten dekodieren decodificar entidades entidad decoder entites decodifica decodificare',
  // An echo is about what the request sends (a message, a word) and the route that sends it back (echo, ping).
  'echo.repeat':
    'echo echoes eco ecos ping pong repeat repeats back same say says message messages msg text word words string input nachricht wort wiederhole wiederholen mensaje texto palabra repite mismo texte mot message meme messaggio testo parola ripeti stesso mensagem palavra repete mesmo',
  // An HMAC is about signing a message with a shared secret, and checking such a signature.
  'hmac.sign':
    'hmac sha256 sha hash digest hex lowercase sign signs signing signature signatures secret key keyed message messages mac signieren signiert signatur geheimnis schlussel nachricht firmar firma secreto clave mensaje signer signe secret cle message firmare segreto chiave messaggio assinar assinatura segredo chave mensagem',
  'hmac.verify':
    'hmac sha256 sha hash digest hex verify verifies verification check checks valid validity invalid signature signatures secret key keyed message messages mac prufen pruft gultig signatur geheimnis nachricht verificar comprobar valida firma secreto mensaje verifier valide signature secret message verificare valida firma segreto messaggio verificar valida assinatura segredo mensagem',
  'markdown.to-html':
    'markdown md html render rendering preview escape escaped escaping document documents note notes umwandeln convertir converter rendu ' +
    'bullet bullets bulleted numbered liste lista elenco nummeriert nummerierte nummerierten numerada numerado numerotee numerata numerato heading headings bold italic italics paragraph paragraphs blockquote quote quotes ul ol li aufzahlung uberschrift fett kursiv absatz vineta titulo negrita cursiva parrafo puce titre gras italique paragraphe elenco puntato grassetto corsivo paragrafo marcador negrito italico',
};

/** The words of what catalog function `id` does: its row above, else the words of the id itself. */
export function functionDomainWords(id: string): string[] {
  return wordsOf(FUNCTION_DOMAINS[id] ?? id.replace(/[._-]+/g, ' '));
}

/**
 * Words of answers a computation gives beside its main one (an IBAN's country, a UUID's version), in the
 * languages intents use: about the computation only on an endpoint that answers that result (its success example
 * shows the field), so "also say which country it belongs to" is realised by a check that answers the country
 * and by no other.
 */
const ANSWER_DOMAINS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'iban.validate': {
    country: 'country countries land lander landes landercode pais paises pays paese paesi',
    // The print format: upper case in groups of four ("Vierergruppen", "grupos de cuatro", "groupes de quatre").
    formatted:
      'formatted format print printed groups group four formatiert druckformat gruppen vierergruppen vier formateado formato impresion grupos cuatro formate impression groupes quatre formattato stampa gruppi quattro formatado impressao quatro',
    // The IBAN masked: all but its last characters hidden behind "*".
    masked:
      'masked mask hidden visible last characters maskiert maskierte sichtbar letzten zeichen enmascarado enmascarada visibles ultimos caracteres masque masquee visibles derniers caracteres mascherato visibili ultimi caratteri mascarado visiveis',
  },
  'uuid.validate': {
    version: 'version versions versionsnummer versiones versione versioni versao versoes',
  },
  'calendar.leap_year': { days_in_year: 'days tage dias jours giorni' },
  'text.statistics': {
    average_word_length:
      'average mean wortlange durchschnittliche mittlere longitud media promedio longueur moyenne lunghezza comprimento medio',
    most_common_word: 'frequent common haufigste haufigstes frecuente comun courant frequente comune',
    characters_no_spaces:
      'space spaces whitespace leerzeichen espacio espacios espace espaces spazio spazi espaco espacos',
    paragraphs:
      'paragraph paragraphs absatz absatze absaetze parrafo parrafos paragraphe paragraphes paragrafo paragrafi paragrafos',
  },
};

/**
 * Whether `e` answers response field `field` with a result whose words in {@link ANSWER_DOMAINS} carry one of
 * `subject` ("bei einer gültigen auch die Versionsnummer angeben": the UUID check's version).
 */
export function answersInOwnWords(e: EndpointSpec, field: string, subject: string[]): boolean {
  if (e.behavior.kind !== 'function') return false;
  const { function: id, outputs } = e.behavior;
  return Object.entries(ANSWER_DOMAINS[id] ?? {}).some(
    ([result, words]) => outputs[result] === field && carriedTerms(subject, wordsOf(words)).length > 0,
  );
}

/** The words of the answers `e` gives that {@link ANSWER_DOMAINS} lists for its computation. */
function answeredWords(e: EndpointSpec): string[] {
  if (e.behavior.kind !== 'function') return [];
  const { function: id, outputs } = e.behavior;
  const rows = ANSWER_DOMAINS[id];
  if (rows === undefined) return [];
  const example = e.responses.find((r) => r.status >= 200 && r.status < 300)?.example;
  if (example === null || typeof example !== 'object' || Array.isArray(example)) return [];
  const shown = example as Record<string, unknown>;
  return Object.entries(rows)
    .filter(([result]) => outputs[result] !== undefined && (shown[outputs[result]] ?? null) !== null)
    .flatMap(([, words]) => wordsOf(words));
}

/** A canonical Roman numeral of two letters or more (MCMXCIV, MMXXVI), folded to lower case like a term. */
const CANONICAL_NUMERAL = /^(?=[mdclxvi]{2,})m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;

/**
 * The values a computation's domain is made of, beside its words: a feature that writes "1994 -> MCMXCIV" is
 * about Roman numerals though it writes no word for them. Only values no other computation reads: a canonical
 * numeral, not a number.
 */
const FUNCTION_VALUES: Readonly<Record<string, (term: string) => boolean>> = {
  'roman.to-roman': (t) => CANONICAL_NUMERAL.test(t),
  'roman.from-roman': (t) => CANONICAL_NUMERAL.test(t),
};

/**
 * The check-digit and format schemes, each by the words that name it. Their computations share words (digit,
 * check), so a feature naming one scheme would otherwise pass for another's computation: an EAN-13 check is not
 * a Luhn check though both end in a mod-10 check digit, and the two answer differently for the same digits.
 */
const CHECK_SCHEMES: Readonly<Record<string, readonly string[]>> = {
  luhn: 'luhn card cards kreditkarte kreditkarten kartennummer tarjeta tarjetas cartao cartoes carte cartes carta'.split(
    ' ',
  ),
  gtin: 'ean ean8 ean13 upc upca gtin gtin8 gtin12 gtin13 gtin14 barcode barcodes strichcode strichcodes barras barres'.split(
    ' ',
  ),
  iban: ['iban', 'ibans'],
  isbn: ['isbn', 'isbns', 'isbn10', 'isbn13'],
  uuid: ['uuid', 'uuids', 'guid', 'guids'],
  cpf: ['cpf', 'cpfs'],
  dni: ['dni', 'dnis', 'nie', 'nies'],
};
const SCHEME_OF: Readonly<Record<string, string>> = {
  'luhn.validate': 'luhn',
  'luhn.check_digit': 'luhn',
  'gtin.validate': 'gtin',
  'gtin.complete': 'gtin',
  'iban.validate': 'iban',
  'isbn.validate': 'isbn',
  'isbn.convert': 'isbn',
  'isbn.check_digit': 'isbn',
  'uuid.validate': 'uuid',
  'random.uuid': 'uuid',
  'cpf.validate': 'cpf',
  'dni.validate': 'dni',
};

/** The scheme a function computes when the terms name other schemes and never its own, else null. */
function otherScheme(id: string, terms: string[]): string | null {
  const own = SCHEME_OF[id];
  if (own === undefined) return null;
  const named = Object.keys(CHECK_SCHEMES).filter((s) => terms.some((t) => CHECK_SCHEMES[s].includes(t)));
  return named.length > 0 && !named.includes(own) ? named.join(', ') : null;
}

/**
 * The `function` endpoints among `endpoints` whose computation shares none of `terms` (a feature's domain
 * terms, with the service's purpose), or computes a check scheme other than the ones the feature's own terms
 * (`schemeTerms`: a purpose naming several schemes speaks for none of its features) name: a computation from
 * another domain claimed for the feature.
 */
export function foreignFunctions(
  endpoints: EndpointSpec[],
  terms: string[],
  schemeTerms: string[] = terms,
): EndpointSpec[] {
  return endpoints.filter(
    (e) =>
      e.behavior?.kind === 'function' &&
      ((carriedTerms(terms, [...functionDomainWords(e.behavior.function), ...answeredWords(e)]).length ===
        0 &&
        !terms.some((t) => FUNCTION_VALUES[(e.behavior as { function: string }).function]?.(t) ?? false)) ||
        otherScheme(e.behavior.function, schemeTerms) !== null),
  );
}

/** The finding for a `function` endpoint whose computation is about none of a feature's terms. */
export function foreignFunctionProblem(
  e: EndpointSpec,
  terms: string[],
  schemeTerms: string[] = terms,
): string {
  const id = e.behavior.kind === 'function' ? e.behavior.function : e.behavior.kind;
  const scheme = otherScheme(id, schemeTerms);
  if (scheme !== null)
    return `${e.method} ${e.path} runs the computation ${id}, but the feature names the ${scheme} scheme: another scheme's check digit or format cannot realise it`;
  return `${e.method} ${e.path} runs the computation ${id}, which is about none of its terms (${terms.join(', ') || 'none'}): a computation from another domain cannot realise it, whatever its summary says`;
}
