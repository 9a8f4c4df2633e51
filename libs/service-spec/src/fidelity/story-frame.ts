/** The user-story frame around a feature, which says who asks and why, not what the service does. */

/**
 * The frame of a user story in the languages intents are written in ("As a user, I want to …", "Als Nutzer
 * möchte ich …", "Como usuario quiero …", "En tant qu'utilisateur, je veux …", "Come utente voglio …", "Como
 * usuário quero …") and its reason ("so that …", "damit …"): the words of neither are the feature's.
 */
const STORY_FRAME =
  /^\s*(?:as an?\s+|als(?: ein(?:e|er)?)?\s+|como(?: una?)?\s+|en tant qu(?:e\s+|['’]\s*)(?:une?\s+)?|come(?: una?)?\s+)[^,.;:]{1,60}?,?\s+(?:I (?:want|need|would like|'d like)|ich (?:möchte|will|brauche)|(?:möchte|will|brauche) ich|(?:yo )?(?:quiero|necesito)|je (?:veux|voudrais|souhaite)|(?:io )?(?:voglio|vorrei)|(?:eu )?(?:quero|preciso))(?:\s+(?:to|be able to|zu|poder|pouvoir|potere))?\s+/iu;
const STORY_REASON =
  /[,;]?\s+(?:so that|so (?:I|we) can|in order to|damit|um (?:zu )?|para que|para poder|pour que|pour pouvoir|afin de|afin que|in modo da|così da|affinché)\b.*$/iu;

/**
 * Who a feature is for, said at its end ("… for the sailing folks", "… for our sales team", "… für die Kollegen
 * im Lager", "… para los clientes", "… pour les collègues", "… per i clienti", "… para o pessoal"): a group of
 * people, which the service does not realise, so no term of the feature.
 */
const AUDIENCE =
  /[,;]?\s+(?:for|f(?:ü|u)r|para|pour|per)\s+(?:the|our|my|all|die|den|unsere?n?|meine?n?|alle|el|los|las|nuestr[oa]s?|mis|les|nos|mes|tous|i|gli|le|nostri|miei|tutti|o|os|as|nossos?|nossas?|meus)\s+(?:\p{L}+\s+){0,2}(?:folks?|people|persons|users?|team|crowd|customers?|clients?|colleagues|staff|members|fans|friends|kids|guys|crew|leute|nutzer\p{L}*|kunden|kollegen|kolleginnen|mitarbeiter\p{L}*|gente|usuari[oa]s|clientes|equipo|compa(?:ñ|n)er[oa]s|amig[oa]s|gens|utilisat(?:eur|rice)s|coll(?:è|e)gues|(?:é|e)quipe|amis|utenti|squadra|colleghi|amici|pessoal|usu(?:á|a)rios|colegas|equipe)(?:\s+(?:in|at|on|of|im|am|vom|in der|en|de|del|de la|du|des|da|do|della|nel|nella|no|na)\s+\p{L}+)?\s*[.!]?\s*$/iu;

/**
 * The feature without a user story's frame and reason, and without who it is for when it ends so; the feature
 * itself when it is neither (or nothing else is left).
 */
export function storyBody(text: string): string {
  const frame = STORY_FRAME.exec(text);
  const told = frame ? text.slice(frame[0].length).replace(STORY_REASON, '') : text;
  const body = told.replace(AUDIENCE, '');
  return body.trim().length > 0 ? body : told.trim().length > 0 ? told : text;
}
