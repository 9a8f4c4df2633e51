/*
 * Rows of the free-text scores and polls phrasing table (`scores-polls-phrasings.spec.ts`): a leaderboard kept as
 * people describe it (a player's score recorded after each game, only the best counting, the top N by it), a poll
 * from creation to results, and ideas upvoted once per voter, in English, German, Spanish, French, Italian and
 * Portuguese. Each row is a name, an intent's key features, and what the endpoints claiming them do (see `tagOf`
 * there). The near misses say "best", "vote" or "score" about something else and design no ranking, vote or tally.
 */

/** A row: its name, the key features of one intent, and the behaviours they are read as. */
export type Row = [string, string[], string[]];

/** Leaderboards said in words: scores recorded per player, only each player's best counting. */
export const BOARDS: Row[] = [
  [
    'en, a score after each game',
    [
      "Record a player's score after each game",
      'Only a player’s best score counts, not the latest one',
      'Show the top 3 players by their best score',
    ],
    ['create score', 'ranking score desc, best per player, limit=3'],
  ],
  [
    'en, scores sent in after each round',
    [
      'Players send in their score after each round',
      'What counts for a player is their best score so far, not the most recent one',
      'Show the top 5 players by there best score',
    ],
    ['create score', 'ranking score desc, best per player, limit=5'],
  ],
  [
    'en, a worse score never lowers the best',
    [
      'Save the points a player made in a match',
      "A worse result never lowers a player's best points",
      'List the 10 best players by their best points, ties going to whoever got there first',
    ],
    ['create point', 'ranking points desc, best per player, limit=10'],
  ],
  [
    'en, fastest time is the best',
    [
      'Runners submit their time in seconds after each run',
      "Only each runner's fastest time counts",
      'Show the 5 fastest runners, quickest first',
    ],
    ['create time', 'ranking time asc, best per runner, limit=5'],
  ],
  [
    'de, nach jedem Spiel',
    [
      'Nach jedem Spiel die Punktzahl eines Spielers speichern',
      'Für jeden Spieler zählt nur seine beste Punktzahl, nicht die letzte',
      'Die 3 besten Spieler nach ihrer besten Punktzahl anzeigen',
    ],
    ['create punktzahl', 'ranking punktzahl desc, best per spieler, limit=3'],
  ],
  [
    'es, después de cada partida',
    [
      'Registrar la puntuación de un jugador después de cada partida',
      'De cada jugador solo cuenta su mejor puntuación, no la más reciente',
      'Mostrar los 3 mejores jugadores según su mejor puntuación',
    ],
    ['create puntuacion', 'ranking puntuacion desc, best per jugador, limit=3'],
  ],
  [
    'fr, après chaque partie',
    [
      'Enregistrer le score d’un joueur après chaque partie',
      'Pour chaque joueur, seul son meilleur score compte, pas le dernier',
      'Afficher les 3 meilleurs joueurs selon leur meilleur score',
    ],
    ['create score', 'ranking score desc, best per joueur, limit=3'],
  ],
  [
    'it, dopo ogni partita',
    [
      'Registrare il punteggio di un giocatore dopo ogni partita',
      'Per ogni giocatore conta solo il suo miglior punteggio',
      'Mostrare i 3 migliori giocatori per miglior punteggio',
    ],
    ['create punteggio', 'ranking punteggio desc, best per giocatore, limit=3'],
  ],
  [
    'pt, depois de cada jogo',
    [
      'Registar a pontuação de um jogador depois de cada jogo',
      'Para cada jogador conta apenas a sua melhor pontuação',
      'Mostrar os 3 melhores jogadores pela melhor pontuação',
    ],
    ['create pontuacao', 'ranking pontuacao desc, best per jogador, limit=3'],
  ],
  [
    'en, the top players by their one number',
    ['Players post their score after every match', 'Show the top 3 players, highest first'],
    ['create score', 'ranking score desc, best per player, limit=3'],
  ],
];

