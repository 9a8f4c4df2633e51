import type { LiteralField, RankingRow, ResourceSpec } from '@sf/service-spec';

/*
 * The rows a leaderboard answers in the names a feature writes: `[{"rank": 1, "player": "...", "best": n}]`,
 * `{"player": string, "best": integer, "games": integer}` for one player's lookup. Each written field is the owner,
 * the best score, how many records the owner has, or the position; a field that is none of them is not guessed.
 */

const RANK = /^(rank|ranking|position|pos|place|placing|platz|rang|posicion|puesto|lugar|posizione|posicao)$/;
const COUNT =
  /^(count|\w+_count|num_\w+|number_of_\w+|total_\w+|games|runs|plays|attempts|submissions|results|scores|entries|laps|rounds|matches|times|tries|anzahl|spiele|runden|versuche|ergebnisse|rondas|vueltas|tours|giri|voltas|partidas|intentos|juegos|carreras|envios|parties|essais|tentatives|courses|partite|tentativi|corse|jogos|tentativas|corridas)$/;
const BEST =
  /^(best|best_\w+|\w+_best|top|top_\w+|high|highscore|high_score|personal_best|pb|record|max|min|fastest|quickest|bestwert|bestzeit|rekord|mejor|mejor_\w+|meilleur|meilleur_\w+|record_personnel|migliore|miglior_\w+|melhor|melhor_\w+)$/;

/**
 * The row of a ranking whose answer writes `written` (an array element's fields, or one lookup's), or undefined
 * when every written field is a field of the records (the records are answered as they are); null when a written
 * field is neither a record field nor the owner, best, count or rank, or the owner is not among them.
 */
export function rankingRow(
  written: LiteralField[],
  r: ResourceSpec,
  score: string,
  owner: string | undefined,
): RankingRow | undefined | null {
  const names = written.map((f) => f.name);
  if (names.every((n) => r.fields.some((f) => f.name === n))) return undefined;
  if (owner === undefined || !names.includes(owner)) return null;
  const row: Partial<RankingRow> = {};
  for (const name of names.filter((n) => n !== owner)) {
    const slot = RANK.test(name)
      ? 'rank'
      : name === score || BEST.test(name)
        ? 'best'
        : COUNT.test(name)
          ? 'count'
          : null;
    if (slot === null || row[slot] !== undefined) return null;
    row[slot] = name;
  }
  return row.best === undefined ? null : { best: row.best, ...row };
}

/** The owner a lookup's path names: the text field called like its last parameter (`/players/{player}`). */
export function lookupOwner(path: string, r: ResourceSpec): { param: string; owner: string } | null {
  const param = /\{([a-z][a-z0-9_]*)\}$/.exec(path)?.[1];
  if (param === undefined) return null;
  // `/players/{player}`, or `/players/{name}` of records whose text field `player` names the owner.
  const noun = /\/([a-z][a-z0-9_-]*?)s?\/\{[^}]+\}$/.exec(path)?.[1];
  const texts = r.fields.filter((f) => f.type === 'string' && f.unique !== true);
  const field =
    texts.find((f) => f.name === param) ??
    (param === 'name' ? texts.find((f) => f.name === noun) : undefined);
  return field ? { param, owner: field.name } : null;
}

/**
 * The owner an answer's entries name beside a best (`[{"player": string, "best": integer}]`): the one text field
 * of the records among the written fields, when another written field is a best the records do not hold.
 */
export function writtenOwner(written: LiteralField[], r: ResourceSpec): string | undefined {
  const own = (n: string) => r.fields.some((f) => f.name === n);
  if (!written.some((f) => BEST.test(f.name) && !own(f.name))) return undefined;
  const owners = written.filter((w) => r.fields.some((f) => f.name === w.name && f.type === 'string'));
  return owners.length === 1 ? owners[0].name : undefined;
}
