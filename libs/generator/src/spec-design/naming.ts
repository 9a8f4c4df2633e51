import { createHash } from 'node:crypto';
import { fieldName, fold } from './lexicon';

/** Short stable hex digest, for names derived from text that has no usable words. */
export function shortHash(text: string, length = 6): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length);
}

/** snake_case ASCII identifier from any text ("userId" → "user_id"); `fallback` when nothing is left. */
export function snakeName(text: string, fallback: string): string {
  const snake = fold(text.replace(/([a-z0-9])([A-Z])/g, '$1_$2'))
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (snake === '') return fallback;
  return /^[a-z]/.test(snake) ? snake.slice(0, 60) : `${fallback}_${snake}`.slice(0, 60);
}

/** kebab-case ASCII slug; `fallback` when nothing is left. */
export function kebabName(text: string, fallback: string): string {
  const kebab = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (kebab === '') return fallback;
  return /^[a-z]/.test(kebab)
    ? kebab.slice(0, 60).replace(/-+$/, '')
    : `${fallback}-${kebab}`.slice(0, 60).replace(/-+$/, '');
}

/** The field a word after "by" names: canonical and snake_case ("autor" → `author`). */
export function byFieldName(word: string): string {
  return snakeName(fieldName(word), 'field');
}
