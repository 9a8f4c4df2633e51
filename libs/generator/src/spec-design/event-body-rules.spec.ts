import { readsEventBodyRule } from './event-body-rules';
import { readsSignatureRefusal } from './signature-refusals';

/*
 * The two refusals a signed receiver makes, stated as features of their own: what is read as one (a wrong or
 * missing signature → 401 (or the 400 or 403 stated) and nothing stored; a verified body that is not an object with a string id → 400), and
 * near misses that are not (a negation that turns the refusal round, another status or two, other fields, a route).
 */

describe('a signature refusal stated apart', () => {
  it.each([
    'A wrong or missing signature returns 401 and the event is not stored',
    'Requests with a missing or incorrect signature get 401 and nothing is stored',
    'Reject events whose signature is wrong or missing',
    'Events without a valid signature are rejected with 401 and never stored',
    'Fehlt die Signatur oder ist sie falsch, antwortet der Dienst mit 401 und speichert nichts',
    'Una firma incorrecta o ausente devuelve 401 y el evento no se guarda',
    'Une signature absente ou invalide renvoie 401 et rien n’est enregistré',
    'Una firma errata o mancante restituisce 401 e l’evento non viene salvato',
    // The status a user states instead of 401: the receiver answers it (signature_status).
    'A wrong signature returns 403',
    'Une signature absente ou fausse est refusée avec 403',
  ])('reads %j', (feature) => {
    expect(readsSignatureRefusal(feature)).toBe(true);
  });

  it.each([
    'A missing signature is not rejected',
    'Events with a wrong signature are not refused but flagged',
    'A wrong signature returns 404',
    'A wrong signature returns 401 or 403',
    'A wrong signature returns 401 and the event is stored as suspicious',
  ])('does not read %j', (feature) => {
    expect(readsSignatureRefusal(feature)).toBe(false);
  });
});

describe('a body rule of signed events stated apart', () => {
  it.each([
    'The verified body must be a JSON object with a string "id"; anything else returns 400',
    'Der Inhalt muss ein JSON-Objekt mit einer Zeichenkette "id" sein, sonst 400',
    'El cuerpo debe ser un objeto JSON con un "id" de tipo string; si no, 400',
    'Le corps doit être un objet JSON avec un "id" de type string, sinon 400',
  ])('reads %j', (feature) => {
    expect(readsEventBodyRule(feature)).toBe(true);
  });

  it.each([
    'The body must be a JSON object with a string "id" and a number "amount"; else 400',
    'POST /events takes a JSON object with a string "id"; anything else returns 400',
    'The body must be a JSON object with a string "id"; anything else returns 422',
    'Each note is a JSON object with a title',
  ])('does not read %j', (feature) => {
    expect(readsEventBodyRule(feature)).toBe(false);
  });
});
