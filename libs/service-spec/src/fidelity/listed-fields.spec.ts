import type { EndpointSpec, FieldSpec } from '../spec-contract';
import { listedFieldProblems } from './listed-fields';

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
