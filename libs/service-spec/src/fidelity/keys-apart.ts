import { readFeatureLiterals } from './feature-literals';
import { folded } from './quota-key-fidelity';

/*
 * A feature that only says each key's calls are counted apart from the others' ("each key has its own allowance:
 * one caller using up its calls does not affect the others", "les clés sont comptées séparément") — no route, no
 * number, nothing shared. A guard's quota counts per header value, so it realises such a feature: its worked 429
 * example shows another key still answered. Keys drawing together, or a group no feature defines, are not this.
 */

/** Words of the keys or callers a quota counts. */
const KEYS =
  /\b(keys?|callers?|clients?|schlussel\w*|aufrufer\w*|claves?|chaves?|cles?|chiavi|chiave|clientes?|clienti)\b/;
/** Counted apart ("counted separately", "gezählt … getrennt", "contadas por separado", "comptées séparément"). */
const COUNTED_APART =
  /\b(count\w*|gezahlt|zahl\w*|contad\w*|contat\w*|compt\w*)\b.*\b(separately|apart|independently|getrennt\w*|einzeln|por separado|separadamente|separement|separatamente|a parte)\b/;
/** Its own allowance, or one spent not blocking the others, in six languages (folded). */
const OWN_OR_UNBLOCKED =
  /\b(own (allowance|quota|limit|count)|eigene\w* (kontingent|limit|zahler)|propio cupo|propia cuota|propria cota|propria quota|proprio (limite|contingente)|propre quota|does not (block|affect)|doesn t (block|affect)|never blocks?|blockiert nicht|durfen die anderen|no bloquea|nao bloqueia|ne bloque pas|non blocca|les autres continuent|the others (still|keep|continue))\b/;
/** Several keys drawing together, or a group no feature defines. */
const TOGETHER =
  /\b(shar\w*|together|combined|zusammen|gemeinsam\w*|juntos|juntas|ensemble|insieme|team\w*|organi[sz]ation\w*|group\w*|equipo|equipe|gruppo)\b/;

/** Callers told apart by their network address: a guard counting a header does not realise that. */
const BY_ADDRESS = /\b(ip|address\w*|adresse\w*|direccion\w*|endereco\w*|indirizz\w*)\b/;

/** Whether a feature only says each key is counted apart from the others. */
export function saysKeysApart(feature: string): boolean {
  const text = folded(feature);
  if (readFeatureLiterals(feature).routes.length > 0 || /\d/.test(text)) return false;
  return (
    KEYS.test(text) &&
    (COUNTED_APART.test(text) || OWN_OR_UNBLOCKED.test(text)) &&
    !TOGETHER.test(text) &&
    !BY_ADDRESS.test(text)
  );
}
