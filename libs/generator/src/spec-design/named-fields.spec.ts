import { namedFields, uniqueNamed } from './named-fields';

describe('namedFields', () => {
  it('reads the values listed in parentheses before a colon without the colon', () => {
    // Read as "done:" before: a client sending "done" was refused by the store it asked for.
    for (const feature of [
      'tickets with a title and a status (open, in_progress, done): create, list, change the status',
      'Incidencias con título y estado (abierta, en_curso, cerrada): crear, listar y cambiar el estado',
    ]) {
      const listed = namedFields(feature)?.find((f) => f.enum !== undefined);
      expect(listed?.enum?.every((v) => /^[a-z_]+$/.test(String(v)))).toBe(true);
      expect(listed?.enum).toHaveLength(3);
    }
  });

  it('reads one field, or fields joined by "and", in parentheses after the record when an article opens them', () => {
    // Read as a note's usual title and body before: a client sending "text" was refused (a wrong deploy).
    expect(namedFields('Users save short notes (a text)')?.map((f) => f.name)).toEqual(['text']);
    expect(namedFields('save bookmarks (a url and a title)')?.map((f) => f.name)).toEqual(['url', 'title']);
    // Only after a verb making records: "(the day maximum)" explains a cap.
    expect(namedFields('the fee of one stay is capped at 12.00 (the day maximum)')).toBeNull();
    expect(namedFields('Notizen speichern (einen Text)')?.map((f) => f.name)).toEqual(['text']);
    // A unit or a format in parentheses is no field list.
    expect(namedFields('log a workout (in minutes)')).toBeNull();
  });

  it('reads the fields a record feature names, their kinds, and which are required', () => {
    const fields = namedFields(
      'add a task with a title, a due date (YYYY-MM-DD) and whether it is already done; a title is required',
    );
    expect(fields?.map((f) => [f.name, f.type, f.required])).toEqual([
      ['title', 'string', true],
      ['due_date', 'string', false],
      ['done', 'boolean', false],
    ]);
    expect(fields?.[1].example).toBe('2025-06-01');
  });

  it('reads counts as integers and prices as numbers, in several languages', () => {
    expect(
      namedFields('create an event with a name and a maximum number of attendees')?.map((f) => [
        f.name,
        f.type,
      ]),
    ).toEqual([
      ['name', 'string'],
      ['maximum_attendees', 'integer'],
    ]);
    expect(namedFields('Produkte anlegen mit Name und Preis')?.map((f) => [f.name, f.type])).toEqual([
      ['name', 'string'],
      ['preis', 'number'],
    ]);
    expect(namedFields('add a product with a name and a price')?.map((f) => [f.name, f.type])).toEqual([
      ['name', 'string'],
      ['price', 'number'],
    ]);
  });

  it('ends the list at a verb standing alone after the fields ("ed elencarli", "y listarlos")', () => {
    const names = (feature: string) => namedFields(feature)?.map((f) => f.name);
    expect(names('registrare libri con titolo, autore e anno, ed elencarli')).toEqual([
      'titolo',
      'autore',
      'anno',
    ]);
    expect(names('Salvare i prodotti con nome e prezzo, elencarli e cancellarli')).toEqual([
      'nome',
      'prezzo',
    ]);
    expect(names('Registrar libros con título y autor, y listarlos')).toEqual(['titulo', 'autor']);
  });

  it('reads nothing from text that is not a plain list of fields', () => {
    expect(namedFields('Create todos')).toBeNull();
    expect(namedFields('sign a person up for an event; refuse when the event is full')).toBeNull();
    expect(
      namedFields('add a note with everything the support team learned during the long night shift'),
    ).toBeNull();
    // A counted list is no written field (it was kept as "field_2_10_options", which the gate took for the options).
    expect(namedFields('create a poll with a question and 2–10 options')).toBeNull();
    expect(namedFields('add a photo album with a title and 3 tags')).toBeNull();
  });
});

describe('uniqueNamed', () => {
  it('reads which written fields must not repeat, and nothing else', () => {
    expect(
      uniqueNamed('POST /items with body {"sku": string}; an existing sku returns 409', ['sku', 'quantity']),
    ).toEqual(['sku']);
    expect(uniqueNamed('register users; the same email twice is refused', ['name', 'email'])).toEqual([
      'email',
    ]);
    expect(uniqueNamed('add a tag; duplicate names are rejected', ['name'])).toEqual(['name']);
    expect(uniqueNamed('add a note with a title and a body', ['title', 'body'])).toEqual([]);
  });
});
