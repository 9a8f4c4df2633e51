import type { GlossaryClaim } from './catalog-entry';

/** What numbers.base_convert's emitted code truly does, claim by claim (catalog-entry.ts `GlossaryClaim`). */
export const BASES_GLOSSARY: Readonly<Record<string, readonly GlossaryClaim[]>> = {
  'numbers.base_convert': [
    {
      claim:
        'a number written in a source base (2 to 36; binary, octal, decimal, hexadecimal) is written in a target base',
      words:
        'base bases binary octal decimal hexadecimal source target basis binar quellbasis zielbasis binario origen destino binaire origine cible ottale esadecimale destinazione origem',
      shows: [
        {
          input: { value: '255', from_base: 10, to_base: 16 },
          options: { lowercase: false },
          answer: { result: 'FF' },
        },
      ],
    },
    {
      claim: 'a digit outside the source base is refused as a validation error',
      words:
        'digit digits outside validation invalid ziffer ziffern ausserhalb ungultig validierung digito digitos fuera validacion chiffre chiffres hors validation cifra cifre fuori validazione fora validacao',
      shows: [
        { input: { value: '102', from_base: 2, to_base: 10 }, options: { lowercase: false }, refused: true },
        { input: { value: '1G', from_base: 16, to_base: 10 }, options: { lowercase: false }, refused: true },
      ],
    },
  ],
};
