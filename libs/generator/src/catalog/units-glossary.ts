import type { GlossaryClaim } from './catalog-entry';

/** What the units family's emitted code truly does, claim by claim (catalog-entry.ts `GlossaryClaim`). */
export const UNITS_GLOSSARY: Readonly<Record<string, readonly GlossaryClaim[]>> = {
  'units.length': [
    {
      claim: 'a length (distance) is converted between the units listed',
      words:
        'length lengths distance distances lange langen entfernung longitud longitudes distancia distancias longueur longueurs lunghezza lunghezze distanza distanze comprimento comprimentos',
      shows: [
        { input: { value: 1, from: 'mi', to: 'km' }, options: { decimals: 3 }, answer: { value: 1.609 } },
      ],
    },
    {
      claim: 'the result is rounded to the number of decimals (decimal places) given',
      words:
        'round rounded rounding decimal decimals place places gerundet runden nachkommastellen dezimalstellen stellen redondeado redondeada redondear decimales arrondi arrondie arrondir decimale arrotondato arrotondare decimali arredondado arredondada arredondar casas decimais',
      shows: [
        { input: { value: 1, from: 'mi', to: 'km' }, options: { decimals: 2 }, answer: { value: 1.61 } },
        { input: { value: 1, from: 'mi', to: 'km' }, options: { decimals: 4 }, answer: { value: 1.6093 } },
      ],
    },
    {
      claim: 'a unit the table does not hold is refused',
      words:
        'unit units unknown einheit einheiten unbekannt unidad unidades desconocida unite unites inconnue unita sconosciuta unidade desconhecida',
      shows: [{ input: { value: 1, from: 'furlong', to: 'km' }, options: { decimals: 3 }, refused: true }],
    },
    {
      claim: 'a negative length (distance) is refused',
      words: 'negative negativ negativer negatives negativo negativa negatif negativi negativos negativas',
      shows: [{ input: { value: -1, from: 'km', to: 'mi' }, options: { decimals: 3 }, refused: true }],
    },
  ],
  'duration.format': [
    {
      claim: 'a duration in seconds is written as a clock time H:MM:SS',
      words:
        'duration durations clock time times second seconds dauer uhrzeit uhr zeit sekunde sekunden duracion reloj tiempo segundo segundos duree horloge temps seconde secondes durata orologio tempo secondi duracao relogio',
      shows: [{ input: { seconds: 3665 }, options: { hourDigits: 1 }, answer: { duration: '1:01:05' } }],
      unless: { style: ['units', 'iso'] },
    },
  ],
};
