import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * The generated tests of text statistics that also count paragraphs and characters without spaces
 * (text-statistics-counts.ts) are load-bearing: the service passes its frozen acceptance pack, and fails it once
 * every non-blank line counts as a paragraph, a blank line no longer parts paragraphs, or only the space
 * character is left out of the characters without spaces (line breaks counted).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  counts: {
    features: [
      'count the words, characters and sentences of a draft',
      'also the characters without spaces and the number of paragraphs (separated by blank lines)',
    ],
    slips: [
      [['if (!blank && !inside) paragraphs++;', 'if (!blank) paragraphs++;']],
      [['inside = !blank;', 'inside = true;']],
      [
        [
          'value.characters_no_spaces = chars.filter((c) => !/\\s/u.test(c))',
          "value.characters_no_spaces = chars.filter((c) => c !== ' ')",
        ],
      ],
    ],
  },
};

slipSuite(client, 'text-counts', FAMILIES);
