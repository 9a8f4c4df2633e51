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

describe('outsideWorld and messages said to be sent', () => {
  it.each([
    'people sign up for a workshop with their name and email; a confirmation email is sent to them',
    'a reminder gets sent the day before the booking',
    'after signing up, a welcome email is sent',
    'une confirmation est envoyée par e-mail',
    'se envía un correo de confirmación al inscribirse',
    'nach der Anmeldung wird eine Bestätigung verschickt',
    'an email is sent to every participant',
  ])('reads %p as a message delivered to people', (feature) => {
    expect(outsideWorld(feature)).toBe('delivers messages to people');
  });

  it.each([
    'when no email is sent, answer 400',
    'the email sent in the request must be valid',
    'store the confirmation number of each booking',
    'a sign-up with an email that was already sent is refused with 409',
  ])('keeps %p inside the service', (feature) => {
    expect(outsideWorld(feature)).toBeNull();
  });
});
