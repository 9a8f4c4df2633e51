import { VENDORS, words } from './lexicon';

/*
 * Features whose verb is a record verb but whose meaning happens outside the service: "record a video",
 * "log in with Google", "send an email to every guest", "book a flight through the airline API", "post the
 * results to Twitter". A record store made of their words would be a different domain, so they are read here
 * and left unrealised (the fidelity gate then refuses them with its message). The tables are vocabularies of
 * the five languages intents are written in, never whole sentences.
 */

function set(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

/** Media a verb captures or plays: never a record kept by a service of plain JSON records. */
const MEDIA = set(`
  video videos audio audios photo photos picture pictures image images song songs music sound sounds voice
  screenshot screenshots podcast podcasts clip clips recording recordings selfie selfies
  foto fotos bild bilder imagen imagenes cancion canciones musik musique musica chanson chansons
  immagine immagini canzone canzoni
`);

/** Verbs that capture, play or show media, or reach people outside the service. */
const MEDIA_VERBS = set(`
  record records recording take takes taking capture captures shoot shoots play plays playing
  stream streams streaming watch watches listen listens scan scans aufnehmen grabar grava enregistrer
  filmer jouer abspielen reproducir tocar registrare
`);

/** What is sent to people (a message leaving the service), not stored by it. */
const DELIVERED = set(`
  email emails mail mails sms text texts notification notifications newsletter newsletters push letter
  letters correo correos courriel courriels benachrichtigung notificacion
`);
/** "text" is a message only as one ("send a text", "send them texts"), not as a thing's text ("the option text"). */
const TEXT = set('text texts');
const TEXTED = set('a an them him her us me you people everyone send sends sending');
const DELIVER_VERBS = set(`
  send sends sending deliver delivers notify notifies enviar envia envoyer envoie senden schicken
  verschicken inviare mandar
`);

/**
 * A message said to be sent in the passive: "a confirmation email is sent to them", "a reminder gets sent", "une
 * confirmation est envoyée", "se envía un recordatorio". Never a field sent in a request ("when no email is sent,
 * 400"): the message is a confirmation, reminder or welcome, or it goes to people.
 */
const SENT_TO_PEOPLE =
  /\b(?:e ?mails?|mails?|sms|notifications?|newsletters?|messages?)\b(?: \w+){0,3} (?:is|are|gets|get|be) (?:sent|delivered|emailed|mailed) to (?:them|him|her|you|everyone|every|each|all|the (?:user|guest|customer|member|participant|attendee|person|subscriber|owner|applicant)s?)\b/;
const NOTICE_SENT =
  /\b(?:confirmation|welcome|reminder|bestatigung|bestatigungsmail|erinnerung|confirmacion|conferma|confirmacao|rappel|recordatorio|promemoria|lembrete)s?\b(?: \w+){0,3} (?:(?:is|are|gets|get|be|wird|werden|est|sont|es|son|viene|vengono|e) )?(?:sent|delivered|emailed|mailed|verschickt|gesendet|envoyee?s?|enviad[oa]s?|inviat[oa]|mandad[oa]s?)\b|\bse (?:envia|manda) (?:un|una) (?:correo|email|recordatorio|confirmacion|mensaje)\b/;

/** Sign-in phrases: authentication by someone else's account is no record. */
const SIGN_IN = [
  ['log', 'in'],
  ['log', 'on'],
  ['sign', 'in'],
  ['sign', 'on'],
  ['login'],
  ['signin'],
  ['sso'],
  ['oauth'],
  ['anmelden'],
  ['connexion'],
];
/** "sich zu einem Kurs anmelden", "für den Workshop anmelden": signing up for a kept record, never a sign-in. */
const SIGNS_UP_FOR = /\b(?:zu|zum|zur|fur|für)\b.*\banmelden\b/;

/** Outside parties a feature acts through ("through the airline API", "with a registrar", "to Twitter"). */
const OUTSIDE = set(`
  ${VENDORS.join(' ')} twitter facebook instagram linkedin youtube tiktok whatsapp mastodon reddit
  registrar airline airlines carrier courier bank gds
`);
const THROUGH = set('through via with using to on from at into thru uber mit sur avec por con');

function hasRun(written: string[], run: string[]): boolean {
  return written.some((_, i) => run.every((w, j) => written[i + j] === w));
}

/** Length words after "square" that make it an area unit ("square feet", "square kilometres"). */
const SQUARE_OF =
  /^(?:metres?|meters?|feet|foot|inch|inches|yards?|miles?|(?:kilo|centi|milli)(?:metres?|meters?))$/;

/**
 * Why a feature is work outside the service rather than records it keeps (a short reason), or null. Read
 * from vocabulary: a media verb with media, a delivery verb with what is delivered, a sign-in, or an action
 * done through an outside party.
 */
export function outsideWorld(feature: string): string | null {
  const written = words(feature);
  // A verb of `verbs` with a word of `objects` after it ("take a photo", "send an email to every guest").
  const after = (verbs: Set<string>, objects: Set<string>) => {
    const at = written.findIndex((w) => verbs.has(w));
    return at >= 0 && written.slice(at + 1).some((w) => objects.has(w));
  };
  if (after(MEDIA_VERBS, MEDIA)) return 'captures or plays media';
  // "they send the option text" sends a thing's text to the service; "send a text" texts a person.
  const sent = new Set([...DELIVERED].filter((w) => !TEXT.has(w)));
  const texts = written.some((w, i) => TEXT.has(w) && (i === 0 || TEXTED.has(written[i - 1])));
  if (after(DELIVER_VERBS, sent) || (texts && after(DELIVER_VERBS, TEXT)))
    return 'delivers messages to people';
  const said = written.join(' ');
  if (SENT_TO_PEOPLE.test(said) || NOTICE_SENT.test(said)) return 'delivers messages to people';
  const signIn = SIGN_IN.filter((run) => hasRun(written, run));
  const signsUp = signIn.length === 1 && signIn[0][0] === 'anmelden' && SIGNS_UP_FOR.test(written.join(' '));
  if (signIn.length > 0 && !signsUp) return 'signs people in with an outside account';
  for (let i = 0; i < written.length - 1; i += 1) {
    if (!THROUGH.has(written[i])) continue;
    // "through the airline API", "to Twitter", "with a registrar": the party is the next word or the one
    // after an article.
    const next = written
      .slice(i + 1, i + 4)
      .filter((w) => !['a', 'an', 'the', 'our', 'their', 'its'].includes(w));
    // "to square metres" is an area unit, not the payment company Square.
    const party = (w: string, k: number) =>
      OUTSIDE.has(w) && !(w === 'square' && SQUARE_OF.test(next[k + 1] ?? ''));
    if (next.slice(0, 2).some(party)) return 'acts through an outside party';
  }
  return null;
}
