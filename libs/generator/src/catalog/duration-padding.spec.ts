import { recogniseFeature } from './catalog';

/* Hours written with two digits when the feature says so, or writes its example that way. */

const clocks = (text: string): string[] => {
  const found = recogniseFeature(text);
  const d = found && 'design' in found ? found.design : null;
  expect(d?.function).toBe('duration.format');
  return (d?.examples ?? []).map((x) => String(x.output.duration));
};

describe('padded hours of a duration', () => {
  it('writes the example the feature gives, with two-digit hours', () => {
    expect(
      clocks(
        'Convertire una durata in secondi nel formato ore:minuti:secondi, con due cifre per parte (7384 → 02:03:04)',
      ),
    ).toContain('02:03:04');
    expect(
      clocks('Sekunden als Stunden:Minuten:Sekunden ausgeben, zweistellig (3661 -> 01:01:01)'),
    ).toContain('01:01:01');
  });

  it('pads every hour when the feature asks for two digits', () => {
    const written = clocks(
      'turn a number of seconds into hours:minutes:seconds, two digits each, hours may go past 24',
    );
    expect(written.length).toBeGreaterThan(0);
    for (const c of written) expect(c).toMatch(/^\d{2,}:\d\d:\d\d$/);
  });

  it('keeps one-digit hours when nothing asks for two', () => {
    expect(clocks('Sekunden als Stunden:Minuten:Sekunden ausgeben')).toContainEqual(
      expect.stringMatching(/^\d:\d\d:\d\d$/),
    );
  });
});
