import type { EndpointSpec, WebhookReceiveBehavior } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { errorBody, eventId, webhookEvent } from './acceptance-steps';
import { claimComputation } from './refusal-features';
import { asSaid } from '../catalog/feature-words';

/*
 * A refusal of unsigned or wrongly signed deliveries stated as a feature of its own ("a wrong or missing
 * signature returns 401", "Ereignisse ohne gültige Signatur werden mit 401 abgelehnt", "una firma incorrecta
 * devuelve 401"): the webhook receiver another feature designed already checks the signature before anything
 * else and answers 401 INVALID_SIGNATURE to a missing or wrong one (`codegen/webhook-handler.ts`), so the
 * feature is claimed there with a worked 401 example of each. A feature naming anything else (a timestamp's age,
 * a key, a user), another status, or an intent with no receiver, or two, is not attached here.
 */

/** Words saying a delivery is signed or carries a signature. */
const SIGNATURE =
  /^(?:signature|signatures|signatur|signaturen|firma|firmas|firme|assinatura|assinaturas|hmac)$/;

/** Words a signature refusal may carry besides: what is wrong with it, what carries it, how it is refused. */
const ALLOWED = new Set(
  // wrong, missing, invalid …
  (
    'wrong missing invalid bad incorrect forged tampered absent without unsigned false fake mismatching ' +
    'falsch falsche falschen falscher fehlend fehlende fehlender fehlt ohne gultig gultige gultigen ungultig ' +
    'ungultige ungultigen unsigniert unsignierte sin incorrecta incorrectas invalida invalidas falsa falsas ' +
    'falta ausente sans mauvaise mauvaises incorrecte invalide invalides fausse manquante absente senza errata ' +
    'errate sbagliata mancante non valida sem incorreta invalida ausente errada ' +
    // what carries it
    'event events ereignis ereignisse evento eventos evenement evenements eventi request requests anfrage ' +
    'anfragen peticion peticiones solicitud requete requetes richiesta richieste pedido pedidos requisicao ' +
    'webhook webhooks delivery deliveries zustellung zustellungen call calls body payload header headers ' +
    // how it is refused
    'refused rejected rejects refuses returns return answered answers gets get with is are be will error ' +
    'unauthorized unauthorised abgelehnt zuruckgewiesen wird werden mit ergibt gibt rechaza rechazan ' +
    'rechazado rechazada rechazados rechazadas devuelve devuelven con es son se refuse refusee refusees ' +
    'refuses rejete rejetee rejetees renvoie renvoient est sont avec rifiutato rifiutata rifiutati rifiutate ' +
    'viene vengono restituisce con rejeitado rejeitada rejeitados rejeitadas devolve retorna com sao ' +
    // whose signature, what it is, who answers (six languages)
    'whose which that has have its it valid correct correctly signed reject refuse refused respond responds ' +
    'status http code service server dessen deren ist sie es antwortet antworten dienst server abgewiesen ' +
    'verworfen gultige cuya cuyo cuyas cuyos que tenga tengan tiene valida valido correcta rechazar responde ' +
    'servicio dont qui a est valide correcte refuser repond service cui ha valida corretta rifiutare risponde ' +
    'servizio cuja cujo tem valida correta recusar rejeitar responde servico l d ' +
    // articles and joints
    'a an the any or and of in its ein eine einer einem einen der die das den dem des oder und im un una unos ' +
    'unas el la los las o y del de en une des le les ou et du il lo gli uno e di nel um uma os as ou no na do da'
  ).split(' '),
);

/** The folded words of a feature. */
function wordsOf(feature: string): string[] {
  return (
    feature
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/ß/g, 'ss')
      .toLowerCase()
      .match(/[\p{L}\p{N}-]+/gu) ?? []
  ).flatMap((w) => w.split('-'));
}

/** Words of storing: a refused delivery "is not stored", "speichert nichts", "no se guarda", "n'est pas enregistré". */
const STORED =
  /^(?:stored|store|stores|saved|save|kept|keep|recorded|persisted|gespeichert|speichert|speichern|gesichert|guarda|guardan|guardado|guardada|almacena|almacenado|almacenada|enregistre|enregistree|enregistres|stocke|stockee|conserve|conservee|garde|gardee|salvato|salvata|salva|memorizzato|memorizzata|conservato|guardado|guardada|salvo|salva|armazenado|armazenada|gravado)$/;
/** Negations, allowed only in a clause of storing ("not stored", "nichts gespeichert", "nada se guarda"). */
const NEGATION =
  /^(?:not|never|nothing|no|nicht|nichts|nie|kein|keine|nada|nunca|ne|n|pas|rien|jamais|non|nulla|niente|mai|nao|nunca)$/;

/**
 * The words of a feature with its clause of not storing taken out ("… and the event is not stored", "… und
 * speichert nichts"): a negation within three words of a word of storing. Any other negation stays, and a
 * feature keeping one is no refusal ("a missing signature is not refused").
 */
