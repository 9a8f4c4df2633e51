/*
 * Rows of the score and lap board phrasing table (`score-boards-phrasings.spec.ts`): a score (player and points) or
 * a lap or run time (driver and milliseconds or seconds, lower is better) recorded, each player's best (a worse run
 * does not lower it), the top N (N from the caller or written), each player once, ties to whoever reached the best
 * first, one player's best or average (2 decimals) with 404 for a player never seen, and bounds on the points or
 * times (above zero, whole numbers) answered 400 — spelled with routes and JSON shapes and in free text, in English,
 * German, Spanish, French, Italian and Portuguese. Each row is a name, an intent's key features and the moves the
 * endpoints claiming them make (see `boardTag` in the spec). Near misses say "best", "top" or "score" about something
 * else and must design no ranking and no per-player figure.
 */

/** A row: its name, the key features of one intent, and the moves they are read as. */
export type BoardRow = [string, string[], string[]];

/** Boards spelled out with routes and JSON shapes. */
export const SPELLED: BoardRow[] = [
  [
    'en spelled, points above zero, ties, average',
    [
      'POST /scores {"player": string, "points": integer > 0} records a score -> 201; points of 0 or below, or not a whole number -> 400',
      'GET /leaderboard?top=N -> [{"player": string, "best": integer}]: each player once with their best points, highest first; on a tie whoever reached it first ranks first',
      'GET /players/{player}/average -> {"player": string, "average": number}: the average of all their scores, rounded to 2 decimals; unknown player -> 404',
    ],
    [
      'create score, points integer > 0',
      'ranking points desc, best per player, top=10',
      'average of points per player by {player}, 2 decimals',
    ],
  ],
  [
    'en spelled, lap times in ms, lower is better',
    [
      'POST /laps with {"driver": string, "lap_ms": integer > 0} records a lap time and returns 201; lap_ms missing, zero or negative returns 400',
      'GET /drivers/{driver}/best returns {"driver": string, "best_ms": integer}, the driver\'s fastest lap (lower is better); unknown driver returns 404',
      'GET /fastest?n=3 returns {"laps": [{"driver": string, "lap_ms": integer}]}: each driver once with their fastest lap, lowest first',
    ],
    [
      'create lap, lap_ms integer > 0',
      'lookup driver by {driver}: best_ms asc',
      'ranking lap_ms asc, best per driver, n=3',
    ],
  ],
  [
    'de spelled, Rundenzeiten und Bestzeit eines Fahrers',
    [
      'POST /runden mit {"fahrer": string, "zeit_ms": integer > 0} speichert eine Rundenzeit -> 201; 0 oder negativ -> 400',
      'GET /bestzeiten?anzahl=N -> [{"fahrer": string, "zeit_ms": integer}]: jeder Fahrer einmal mit seiner schnellsten Runde, die schnellste zuerst',
      'GET /fahrer/{fahrer}/bestzeit -> {"fahrer": string, "zeit_ms": integer}: seine schnellste Runde; unbekannter Fahrer -> 404',
    ],
    [
      'create runden, zeit_ms integer > 0',
      'ranking zeit_ms asc, best per fahrer, anzahl=10',
      'lookup fahrer by {fahrer}: zeit_ms asc',
    ],
  ],
  [
    'es spelled, clasificación y media',
    [
      'POST /puntuaciones con {"jugador": string, "puntos": integer > 0} guarda una puntuación -> 201; puntos 0, negativos o con decimales -> 400',
      'GET /clasificacion?n=N devuelve [{"jugador": string, "mejor": integer}]: cada jugador una vez con su mejor puntuación, de mayor a menor',
      'GET /jugadores/{jugador}/media devuelve {"jugador": string, "media": number}: la media de todas sus puntuaciones con 2 decimales; jugador desconocido -> 404',
    ],
    [
      'create puntuacione, puntos integer > 0',
      'ranking puntos desc, best per jugador, n=10',
      'average of puntos per jugador by {jugador}, 2 decimals',
    ],
  ],
  [
    'fr spelled, meilleur tour de chaque pilote',
    [
      'POST /tours avec {"pilote": string, "temps_ms": integer > 0} enregistre un tour -> 201 ; sinon 400',
      'GET /classement?n=5 renvoie {"pilotes": [{"pilote": string, "temps_ms": integer}]} : le meilleur tour de chaque pilote, le plus rapide en premier',
    ],
    ['create tour, temps_ms integer > 0', 'ranking temps_ms asc, best per pilote, n=5'],
  ],
  [
    'it spelled, migliore e classifica in un array',
    [
      'POST /punteggi con {"giocatore": string, "punti": integer > 0} registra un punteggio -> 201; punti non interi, zero o negativi -> 400',
      'GET /giocatori/{giocatore}/migliore restituisce {"giocatore": string, "migliore": integer}; giocatore sconosciuto -> 404',
      'GET /classifica?limite=N restituisce [{"giocatore": string, "migliore": integer}], ogni giocatore una volta con il suo miglior punteggio, dal più alto',
    ],
    [
      'create punteggi, punti integer > 0',
      'lookup giocatore by {giocatore}: migliore desc',
      'ranking punti desc, best per giocatore, limite=10',
    ],
  ],
  [
    'pt spelled, melhor volta de cada piloto',
    [
      'POST /voltas com {"piloto": string, "tempo_ms": integer > 0} regista uma volta -> 201; tempo 0 ou negativo -> 400',
      'GET /melhores?n=N devolve [{"piloto": string, "tempo_ms": integer}]: a melhor volta de cada piloto, a mais rápida primeiro',
    ],
    ['create volta, tempo_ms integer > 0', 'ranking tempo_ms asc, best per piloto, n=10'],
  ],
  [
    "it spelled, a team's kept total ranked (a field named totale is no figure over records)",
    [
      'POST /punti con {"squadra": string, "punti": intero} aggiunge punti a una squadra (creata al primo uso) e restituisce {"squadra": string, "totale": intero}',
      'GET /classifica?n=3 restituisce {"classifica": [{"squadra": string, "totale": intero}]} ordinata per totale decrescente, al massimo n squadre',
    ],
    ['ranking totale desc, every record, n=3'],
  ],
];

