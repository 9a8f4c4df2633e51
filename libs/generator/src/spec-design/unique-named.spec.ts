import { uniqueNamed } from './unique-named';

describe('uniqueNamed, a clause of the create in six languages', () => {
  it.each([
    [
      'Mitglieder mit Name, E-Mail und Eintrittsdatum anlegen; die E-Mail muss eindeutig sein',
      ['name', 'e_mail'],
    ],
    ['Mitglieder anlegen; jede E-Mail darf nur einmal vorkommen (409)', ['name', 'email']],
    ['Registrar socios con nombre y email; el email debe ser único (409)', ['nombre', 'email']],
    ["Inscrire des adhérents avec nom et email; l'email doit être unique", ['nom', 'email']],
    [
      'Registrare i soci con nome ed email; la email deve essere unica (409 se esiste già)',
      ['nome', 'email'],
    ],
    ['Cadastrar clientes com nome e e-mail; o e-mail não pode se repetir (409)', ['nome', 'email']],
    ['Register members with a name and an email; the email cannot be repeated', ['name', 'email']],
  ])('reads the e-mail unique in %s', (feature, fields) => {
    expect(uniqueNamed(feature, fields)).toEqual([fields[1]]);
  });

  it.each([
    ['Mitglieder mit Name und E-Mail anlegen; die E-Mail muss gültig sein', ['name', 'email']],
    ['Registrar socios con nombre y email; el email debe ser válido', ['nombre', 'email']],
    ['Cadastrar clientes com nome e e-mail; o nome pode se repetir', ['nome', 'email']],
    ['Add a note with a title and a body; the body must be short', ['title', 'body']],
  ])('marks nothing unique in %s', (feature, fields) => {
    expect(uniqueNamed(feature, fields)).toEqual([]);
  });
});
