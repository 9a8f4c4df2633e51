/*
 * Rows of the leaderboard and quota phrasing table (`ranks-quotas-phrasings.spec.ts`): each row a name, an intent's
 * key features, and the behaviours they must be read as (see `tagOf` there). Near misses design neither.
 */

/** A row: its name, the key features of one intent, and the behaviours they are read as. */
export type Row = [string, string[], string[]];

/** Leaderboards: scores submitted per player, the board of each player's best. */
export const BOARDS: Row[] = [
  [
    'arcade, spelled, best score per player',
    [
      'POST /scores with body {"player": string, "score": integer >= 0} records a score and returns 201; a negative score or an empty player returns 400',
      'GET /leaderboard?limit=10 returns {"entries": [{"player": string, "score": integer}]}: each player once with their best score, highest first',
    ],
    ['create score', 'ranking score desc, best per player, limit=10'],
  ],
  [
    'free text, best per player',
    [
      'Players submit scores (a name and a whole number of points, never negative)',
      'Show the top 10 players, each with their best score, highest first',
    ],
    ['create score', 'ranking points desc, best per name, limit=10'],
  ],
  [
    'lap times, fastest first',
    [
      'POST /laps {"driver": string, "time_ms": integer > 0} stores a lap time -> 201; anything else -> 400',
      'GET /fastest?n=5 -> {"laps": [{"driver": string, "time_ms": integer}]}: the fastest lap of each driver, lowest time first',
    ],
    ['create lap', 'ranking time_ms asc, best per driver, n=5'],
  ],
  [
    'speedrun, quickest',
    [
      'Runners submit runs with their name and a time in seconds (a positive number)',
      "List each runner's quickest run, quickest first, at most 20",
    ],
    ['create run', 'ranking time asc, best per name, limit=20'],
  ],
  [
    'bowling, de',
    [
      'POST /ergebnisse mit {"spieler": string, "punkte": integer >= 0} speichert ein Ergebnis -> 201',
      'GET /bestenliste?limit=10 -> {"eintraege": [{"spieler": string, "punkte": integer}]}: jeder Spieler einmal mit seiner besten Punktzahl, absteigend',
    ],
    ['create ergebnisse', 'ranking punkte desc, best per spieler, limit=10'],
  ],
  [
    'quiz, de free text',
    [
      'Spieler können Punktestände eintragen (Name und Punkte, ganze Zahl ab 0)',
      'Die 10 besten Spieler nach ihrer besten Punktzahl anzeigen, die beste zuerst',
    ],
    ['create punktestande', 'ranking punkte desc, best per name, limit=10'],
  ],
  [
    'carrera, es',
    [
      'POST /tiempos con {"corredor": string, "segundos": number > 0} guarda un tiempo -> 201',
      'GET /clasificacion?n=10 devuelve {"corredores": [{"corredor": string, "segundos": number}]}: el mejor tiempo de cada corredor, el más rápido primero',
    ],
    ['create tiempo', 'ranking segundos asc, best per corredor, n=10'],
  ],
  [
    'puntuaciones, es free text',
    [
      'Registrar puntuaciones de jugadores: nombre del jugador y puntos (entero, no negativo)',
      'Mostrar los 5 mejores jugadores según su mejor puntuación, de mayor a menor',
    ],
    ['create puntuacione', 'ranking puntos desc, best per jugador, limit=5'],
  ],
  [
    'fléchettes, fr',
    [
      'POST /scores avec {"joueur": string, "points": integer >= 0} enregistre un score -> 201',
      'GET /classement?limite=10 renvoie {"joueurs": [{"joueur": string, "points": integer}]} : le meilleur score de chaque joueur, du plus haut au plus bas',
    ],
    ['create score', 'ranking points desc, best per joueur, limite=10'],
  ],
  [
    'fr free text, quickest',
    [
      'Les coureurs enregistrent leurs temps au tour (nom du coureur, temps en secondes)',
      'Afficher le meilleur temps de chaque coureur, le plus rapide en premier, 10 au plus',
    ],
    ['create temps', 'ranking temps asc, best per coureur, limit=10'],
  ],
  [
    'it spelled',
    [
      'POST /punteggi con {"giocatore": string, "punti": integer >= 0} registra un punteggio -> 201',
      'GET /classifica?n=10 restituisce {"giocatori": [{"giocatore": string, "punti": integer}]}: il miglior punteggio di ogni giocatore, dal più alto',
    ],
    ['create punteggi', 'ranking punti desc, best per giocatore, n=10'],
  ],
  [
    'pt spelled',
    [
      'POST /pontuacoes com {"jogador": string, "pontos": integer >= 0} regista uma pontuação -> 201',
      'GET /ranking?n=10 devolve {"jogadores": [{"jogador": string, "pontos": integer}]}: a melhor pontuação de cada jogador, da maior para a menor',
    ],
    ['create pontuacoe', 'ranking pontos desc, best per jogador, n=10'],
  ],
  [
    'every score kept, top n',
    [
      'POST /scores {"player": string, "score": integer} -> 201',
      'GET /scores/top?n=3 -> {"scores": [{"player": string, "score": integer}]}, the n highest scores, highest first',
    ],
    ['create score', 'ranking score desc, every record, n=3'],
  ],
  [
    'board with a bare array and a limit parameter',
    [
      'POST /results {"name": string, "points": integer >= 0} -> 201',
      'GET /results/best?limit=5 -> JSON array of {"name": string, "points": integer}, each name\'s best points, highest first',
    ],
    ['create result', 'ranking points desc, best per name, limit=5'],
  ],
];

