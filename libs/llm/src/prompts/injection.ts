/** A known prompt-injection phrase: the label reported in events and the pattern that finds it. */
interface InjectionPhrase {
  label: string;
  pattern: RegExp;
}

const DETERMINER = '(?:(?:all|any|the|your|my|these|those|of|previous|prior)\\s+){0,3}';
const SECRET =
  '(?:api[\\s_-]?keys?|secrets?|credentials?|passwords?|access[\\s_-]?tokens?|auth(?:entication)?[\\s_-]?tokens?|private[\\s_-]?keys?|env(?:ironment)?\\s+var(?:iable)?s)';

const PHRASES: readonly InjectionPhrase[] = [
  {
    label: 'ignore previous instructions',
    pattern:
      /\b(?:ignore|forget|skip|override|bypass)\s+(?:(?:all|any|the|your|of|everything)\s+){0,3}(?:previous|prior|above|earlier|preceding|foregoing)\b/i,
  },
  {
    label: 'disregard instructions',
    pattern:
      /\bdisregard\b[^.\n]{0,60}\b(?:instructions?|rules?|prompts?|above|previous|prior|guidelines|system)\b/i,
  },
  { label: 'new instructions', pattern: /\bnew\s+(?:system\s+)?instructions?\s*:/i },
  { label: 'you are now', pattern: /\byou\s+are\s+now\b/i },
  { label: 'act as', pattern: /\b(?:act|behave)\s+as\s+(?:if|though|an?|the|my|your)\b/i },
  { label: 'pretend to be', pattern: /\bpretend\s+(?:to\s+be|you\s+are|that)\b/i },
  { label: 'system prompt', pattern: /\bsystem\s+(?:prompt|message)\b/i },
  {
    label: 'reveal instructions',
    pattern: new RegExp(
      `\\b(?:reveal|show|print|output|repeat|leak|display|expose|dump)\\s+${DETERMINER}(?:hidden\\s+|initial\\s+|system\\s+)?(?:instructions?|prompts?|rules)\\b`,
      'i',
    ),
  },
  { label: 'developer mode', pattern: /\b(?:developer|debug|god|admin)\s+mode\b/i },
  { label: 'jailbreak', pattern: /\bjail\s?break/i },
  { label: 'do anything now', pattern: /\bdo\s+anything\s+now\b|\bDAN\s+mode\b/i },
  {
    label: 'secret exfiltration',
    pattern: new RegExp(
      `\\b(?:reveal|show|print|output|send|post|leak|exfiltrate|return|give|share|expose|dump|upload|email)\\s+${DETERMINER}${SECRET}\\b`,
      'i',
    ),
  },
  { label: 'delimiter breaking', pattern: /<\/\s*[A-Za-z_][\w-]*\s*>|<\|[a-z_]+\|>|\[\/?INST\]/ },
];

/**
 * The labels of the known injection phrases found in any string (or object key) of `input`, each once, in a fixed
 * order. Finding one changes nothing in how the input is handled (it is data either way); callers record the
 * labels in the event log.
 */
export function detectInjection(input: unknown): string[] {
  const found = new Set<string>();
  const visit = (v: unknown, depth: number): void => {
    if (typeof v === 'string') {
      for (const p of PHRASES) if (!found.has(p.label) && p.pattern.test(v)) found.add(p.label);
      return;
    }
    if (depth > 64 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const item of v) visit(item, depth + 1);
      return;
    }
    for (const [key, item] of Object.entries(v)) {
      visit(key, depth + 1);
      visit(item, depth + 1);
    }
  };
  visit(input, 0);
  return PHRASES.filter((p) => found.has(p.label)).map((p) => p.label);
}
