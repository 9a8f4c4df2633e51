import { sameVerb } from './verb-forms';

describe('forms of one verb', () => {
  it.each([
    ['prestar', 'prestada'],
    ['prestare', 'prestato'],
    ['preter', 'prete'],
    ['emprestar', 'emprestado'],
    ['zuruckgeben', 'zuruckzugeben'],
  ])('%s and %s are one verb', (a, b) => expect(sameVerb(a, b)).toBe(true));

  it.each([
    ['ser', 'sido'],
    ['dar', 'dado'],
    ['date', 'data'],
    ['prestar', 'presente'],
    ['zuruckgeben', 'abgeben'],
  ])('%s and %s are not', (a, b) => expect(sameVerb(a, b)).toBe(false));
});
