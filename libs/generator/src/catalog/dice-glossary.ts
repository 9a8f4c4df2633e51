import type { GlossaryClaim } from './catalog-entry';

/** What dice.roll's emitted code truly does, claim by claim (catalog-entry.ts `GlossaryClaim`). */
export const DICE_GLOSSARY: Readonly<Record<string, readonly GlossaryClaim[]>> = {
  'dice.roll': [
    {
      claim: 'from 1 to a hundred dice are rolled, more are refused',
      words: 'dice die hundred hundert wurfel cien dados cent des cento dadi cem',
      shows: [
        { input: { notation: '100d6', seed: 1 }, contains: {} },
        { input: { notation: '101d6', seed: 1 }, refused: true },
      ],
    },
    {
      claim: 'nonsense notation (0d6, 2x6, a one-sided die) is refused',
      words: 'nonsense malformed unsinn unsinnig sinnlos absurdo sinsentido absurde insense assurdo',
      shows: [
        { input: { notation: '0d6', seed: 1 }, refused: true },
        { input: { notation: '2x6', seed: 1 }, refused: true },
        { input: { notation: '3d1', seed: 1 }, refused: true },
      ],
    },
  ],
};