/** A poll from creation to results, said in words. */
export const POLLS: Row[] = [
  [
    'en, a poll while it is open',
    [
      'Create a poll with a question and at least two options (otherwise 400)',
      'People vote for one option (they send the option text) while the poll is open',
      'A voter can vote only once per poll; a second vote is refused with 409',
      'Close a poll; votes on a closed poll get 409',
      'Results: how many votes each option got (options with none show 0) and the total',
    ],
    [
      'create options 2..*',
      'reserve close closed refusing votes',
      'tally results object total total',
      'vote option voter voter closed',
    ],
  ],
  [
    'pt, enquete pelo texto da opção',
    [
      'Criar uma enquete com uma pergunta e pelo menos duas opções',
      'Votar numa opção de uma enquete pelo texto da opção',
      'Cada participante só pode votar uma vez em cada enquete (senão 409)',
      'Encerrar uma enquete; votar numa enquete encerrada dá 409',
      'Ver o resultado: quantos votos cada opção teve (0 para as que não tiveram) e o total',
    ],
    [
      'create opcoes 2..*',
      'reserve close closed refusing votes',
      'tally resultado object total total',
      'vote opcao voter participante closed',
    ],
  ],
  [
    'fr, sondage au moins deux options',
    [
      'Créer un sondage : une question et au moins deux options (sinon 400)',
      'Voter pour une option en envoyant son texte, tant que le sondage est ouvert',
      'Chaque participant ne vote qu’une fois par sondage (409)',
      'Clôturer un sondage ; un vote sur un sondage clôturé renvoie 409',
      'Résultats : le nombre de voix par option, 0 compris, et le total',
    ],
    [
      'create options 2..*',
      'reserve close closed refusing votes',
      'tally resultats object total total',
      'vote option voter participant closed',
    ],
  ],
  [
    'es, encuesta mientras está abierta',
    [
      'Crear una encuesta: una pregunta y al menos dos opciones (si no, 400)',
      'La gente vota por una opción enviando su texto mientras la encuesta está abierta',
      'Cada persona vota una sola vez por encuesta (409 si repite)',
      'Cerrar la encuesta; los votos en una encuesta cerrada dan 409',
      'Resultados: votos por opción, incluidas las que tienen 0, y el total',
    ],
    [
      'create opciones 2..*',
      'reserve close closed refusing votes',
      'tally resultados object total total',
      'vote opcion voter voter closed',
    ],
  ],
  [
    'de, Umfrage solange offen',
    [
      'Eine Umfrage anlegen: eine Frage und mindestens zwei Antwortmöglichkeiten',
      'Abstimmen, indem man den Text einer Antwortmöglichkeit schickt, solange die Umfrage offen ist',
      'Jede Person darf pro Umfrage nur einmal abstimmen (409)',
      'Eine Umfrage schließen; Stimmen für eine geschlossene Umfrage werden mit 409 abgelehnt',
      'Ergebnis: Stimmen pro Antwortmöglichkeit (auch 0) und die Gesamtzahl',
    ],
    [
      'create antwortmoglichkeiten 2..*',
      'reserve close closed refusing votes',
      'tally ergebnis object total gesamtzahl',
      'vote option voter voter closed',
    ],
  ],
  [
    'it, sondaggio finché è aperto',
    [
      'Creare un sondaggio con una domanda e almeno due opzioni',
      'Votare un’opzione inviandone il testo finché il sondaggio è aperto',
      'Ogni persona vota una sola volta per sondaggio (409)',
      'Chiudere il sondaggio; un voto su un sondaggio chiuso restituisce 409',
      'Risultati: voti per opzione (anche 0) e il totale',
    ],
    [
      'create opzioni 2..*',
      'reserve close closed refusing votes',
      'tally risultati object total totale',
      'vote opzione voter voter closed',
    ],
  ],
  [
    'en, a close action and results plus the total',
    [
      'Create a poll with a question and 2 to 5 options',
      'Vote for an option by its text while the poll is open',
      'A poll can be closed with a close action',
      'Results: votes per option plus the total',
    ],
    [
      'create options 2..5',
      'reserve close closed refusing votes',
      'tally results object total total',
      'vote option closed',
    ],
  ],
];

/** Ideas upvoted, once per voter, and the top ones. */
export const IDEAS: Row[] = [
  [
    'en, top 3 ideas',
    ['Post an idea with a title', 'Upvote an idea', 'Show the top 3 ideas'],
    ['adjust upvote upvotes', 'create idea', 'ranking upvotes desc, every record, limit=3'],
  ],
  [
    'en, one upvote per voter',
    [
      'Post an idea with a title',
      'Upvote an idea; each person can upvote a given idea only once (a second upvote is a 409)',
      'Show the top 3 ideas by votes',
    ],
    ['adjust upvote votes once per voter', 'create idea', 'ranking votes desc, every record, limit=3'],
  ],
  [
    'es, un voto por persona',
    [
      'Proponer una idea con un título',
      'Votar por una idea; cada persona vota una idea una sola vez (409)',
      'Ver las 3 ideas más votadas',
    ],
    ['adjust vote votos once per voter', 'create idea', 'ranking votos desc, every record, limit=3'],
  ],
];

/** "best", "vote" and "score" about something else: no ranking, vote or tally comes of them. */
export const NEAR_MISSES: string[][] = [
  ['Record the latest temperature of each sensor and show it'],
  ['Show the best route between two stations'],
  ['Store each student’s score on a test with the test name'],
  ['Rate a restaurant from 1 to 5 and show the average rating'],
  ['Keep the votes of the board members as a text note in the meeting minutes'],
  ['Speichere die letzte Messung jedes Sensors'],
  ['Guardar la nota de cada alumno en un examen'],
];
