import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * What validators and text statistics also answer is load-bearing in their generated tests: each service generated
 * from ordinary features passes its frozen acceptance pack, and a mutant of its emitted code fails it — a lone dash
 * counted as a word again (or only the hyphen-minus taken for a dash), a sentence ended by a full stop only, a
 * reading time one minute off or rounded down, a blocklist answered the wrong way round or cut to its first domain.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  dash: {
    features: ['tell me how many words a piece of text has', 'a dash standing on its own is not a word'],
    slips: [
      // A lone dash counted as a word again.
      [['const words = (options.dash_not_word === true ?', 'const words = (false ?']],
      // Only the hyphen-minus taken for a dash: – and — counted as words.
      [['!/^\\p{Pd}+$/u.test(t)', '!/^-+$/u.test(t)']],
    ],
  },
  sentences: {
    features: [
      'Sätze eines Textes zählen: ein Satz endet mit einem Punkt, einem Fragezeichen oder einem Ausrufezeichen',
    ],
    // A sentence ended by a full stop only.
    slips: [
      [
        [
          "const ends = typeof options.sentence_ends === 'string' ? options.sentence_ends : '.!?';",
          "const ends = '.';",
        ],
      ],
    ],
  },
  reading: {
    features: [
      'count the words, characters and sentences of a text',
      'also a reading time in whole minutes at 200 words per minute, rounded up',
    ],
    slips: [
      // One minute too many.
      [['value.reading_time = Math.max(minutes,', 'value.reading_time = Math.max(minutes + 1,']],
      // Rounded down, not up.
      [
        [
          "if (rest > 0 && mode === 'up') minutes = whole + 1;",
          "if (rest > 0 && mode === 'up') minutes = whole;",
        ],
      ],
    ],
  },
  blocklist: {
    features: [
      'check whether an email address is valid',
      'also say whether its domain is on our disposable blocklist: mailinator.com and trashmail.dev',
    ],
    slips: [
      // The answer the wrong way round.
      [
        [
          'disposable: listed.includes(domain.toLowerCase())',
          'disposable: !listed.includes(domain.toLowerCase())',
        ],
      ],
      // Only the first listed domain blocked.
      [
        [
          'disposable: listed.includes(domain.toLowerCase())',
          'disposable: listed[0] === domain.toLowerCase()',
        ],
      ],
    ],
  },
};

slipSuite(client, 'validator-extras', FAMILIES);
