import { readLatestCount } from './latest-count';
import { readStatedOrder } from './stated-order';

describe('readLatestCount', () => {
  it.each([
    ['show the last 10 messages', 10],
    ['die 3 neuesten Einträge anzeigen', 3],
    ['ver los últimos 5 mensajes', 5],
    ['afficher les 10 derniers messages', 10],
    ['mostrare gli ultimi 7 commenti', 7],
    ['mostrar as últimas 4 mensagens', 4],
    ['the 20 most recent posts', 20],
  ])('reads %j as a fixed count of %d', (feature, count) => {
    expect(readLatestCount(feature)).toMatchObject({ count, asked: false });
  });

  it.each([
    'show the most recent entries first, and let me ask for only the last few (e.g. the latest 5)',
    'GET /notes?limit=<n> returns the n most recent notes, newest first',
    'die neuesten Einträge zuerst zeigen, auf Wunsch nur die letzten N',
    'poder pedir solo los últimos N',
    'ne demander que les derniers',
    'e poter chiedere solo gli ultimi N',
    'GET /messages returns the latest messages first; the limit query parameter says how many',
  ])('reads %j as a count the client asks for', (feature) => {
    const read = readLatestCount(feature);
    expect(read).toMatchObject({ asked: true });
    expect(read?.count).toBeUndefined();
  });

  it('keeps a figure given as an example apart from a count', () => {
    expect(readLatestCount('only the last few (e.g. the latest 5)')).toMatchObject({
      asked: true,
      example: 5,
    });
    expect(readLatestCount('auf Wunsch nur die letzten N (z. B. die letzten 10)')?.count).toBeUndefined();
  });

  it('reads a stated default, maximum and cap', () => {
    expect(readLatestCount('?limit=<n> keeps only the n newest (default 10, at most 50)')).toMatchObject({
      asked: true,
      default_count: 10,
      max_count: 50,
      capped: false,
    });
    expect(
      readLatestCount('the newest first; a limit picks how many, at most 3 (larger limits are capped at 3)'),
    ).toMatchObject({ max_count: 3, capped: true });
    expect(readLatestCount('show the latest 10 by default')).toMatchObject({ default_count: 10 });
  });

  it.each([
    'the last 4 digits of the card',
    'visits in the last 30 days',
    'die Umsätze der letzten 7 Tage',
    'keep only the last 100 readings',
    'the last name of the guest',
    'list the books, oldest first',
    'a message of at most 280 characters',
  ])('reads no latest N in %j', (feature) => {
    expect(readLatestCount(feature)).toBeNull();
  });

  it('makes the latest N an order, newest first, when no other is stated', () => {
    expect(readStatedOrder('show the last 3 messages')).toMatchObject({ kind: 'date', dir: 'desc' });
    expect(readStatedOrder('the last 3 messages, cheapest first')?.kind).toBe('price');
  });
});
