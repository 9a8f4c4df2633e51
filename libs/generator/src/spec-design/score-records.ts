import type { FieldSpec } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { fold } from './lexicon';
import { namedFields } from './named-fields';
import { holdOwnerBest, readsAsRanking } from './ranking-features';
import { asSaid } from '../catalog/feature-words';

/*
 * Scores recorded per player, said in words: "record a player's score after each game", "players send in their
 * score after each round", "Save the points a player made in a match", "die Punktzahl eines Spielers speichern",
 * "registrar la puntuación de un jugador", "enregistrer le score d'un joueur", "registrare il punteggio di un
 * giocatore", "registar a pontuação de um jogador". The records are the scores: who made it (the owner, a required
 * text) and the score (a required number), never a store named after "after" or "game". A ranking of them, each
 * owner's best, is another feature's (ranking-features.ts).
 */

/** A score's noun (folded), its record's name, the field holding it and its type. */
interface ScoreNoun {
  resource: string;
  field: string;
  type: 'number' | 'integer';
}

const score = (resource: string, field: string, type: 'number' | 'integer' = 'number'): ScoreNoun => ({
  resource,
  field,
  type,
});

/** Nouns of a score, in six languages; counted points are whole numbers, a score or a time any number. */
const SCORES: Record<string, ScoreNoun> = {
  score: score('score', 'score'),
  scores: score('score', 'score'),
  points: score('point', 'points', 'integer'),
  time: score('time', 'time'),
  times: score('time', 'time'),
  punktzahl: score('punktzahl', 'punktzahl'),
  punktestand: score('punktestand', 'punktestand'),
  punkte: score('punkt', 'punkte', 'integer'),
  tore: score('tor', 'tore', 'integer'),
  zeit: score('zeit', 'zeit'),
  puntuacion: score('puntuacion', 'puntuacion'),
  puntaje: score('puntaje', 'puntaje'),
  puntos: score('punto', 'puntos', 'integer'),
  tiempo: score('tiempo', 'tiempo'),
  temps: score('temps', 'temps'),
  punteggio: score('punteggio', 'punteggio'),
  punti: score('punto', 'punti', 'integer'),
  pontuacao: score('pontuacao', 'pontuacao'),
  pontos: score('ponto', 'pontos', 'integer'),
  tempo: score('tempo', 'tempo'),
};

