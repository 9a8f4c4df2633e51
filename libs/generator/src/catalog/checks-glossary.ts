import type { GlossaryClaim } from './catalog-entry';

/** What the checks family's ISBN code truly does, claim by claim (catalog-entry.ts `GlossaryClaim`). */
export const CHECKS_GLOSSARY: Readonly<Record<string, readonly GlossaryClaim[]>> = {
  'isbn.validate': [
    {
      claim: 'the old ten-digit ISBN-10 and the thirteen-digit ISBN-13 are checked alike',
      words:
        'isbn old older legacy ten thirteen digit digits alt alte alten ziffer ziffern antiguo antigua viejo digito digitos ancien ancienne chiffre chiffres vecchio cifra cifre antigo',
      shows: [
        {
          input: { isbn: '0306406152' },
          options: { refuseInvalid: false, accept: 'both' },
          answer: { valid: true, type: 'ISBN-10' },
        },
        {
          input: { isbn: '9780306406157' },
          options: { refuseInvalid: false, accept: 'both' },
          answer: { valid: true, type: 'ISBN-13' },
        },
      ],
    },
    {
      claim: 'hyphens and spaces may appear anywhere and are ignored',
      words:
        'hyphen hyphens dash dashes space spaces ignored ignore bindestrich bindestriche leerzeichen ignoriert guion guiones espacio espacios ignorado ignorados tiret tirets espace espaces ignore ignores trattino trattini spazio spazi ignorato hifen hifens espaco espacos ignorado',
      shows: [
        {
          input: { isbn: '0-306-40615-2' },
          options: { refuseInvalid: false, accept: 'both' },
          answer: { valid: true },
        },
        {
          input: { isbn: '978 0 306 40615 7' },
          options: { refuseInvalid: false, accept: 'both' },
          answer: { valid: true },
        },
      ],
    },
    {
      claim: 'an X stands for 10 only as the check digit at the end of an ISBN-10',
      words:
        'check last end final pruefziffer prufziffer ende letzte control verificacion verificador ultimo controle dernier fin controllo ultima fim',
      shows: [
        {
          input: { isbn: '080442957X' },
          options: { refuseInvalid: false, accept: 'both' },
          answer: { valid: true },
        },
        {
          input: { isbn: '08044X9575' },
          options: { refuseInvalid: false, accept: 'both' },
          answer: { valid: false },
        },
      ],
    },
  ],
};
