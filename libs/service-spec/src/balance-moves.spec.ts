import { balanceMoveOfSegment, balanceMovesIn, namesBalance } from './balance-moves';
import { stockMovesIn } from './stock-moves';

/*
 * The balance words as the designer and the gate read them: which way a feature moves a balance, which route
 * segments move one, which field names hold one. Words for something else move nothing.
 */

describe('balance moves said in a feature', () => {
  it.each([
    ['redeem points from a member; never more than the points they have', ['out']],
    ['Guthaben aufladen und mit dem Guthaben bezahlen', ['out', 'in']],
    ['canjear saldo de una tarjeta regalo', ['out']],
    ['recharger le solde d un portefeuille', ['in']],
    ['riscattare punti della tessera', ['out']],
    ['ganhar pontos a cada compra', ['in']],
    ['add 10 points to the card of a member', ['in']],
  ])('reads %j as %j', (feature, moves) => {
    expect(balanceMovesIn(feature)).toEqual(moves);
  });

  it.each([
    'GET /members/{id} answers the points; a member who never earned any is unknown (404)',
    'validate a credit card number using the Luhn check',
    'the interest earned on a balance at 3 % a year',
    'add a gift card with a code and a starting balance',
    'players earn points in each game',
    'redeem a discount code for 10 % off',
  ])('reads no balance move in %j', (feature) => {
    expect(balanceMovesIn(feature)).toEqual([]);
  });

  it('reads the strong words without a balance named only when the intent keeps one', () => {
    expect(balanceMovesIn('top up an account by an amount')).toEqual([]);
    expect(balanceMovesIn('top up an account by an amount', true)).toEqual(['in']);
    expect(stockMovesIn('spend an amount from an account', true)).toEqual(['out']);
  });
});

describe('balance moves said by a route segment', () => {
  it.each([
    ['redeem', 'out'],
    ['top-up', 'in'],
    ['einloesen', 'out'],
    ['aufladen', 'in'],
    ['canjear', 'out'],
    ['recharger', 'in'],
    ['riscattare', 'out'],
    ['resgatar', 'out'],
    ['render', null],
    ['items', null],
  ])('reads /%s as %j', (segment, way) => {
    expect(balanceMoveOfSegment(segment)).toBe(way);
  });

  it.each([
    ['balance', true],
    ['credit_eur', true],
    ['points', true],
    ['guthaben', true],
    ['saldo', true],
    ['punti', true],
    ['price', false],
    ['quantity', false],
  ])('reads field %j as a balance: %j', (name, yes) => {
    expect(namesBalance(name)).toBe(yes);
  });
});