/** Nouns of whoever makes a score (folded, singular and plural), each the owner field's name. */
const OWNERS: Record<string, string> = Object.fromEntries(
  `player:player players:player runner:runner runners:runner team:team teams:team driver:driver drivers:driver
   spieler:spieler spielers:spieler spielerin:spieler laufer:laufer mannschaft:mannschaft jugador:jugador
   jugadores:jugador corredor:corredor corredores:corredor equipo:equipo equipos:equipo joueur:joueur
   joueurs:joueur coureur:coureur coureurs:coureur equipe:equipe equipes:equipe giocatore:giocatore
   giocatori:giocatore corridore:corridore corridori:corridore squadra:squadra squadre:squadra jogador:jogador
   jogadores:jogador equipa:equipa equipas:equipa racer:racer racers:racer pilot:pilot pilots:pilot fahrer:fahrer
   fahrerin:fahrer piloto:piloto pilotos:piloto pilote:pilote pilotes:pilote pilota:pilota piloti:pilota`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/** Verbs of recording, sending or entering a score. */
const RECORDS = new Set(
  `record records save saves store stores submit submits send sends post posts log logs enter enters register
   registers keep keeps add adds report reports speichern speichert eintragen tragen tragt erfassen erfasst melden
   meldet registrar registra guardar guarda anotar anota enviar envia envian enregistrer enregistre noter note
   envoyer envoie envoient soumettre registrare registra salvare salva inviare invia inviano registar regista
   enviam`.split(/\s+/),
);

/** Words saying which score of an owner's is kept: "a driver's lap time", "a player's final score". */
const QUALIFIERS = '(?:lap|run|race|round|game|match|final|new|latest)';

/** A text's folded words, apostrophes kept ("player's", "d'un"), one space between words. */
function said(feature: string): string {
  return fold(feature)
    .replace(/[’`]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

/**
 * The owner noun and score noun a feature ties together: "a player's score", "the points a player made", "players
 * send in their score", "der Punktzahl eines Spielers", "le score d'un joueur", "il punteggio di un giocatore".
 */
function possessed(text: string): { owner: string; score: string } | null {
  const owner = `(${Object.keys(OWNERS).join('|')})`;
  const noun = `(${Object.keys(SCORES).join('|')})`;
  const forms: [RegExp, 'owner-first' | 'score-first'][] = [
    // "a driver's lap time", "a player's final score": one word may say which score.
    [new RegExp(`\\b${owner}(?:'s|s'|') (?:${QUALIFIERS} )?${noun}\\b`), 'owner-first'],
    [
      new RegExp(
        `\\b${owner} (?:\\w+ ){1,5}(?:their|his|her|ihre|seine|su|sus|leur|leurs|son|sa|il loro|il suo|a sua|o seu) ${noun}\\b`,
      ),
      'owner-first',
    ],
    [
      new RegExp(
        `\\b${owner} (?:\\w+ ){0,3}(?:how many|wie viele|cuantos|cuantas|combien de|quanti|quante|quantos|quantas) ${noun}\\b`,
      ),
      'owner-first',
    ],
    [new RegExp(`\\b${noun} (?:of|for|from|by) (?:a|an|the|each|every|one) ${owner}\\b`), 'score-first'],
    [
      new RegExp(`\\bthe ${noun} (?:a|an|the|each) ${owner} (?:made|got|scored|reached|achieved|set)\\b`),
      'score-first',
    ],
    [new RegExp(`\\b${noun} (?:eines|des|jedes|einer|der) ${owner}s?\\b`), 'score-first'],
    [
      new RegExp(
        `\\b${noun} (?:de|del|du|di|do|da|dello|della|d'|de l'|dell') ?(?:un|una|um|uma|cada|chaque|ogni|each)? ?${owner}\\b`,
      ),
      'score-first',
    ],
  ];
  for (const [form, order] of forms) {
    const m = form.exec(text);
    if (m) return order === 'owner-first' ? { owner: m[1], score: m[2] } : { owner: m[2], score: m[1] };
  }
  return null;
}

/**
 * Designs the store of scores a feature records per owner ("record a player's score after each game"); false when
 * it records none, writes its own route, or ranks them (a ranking's feature).
 */
export function realiseScoreRecords(b: ContractBuilder, feature: string): boolean {
  // "a player's best round counts, not the latest and not the sum": the board's, before the catalog reads a sum.
  if (holdOwnerBest(b, feature)) return true;
  if (/\b(GET|POST|PUT|PATCH|DELETE)\s+\//.test(feature) || readsAsRanking(feature)) return false;
  // "Record a player's score with the player name and the score; list the scores" names its fields and asks more:
  // the records as it lists them, with every operation it names (the store's reading).
  if (/[;:]/.test(feature) || namedFields(feature) !== null) return false;
  const text = said(feature);
  if (!text.split(' ').some((t) => RECORDS.has(t))) return false;
  const found = possessed(text);
  if (found === null) return false;
  const noun = SCORES[found.score];
  const ownerField = OWNERS[found.owner];
  const words = asSaid(feature);
  const r = b.resource(noun.resource);
  const owner: FieldSpec = {
    name: ownerField,
    type: 'string',
    required: true,
    description: `Who made the ${noun.field.replace(/_/g, ' ')} (written in the intent as: ${found.owner})`,
    example: 'ana',
  };
  const value: FieldSpec = {
    name: noun.field,
    type: noun.type,
    required: true,
    description: `The ${noun.field.replace(/_/g, ' ')} made (written in the intent as: ${found.score})`,
    example: noun.type === 'integer' ? 42 : 42.5,
  };
  const others = r.fields.filter(
    (f) => ![ownerField, noun.field, 'name', 'description', 'title'].includes(f.name),
  );
  r.fields = [owner, value, ...others];
  b.writtenAs(noun.resource, [found.owner, found.score]);
  const e = b.endpoint(
    'POST',
    b.collectionPath(noun.resource),
    { kind: 'create', resource: noun.resource },
    feature,
  );
  const quote = ` In the intent's words: "${words}".`;
  if (!e.summary.includes(quote)) e.summary += quote;
  return true;
}
