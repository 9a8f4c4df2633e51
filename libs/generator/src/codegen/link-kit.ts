/*
 * What short links add to `src/validation.ts`: the check of a field with `format: "url"` and the fresh codes of
 * a field with `generate: "code"` (CONTRACT.md, record rules). Kept beside the kit so the kit stays one page.
 */

/** The import the link checks need, written at the top of `src/validation.ts`. */
export const LINK_KIT_IMPORT = "import { randomInt } from 'node:crypto';";

/** The link checks, appended to `src/validation.ts`. */
export const LINK_KIT_SOURCE = `
/** An absolute http or https URL with a host: what a redirect may send a client to. */
export const isWebUrl: Check<string> = {
  expected: 'an absolute http:// or https:// URL',
  test: (value: unknown): value is string => {
    if (typeof value !== 'string' || !/^https?:\\/\\//i.test(value)) return false;
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  },
};

const CODE_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh code of 7 characters a-z0-9 that \`taken\` does not hold (a short link's code). */
export function freshCode(taken: (code: string) => boolean): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < 7; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    if (!taken(code)) return code;
  }
}
`;
