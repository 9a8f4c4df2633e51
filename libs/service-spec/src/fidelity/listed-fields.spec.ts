import type { AcceptanceCheck, EndpointSpec, FieldSpec } from '../spec-contract';
import { listedDeterminerProblems, listedFieldProblems, listedLengthProblems } from './listed-fields';

function field(name: string, description: string): FieldSpec {
  return { name, type: 'string', required: true, description } as FieldSpec;
}

function create(fields: FieldSpec[]): EndpointSpec {
  return {
    id: 'create',
    method: 'POST',
    path: '/recipes',
    summary: 'Create a recipe',
    features: [],
    request: { body: { fields } },
    responses: [{ status: 201, description: 'created', example: { id: 'r1', created_at: '2026-01-01' } }],
    behavior: { kind: 'create', resource: 'recipes' },
  } as unknown as EndpointSpec;
}

describe('listedFieldProblems', () => {
  const feature = 'save a recipe with a name and how many people it serves';

  it('refuses a store whose fields are not the ones the feature lists', () => {
    const store = create([field('title', 'Title'), field('ingredients', 'Ingredients, comma-separated')]);
    expect(listedFieldProblems(feature, [store])).toEqual([
      'it lists "name", "people serves" as what each record holds, but POST /recipes has no field that names any of them',
    ]);
  });

  it('passes fields named as listed, or described in the feature words', () => {
    const store = create([field('name', 'Name'), field('servings', 'How many people it serves')]);
    expect(listedFieldProblems(feature, [store])).toEqual([]);
    const tasks = create([
      field('title', 'Title'),
      field('due_date', 'Due date'),
      field('priority', 'Priority'),
    ]);
    expect(
      listedFieldProblems('add a task with a title, a due date and a priority (low, medium, high)', [tasks]),
    ).toEqual([]);
    expect(
      listedFieldProblems('Kunden mit Name und E-Mail anlegen', [
        create([field('name', ''), field('e_mail', '')]),
      ]),
    ).toEqual([]);
  });

  it('says nothing of a list not right after the record, or of a store naming one of its parts', () => {
    const store = create([field('url', 'URL'), field('question', 'Question'), field('options', 'Options')]);
    expect(
      listedFieldProblems(
        'Register URLs to watch and check them all: each is reported up or down with its latency',
        [store],
      ),
    ).toEqual([]);
    expect(listedFieldProblems('Eine Umfrage mit einer Frage und 2 bis 8 Optionen anlegen', [store])).toEqual(
      [],
    );
  });

  it('says nothing without a field list, a create endpoint, or when the feature spells its shapes', () => {
    const store = create([field('title', 'Title')]);
    expect(listedFieldProblems('delete a recipe', [store])).toEqual([]);
    expect(
      listedFieldProblems(feature, [{ ...store, behavior: { kind: 'list' } } as unknown as EndpointSpec]),
    ).toEqual([]);
    expect(listedFieldProblems('POST /recipes with {"name": string} -> 201', [store])).toEqual([]);
    // What the service makes for every record (the id) is a field the feature may list.
    expect(listedFieldProblems('save a recipe with an id', [store])).toEqual([]);
  });
});

describe('listedFieldProblems and the words of a list', () => {
  it('reads "e-mail" as one word, not a list joined by "e"', () => {
    const staff = create([field('name', 'Name'), field('email', 'Email')]);
    expect(listedFieldProblems('add employees with a name and an e-mail address', [staff])).toEqual([]);
  });
});

