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

/** The feature without a user story's frame and reason; the feature itself when it is not a user story. */
export function storyBody(text: string): string {
  const frame = STORY_FRAME.exec(text);
  if (!frame) return text;
  const body = text.slice(frame[0].length).replace(STORY_REASON, '');
  return body.trim().length > 0 ? body : text;
}
