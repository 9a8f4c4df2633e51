import { foldText } from './checks-shared';
import { freeMinutesIn } from './parking-free';

const minutes = (text: string) => {
  const read = freeMinutesIn(foldText(text));
  return read && read !== 'other' ? read.minutes : read;
};

describe('free first minutes of a parking fee', () => {
  it('reads the first minutes, half hour or hour said free, in six languages', () => {
    expect(minutes('2 € per started hour after the first 30 minutes, which are free')).toBe(30);
    expect(minutes('the first hour is free, then 2 € per started hour')).toBe(60);
    expect(minutes('die ersten 15 Minuten sind kostenlos')).toBe(15);
    expect(minutes('die erste halbe Stunde ist frei')).toBe(30);
    expect(minutes('la primera media hora es gratis')).toBe(30);
    expect(minutes('les 30 premières minutes sont gratuites')).toBe(30);
    expect(minutes('la prima ora è gratuita')).toBe(60);
    expect(minutes("la prima mezz'ora è gratis")).toBe(30);
    expect(minutes('os primeiros 20 minutos são grátis')).toBe(20);
    expect(minutes('the first 2 hours are free')).toBe(120);
  });

  it('takes the free minutes out of the text the fee reader checks for other tariffs', () => {
    const read = freeMinutesIn(
      foldText('2 € per started hour, the first 30 minutes are free, at most 10 € a day'),
    );
    expect(read).not.toBe('other');
    expect(read && read !== 'other' ? read.rest : '').not.toMatch(/free|first/);
  });

  it('leaves alone short stays, free days, a first hour that is charged, and two free periods', () => {
    expect(minutes('stays under 15 minutes are free')).toBeNull();
    expect(minutes('free on Sundays, 2 € per started hour')).toBeNull();
    expect(minutes('the first hour costs 3 €, each further hour 2 €')).toBeNull();
    expect(minutes('the first 30 minutes are free; on Sundays the first hour is free')).toBe('other');
  });
});
