import { outsideWorld } from './outside-world';

describe('outsideWorld and the word "square"', () => {
  it('reads "to square metres" as an area unit, not the payment company', () => {
    expect(outsideWorld('Convert square feet to square metres')).toBeNull();
    expect(outsideWorld('Convert acres to square kilometres')).toBeNull();
  });

  it('still reads a payment through Square as an outside party', () => {
    expect(outsideWorld('Take card payments through Square')).not.toBeNull();
    expect(outsideWorld('Sync the orders to Square')).not.toBeNull();
  });
});