/** Quotas: a limit per key in a window, what is left, 429 past it, and a read of the usage. */
export const QUOTAS: Row[] = [
  [
    'spelled, per client per minute',
    [
      'POST /consume with body {"client": string} uses one unit and returns {"allowed": true, "remaining": number}; at most 5 per client per minute, the 6th returns 429',
      'GET /usage/{client} returns {"client": string, "count": number} for the current window, without consuming',
    ],
    ['quota 5 per 60s window, body client at /consume', 'quota usage'],
  ],
  [
    'free text, per API key per hour, header',
    ['Each API key may make 100 requests per hour, sent in the X-Api-Key header; past that answer 429'],
    ['quota 100 per 3600s window, header x-api-key at /hit'],
  ],
  [
    'key in the path',
    [
      'POST /limits/{customer}/hit counts one request for that customer: at most 3 per customer per 30 seconds, the 4th answers 429',
      'GET /limits/{customer} returns {"customer": string, "count": number, "remaining": number}',
    ],
    ['quota 3 per 30s window, path customer at /limits/{customer}/hit', 'quota usage'],
  ],
  [
    'de, per user per minute',
    ['Höchstens 10 Anfragen pro Nutzer und Minute; die elfte wird mit 429 abgelehnt'],
    ['quota 10 per 60s window, body user at /hit'],
  ],
  [
    'de, usage',
    [
      'Jeder Kunde darf 3 Exporte pro Stunde anstoßen, danach 429',
      'Anzeigen, wie viele Exporte ein Kunde in der laufenden Stunde schon verbraucht hat',
    ],
    ['quota 3 per 3600s window, body customer at /hit', 'quota usage'],
  ],
  [
    'es, per client per minute',
    ['Como máximo 20 peticiones por minuto por cliente; al superar el límite se responde 429'],
    ['quota 20 per 60s window, body client at /hit'],
  ],
  [
    'es, usage',
    [
      'Cada usuario puede hacer 5 consultas por hora (429 si se pasa)',
      'Consultar el uso de un usuario: cuántas consultas le quedan',
    ],
    ['quota 5 per 3600s window, body user at /hit', 'quota usage'],
  ],
  [
    'fr, per key',
    ['Au plus 50 appels par heure pour chaque clé API, au-delà 429'],
    ['quota 50 per 3600s window, body api_key at /hit'],
  ],
  [
    'fr, usage',
    [
      'Chaque client a droit à 10 requêtes par minute ; la onzième reçoit 429',
      "Lire l'utilisation d'un client (requêtes restantes) sans la consommer",
    ],
    ['quota 10 per 60s window, body client at /hit', 'quota usage'],
  ],
  [
    'it, per user',
    ['Al massimo 30 richieste al minuto per ogni utente, oltre si risponde 429'],
    ['quota 30 per 60s window, body user at /hit'],
  ],
  [
    'pt, per client',
    ['No máximo 10 requisições por minuto por cliente; a 11.ª recebe 429'],
    ['quota 10 per 60s window, body client at /hit'],
  ],
  [
    'token bucket, spelled',
    [
      'Each device gets a token bucket of 10 tokens, refilled at 1 token per second; an empty bucket answers 429',
    ],
    ['quota 10 per 1s bucket +1, body device at /hit'],
  ],
  [
    'daily quota',
    ['Each user may make 100 calls a day; the 101st call answers 429'],
    ['quota 100 per 86400s window, body user at /hit'],
  ],
  [
    'consume with remaining in the words written',
    [
      'POST /quota/{client}/consume uses one unit -> 200 {"left": n}; 5 per client per hour; when none is left -> 429 and nothing changes',
    ],
    ['quota 5 per 3600s window, path client at /quota/{client}/consume, remaining as left'],
  ],
  [
    'es spelled, restantes and usados',
    [
      'POST /consumir/{cliente} gasta una unidad -> 200 {"restantes": n}; como máximo 10 por cliente por hora, después 429',
      'GET /uso/{cliente} -> {"cliente": string, "usados": integer, "restantes": integer}, sin gastar nada',
    ],
    [
      'quota 10 per 3600s window, path cliente at /consumir/{cliente}, remaining as restantes, count as usados',
      'quota usage',
    ],
  ],
  [
    'quota on a record create',
    [
      'Customers request report exports with POST /exports {"customer": string, "format": "csv"|"pdf"} -> 201',
      'Each customer may request at most 3 exports per day; the 4th answers 429',
    ],
    ['create export, at most 3 per customer per 86400s'],
  ],
  [
    'daily quota resetting at midnight UTC',
    [
      'Each API key gets 100 requests a day, which resets at midnight UTC; over that → 429 with retry_after in seconds',
    ],
    ['quota 100 per 86400s window from 00:00 UTC, body api_key at /hit'],
  ],
  [
    'rolling hour',
    ['POST /quota/{client}/hit -> 200 {"remaining": n}; 5 hits per client per rolling hour, the 6th -> 429'],
    ['quota 5 per 3600s rolling, path client at /quota/{client}/hit'],
  ],
];