function withoutNotStored(words: string[]): string[] {
  const dropped = new Set<number>();
  words.forEach((w, i) => {
    if (!STORED.test(w)) return;
    const near = words.slice(Math.max(0, i - 3), i + 4).some((x) => NEGATION.test(x));
    if (!near) return;
    dropped.add(i);
    for (let j = Math.max(0, i - 3); j <= Math.min(words.length - 1, i + 3); j += 1)
      if (NEGATION.test(words[j]) || /^(?:is|are|be|will|wird|werden|se|viene|e|est|n|l)$/.test(words[j]))
        dropped.add(j);
  });
  return words.filter((_, i) => !dropped.has(i));
}

/** The statuses a signature refusal may state: 401 as usual, or the 400 or 403 a user writes instead. */
const REFUSALS = new Set(['400', '401', '403']);

/** Whether a feature only says that deliveries with a missing or wrong signature are refused (a status or none). */
export function readsSignatureRefusal(feature: string): boolean {
  const words = withoutNotStored(wordsOf(feature).filter((w) => w !== ''));
  if (words.some((w) => NEGATION.test(w) && w !== 'non' && w !== 'no')) return false;
  if (words.length === 0 || words.length > 20) return false;
  if (!words.some((w) => SIGNATURE.test(w))) return false;
  const statuses = words.filter((w) => /^\d+$/.test(w));
  if (new Set(statuses).size > 1 || statuses.some((s) => !REFUSALS.has(s))) return false;
  // A refusal: a status, or a word of refusing.
  const refusing =
    statuses.length > 0 ||
    words.some((w) =>
      /^(?:refus|reject|rejet|rejeit|rechaz|rifiut|abgelehnt|zuruckgewiesen|unauthori)/.test(w),
    );
  if (!refusing) return false;
  // Something wrong with it must be said: "a wrong or missing signature", "ohne gültige Signatur".
  if (
    !words.some(
      (w) =>
        ALLOWED.has(w) &&
        /^(?:wrong|missing|invalid|bad|incorrect|forged|tampered|absent|without|unsigned|false|fake|mismatching|falsch\w*|fehl\w*|ohne|ungultig\w*|unsigniert\w*|sin|incorrect\w*|invalid\w*|fals\w*|falta|ausente|sans|mauvaise\w*|manquante|absente|senza|errat\w*|sbagliata|mancante|sem|errada)$/.test(
          w,
        ),
    )
  )
    return false;
  return words.every((w) => SIGNATURE.test(w) || ALLOWED.has(w) || REFUSALS.has(w) || /^x$/.test(w));
}

/**
 * Claims a signature refusal on the one webhook receiver that checks signatures, with a worked 401 example of a
 * wrong signature and of a missing one; false when the feature is not one, or there is no such receiver or two.
 */
export function attachSignatureRefusal(b: ContractBuilder, feature: string): boolean {
  if (!readsSignatureRefusal(feature)) return false;
  const receivers = b.contract.endpoints.filter(
    (e): e is EndpointSpec & { behavior: WebhookReceiveBehavior } =>
      e.behavior.kind === 'webhook_receive' && e.behavior.signature_header !== '',
  );
  if (receivers.length !== 1) return false;
  const [e] = receivers;
  const w = e.behavior;
  // "a missing or wrong signature is answered 403": the receiver's status, unless its own feature states another.
  const status = Number(/\b(40[013])\b/.exec(feature)?.[1] ?? w.signature_status ?? 401);
  if (status !== (w.signature_status ?? 401)) {
    if (w.signature_status !== undefined || !(status === 400 || status === 403)) return false;
    w.signature_status = status;
  }
  const said = asSaid(feature);
  const expect = { status, body_contains: errorBody('INVALID_SIGNATURE') };
  const forged = { [w.signature_header]: `${w.signature_prefix}${'0'.repeat(64)}` };
  b.contract.acceptance.push(
    {
      id: 'draft',
      endpoint_id: e.id,
      kind: 'error',
      description: `A webhook whose ${w.signature_header} signature is wrong answers ${status} INVALID_SIGNATURE and is not stored ("${said}").`,
      steps: [
        {
          request: {
            method: e.method,
            path: e.path,
            headers: forged,
            body_text: webhookEvent(w, eventId(e, 'wrong-signature')),
          },
          expect,
        },
      ],
    },
    {
      id: 'draft',
      endpoint_id: e.id,
      kind: 'error',
      description: `A webhook without the ${w.signature_header} signature header (a missing signature) answers ${status} INVALID_SIGNATURE and is not stored ("${said}").`,
      steps: [
        {
          request: { method: e.method, path: e.path, body_text: webhookEvent(w, eventId(e, 'unsigned')) },
          expect,
        },
      ],
    },
  );
  claimComputation(e, feature);
  return true;
}