describe('listedLengthProblems', () => {
  const refused = (body: Record<string, unknown>): AcceptanceCheck => ({
    id: 'AC-9',
    endpoint_id: 'create',
    kind: 'error',
    description: 'too long',
    steps: [{ request: { method: 'POST', path: '/recipes', body }, expect: { status: 400 } }],
  });
  const features = [
    'add a post with a title of at most 80 characters and a body',
    'Beiträge anlegen mit einem Titel von höchstens 80 Zeichen und einem Text',
    'crear entradas con un título de como máximo 80 caracteres y un texto',
    'ajouter des billets avec un titre de 80 caractères au plus et un texte',
  ];

  it('refuses a length realised as a number named after the unit (the hole: message_of_characters <= 280)', () => {
    const wrong = {
      ...field('title_of_characters', 'Title of characters; at most 80'),
      type: 'integer',
      maximum: 80,
    } as FieldSpec;
    for (const feature of features) {
      const problems = listedLengthProblems(
        feature,
        [create([wrong, field('body', 'Body')])],
        [refused({ title_of_characters: 81, body: 'x' })],
      );
      expect(problems).toEqual([
        expect.stringMatching(/no text field of POST \/recipes named so holds that length/),
      ]);
    }
  });

  it('refuses a text field with the length but no worked 400 of a longer text', () => {
    const title = { ...field('title', 'Title'), max_length: 80 } as FieldSpec;
    const named = (f: string) =>
      f.includes('titre')
        ? { ...title, name: 'titre' }
        : f.includes('Titel')
          ? { ...title, name: 'titel' }
          : f.includes('título')
            ? { ...title, name: 'titulo' }
            : title;
    for (const feature of features) {
      const t = named(feature);
      expect(listedLengthProblems(feature, [create([t])], [refused({ [t.name]: 'k'.repeat(80) })])).toEqual([
        expect.stringMatching(/no 400 example of POST \/recipes sends a text of the wrong length/),
      ]);
      expect(listedLengthProblems(feature, [create([t])], [refused({ [t.name]: 'k'.repeat(81) })])).toEqual(
        [],
      );
    }
  });

  it('says nothing of a list that states no length', () => {
    expect(
      listedLengthProblems('add a post with a title and a body', [create([field('x', 'X')])], []),
    ).toEqual([]);
  });
});

describe('listedDeterminerProblems', () => {
  const feature = "ajouter un article avec sa référence, son nom, la quantité en stock et un seuil d'alerte";

  it('refuses a field list realised with its determiners in the field names', () => {
    const store = create([
      field('sa_reference', 'Sa reference'),
      field('son_nom', 'Son nom'),
      field('quantite', 'Quantite'),
      field('seuil_d_alerte', 'Seuil d alerte'),
    ]);
    expect(listedDeterminerProblems(feature, [store])).toEqual([
      'POST /recipes names a field `sa_reference` with the feature\'s determiner in it ("sa reference"): a client sends `reference`, the noun the feature lists',
      'POST /recipes names a field `son_nom` with the feature\'s determiner in it ("son nom"): a client sends `nom`, the noun the feature lists',
      'POST /recipes names a field `seuil_d_alerte` with the feature\'s determiner in it ("seuil d alerte"): a client sends `seuil_alerte`, the noun the feature lists',
    ]);
  });

  it('refuses the same in German, Spanish, Italian, Portuguese and English', () => {
    const cases: [string, string][] = [
      ['Artikel mit seiner Nummer und seinem Bestand anlegen', 'seinem_bestand'],
      ['registrar un producto con su código y su nombre', 'su_nombre'],
      ["creare un ordine con il cliente e la data dell'ordine", 'data_dell_ordine'],
      ['cadastrar um item com seu código e seu nome', 'seu_nome'],
      ['add a book with the title and its author', 'the_title'],
      ['enregistrer un stock avec le nom et de la quantité', 'de_la_quantite'],
    ];
    for (const [text, name] of cases)
      expect(listedDeterminerProblems(text, [create([field(name, name)])])).toHaveLength(1);
  });

  it('passes the nouns, a "de" inside a compound noun, and names the feature writes itself', () => {
    const store = create([
      field('reference', 'Reference'),
      field('nom', 'Nom'),
      field('seuil_alerte', 'Seuil alerte'),
      field('temps_de_cuisson', 'Temps de cuisson'),
    ]);
    expect(listedDeterminerProblems(`${feature} et le temps de cuisson`, [store])).toEqual([]);
    expect(
      listedDeterminerProblems('registrar un pago con el mes de inicio', [
        create([field('mes_de_inicio', 'x')]),
      ]),
    ).toEqual([]);
    expect(
      listedDeterminerProblems('POST /items with {"sa_reference": string}', [
        create([field('sa_reference', 'x')]),
      ]),
    ).toEqual([]);
  });
});