/** Leaderboards said in plain words with a lookup of one player. */
export const LOOKUPS: Row[] = [
  [
    'player lookup with best and count',
    [
      'POST /scores {"player": string, "score": integer >= 0} -> 201',
      'GET /players/{player} -> {"player": string, "best": integer, "games": integer}: their best score and how many scores they submitted; 404 for a player with none',
    ],
    ['create score', 'lookup player by {player}: best, games'],
  ],
  [
    'lookup by name, fastest lap, de',
    [
      'POST /runden {"fahrer": string, "zeit_ms": integer > 0} speichert eine Rundenzeit -> 201',
      'GET /fahrer/{name} -> {"fahrer": string, "bestzeit": integer, "runden": integer}: die schnellste Runde des Fahrers und wie viele Runden er gefahren ist; 404 wenn keine',
    ],
    ['create runden', 'lookup fahrer by {name}: bestzeit, runden'],
  ],
  [
    'board rows with a rank',
    [
      'POST /results {"team": string, "points": integer >= 0} -> 201',
      'GET /standings?top=5 -> {"standings": [{"rank": integer, "team": string, "best": integer}]}: each team once with its best points, highest first',
    ],
    ['create result', 'ranking points desc, best per team, top=5, row rank team best'],
  ],
  [
    'boards kept apart by a path parameter',
    [
      'POST /boards/{board}/scores {"player": string, "score": integer >= 0} -> 201',
      'GET /boards/{board}/top?limit=10 -> {"top": [{"player": string, "score": integer}]}: the best score of each player on that board, highest first',
    ],
    ['create score on board', 'ranking score desc, best per player, limit=10, per board'],
  ],
];

export const NEAR_MISSES: string[][] = [
  ['Rate a movie from 1 to 5 stars and store the rating with the movie title'],
  ['Return the best practices for naming variables in a list'],
  ['Limit the text to 200 characters: longer texts are cut'],
  ['Score a password by its length and character classes'],
  ['Compute the average score of a list of numbers'],
  ['Bewerte ein Passwort nach Länge und Zeichenklassen'],
  ['Convert 100 requests per minute to requests per second'],
  ['Cuenta las palabras de un texto, como máximo 500 palabras'],
  ['Calculer la moyenne des notes d’une liste'],
  ['Keep a log of matches with both teams and the final score'],
];