/** Boards said in free text. */
export const FREE: BoardRow[] = [
  [
    'en free, top three and an average',
    [
      "Record a player's score after each round",
      'Scores are whole numbers above zero; anything else is refused with 400',
      "A player's best round counts, not the latest and not the sum",
      'Show the top three players',
      "Show a player's average over all their rounds, with 2 decimals; an unknown player gives 404",
    ],
    [
      'create score, score integer > 0',
      'ranking score desc, best per player, limit=3',
      'average of score per player by {player}, 2 decimals',
    ],
  ],
  [
    'en free, lap times in milliseconds',
    [
      "Record a driver's lap time in milliseconds",
      "Lower is better: a driver's best is their fastest lap, and a slower lap does not change it",
      'Show the 5 fastest drivers, each driver once',
    ],
    ['create time, time number', 'ranking time asc, best per driver, limit=5'],
  ],
  [
    'en free, top N given by the caller',
    [
      'Players submit their score after every game',
      'Only the best score of each player counts; a worse game does not lower it',
      'List the top N players by their best score (N given by the caller); on a tie whoever got there first ranks first',
    ],
    ['create score, score number', 'ranking score desc, best per player, limit=10'],
  ],
  [
    'de free, Punkte nach jeder Runde',
    [
      'Spieler tragen nach jeder Runde ihre Punkte ein',
      'Es zählt die beste Runde eines Spielers, nicht die letzte und nicht die Summe',
      'Die 3 besten Spieler anzeigen',
      'Den Durchschnitt der Punkte eines Spielers mit 2 Nachkommastellen zeigen; unbekannter Spieler -> 404',
    ],
    [
      'create punkt, punkte integer',
      'ranking punkte desc, best per spieler, limit=3',
      'average of punkte per spieler by {spieler}, 2 decimals',
    ],
  ],
  [
    'es free, tiempos de vuelta',
    [
      'Registrar el tiempo de un piloto en cada vuelta, en segundos',
      'De cada piloto cuenta su mejor tiempo, el más bajo; una vuelta más lenta no lo cambia',
      'Mostrar los 10 pilotos más rápidos',
    ],
    ['create tiempo, tiempo number', 'ranking tiempo asc, best per piloto, limit=10'],
  ],
  [
    'fr free, N meilleurs joueurs',
    [
      "Enregistrer le score d'un joueur après chaque partie",
      'Seul le meilleur score de chaque joueur compte',
      "Afficher les N meilleurs joueurs selon leur meilleur score (N choisi par l'appelant)",
    ],
    ['create score, score number', 'ranking score desc, best per joueur, limit=10'],
  ],
  [
    'it free, migliori e media',
    [
      'Registrare il punteggio di un giocatore dopo ogni partita',
      'Conta solo il miglior punteggio di ogni giocatore, non l’ultimo',
      'Mostrare i 5 migliori giocatori',
      'La media dei punteggi di un giocatore con 2 decimali; giocatore sconosciuto: 404',
    ],
    [
      'create punteggio, punteggio number',
      'ranking punteggio desc, best per giocatore, limit=5',
      'average of punteggio per giocatore by {giocatore}, 2 decimals',
    ],
  ],
  [
    'pt free, tempos dos corredores',
    [
      'Registar o tempo de um corredor em cada corrida, em segundos',
      'Conta o melhor tempo de cada corredor (o mais baixo)',
      'Mostrar os 3 corredores mais rápidos',
    ],
    ['create tempo, tempo number', 'ranking tempo asc, best per corredor, limit=3'],
  ],
];

/** "best", "top", "score" or a time about something else: no ranking and no per-player figure. */
export const NEAR_MISSES: string[][] = [
  [
    "Record a player's points after each game",
    'Rank the players by the total of all their points this season, highest first, top 5',
  ],
  ["Record a player's score after each game", 'Show the 3 players with the highest average score'],
  ["Record a player's score after each game", 'Show the 5 most recent scores'],
  ['Keep the best practices of the team as notes with a title and a text'],
  ['Record the time each train leaves with the station name', 'List the departures of a station'],
  ['Guardar la puntuación de cada película con su título y listar todas'],
  ['Die besten Rezepte mit Titel und Zutaten speichern und alle auflisten'],
];
