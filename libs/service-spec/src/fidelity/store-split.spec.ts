import type { EndpointSpec, FieldSpec, SpecContract } from '../spec-contract';
import { storeSplitProblems } from './store-split';

/*
 * A list that names the records in another language's plural than the create ("registrare una lettura",
 * "elencare tutte le letture") realised over a store of its own that nobody fills: the list never shows a record
 * the create made, so the gate refuses it.
 */

const field = (name: string): FieldSpec => ({
  name,
  type: 'string',
  required: true,
  description: '',
  example: 'x',
});

function endpoint(
  method: 'GET' | 'POST',
  kind: 'create' | 'list',
  resource: string,
  feature: string,
): EndpointSpec {
  return {
    id: `${kind}-${resource}`,
    method,
    path: `/${resource}s`,
    summary: `${kind} ${resource}`,
    features: [feature],
    behavior: { kind, resource },
    request: {},
    responses: [{ status: kind === 'create' ? 201 : 200, description: '', example: {} }],
  } as unknown as EndpointSpec;
}

function split(create: string, list: string, made: string, listed: string): SpecContract {
  return {
    resources: [
      { name: made, plural: `${made}s`, description: '', fields: [field('giorno'), field('valore')] },
      { name: listed, plural: `${listed}s`, description: '', fields: [field('nome')] },
    ],
    endpoints: [
      endpoint('POST', 'create', made, create),
      endpoint('POST', 'create', listed, list),
      endpoint('GET', 'list', listed, list),
    ],
  } as unknown as SpecContract;
}

it.each([
  ['registrare una lettura con giorno e valore', 'elencare tutte le letture', 'lettura', 'letture'],
  ['eine Messung mit Ort erfassen', 'alle Messungen auflisten', 'messung', 'messungen'],
  ['cadastrar uma locação com cliente', 'listar todas as locações', 'locacao', 'locacoe'],
  ['ajouter un journal avec titre', 'lister les journaux', 'journal', 'journaux'],
])('"%s" and "%s" over two stores are refused', (create, list, made, listed) => {
  const problems = storeSplitProblems(split(create, list, made, listed), list);
  expect(problems).toEqual([expect.stringContaining('one thing kept in two stores')]);
});

it('a list of other records than the ones the intent makes is no split', () => {
  const contract = split(
    'registrare una lettura con giorno e valore',
    'elencare tutti i contatori',
    'lettura',
    'contatore',
  );
  expect(storeSplitProblems(contract, 'elencare tutti i contatori')).toEqual([]);
});
