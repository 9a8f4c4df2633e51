import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * A record made in the singular and listed in a plural of its language is one store: "registrare una lettura" and
 * "elencare tutte le letture" list what was registered. The store is named in the singular and its path is the
 * plural the intent writes. Designed as two stores, the list never showed a record the create made (and the gate
 * passed it, until store-split.ts read plurals of every language).
 */

const ROWS: [string, string, string, string][] = [
  // [create feature, list feature, store, path]
  ['registrare una lettura con giorno e valore', 'elencare tutte le letture', 'lettura', '/letture'],
  ['registrare una chiave con stanza e proprietario', 'elencare le chiavi', 'chiave', '/chiavi'],
  ['aggiungere un prestito con socio e data', 'vedere tutti i prestiti', 'prestito', '/prestiti'],
  ['eine Messung mit Ort und Wert erfassen', 'alle Messungen auflisten', 'messung', '/messungen'],
  ['eine Lampe mit Raum und Leistung anlegen', 'alle Lampen anzeigen', 'lampe', '/lampen'],
  ['cadastrar uma locação com cliente e bicicleta', 'listar todas as locações', 'locacao', '/locacoes'],
  ['cadastrar um canal com nome e dono', 'listar os canais', 'canal', '/canais'],
  ['ajouter un journal avec titre et ville', 'lister les journaux', 'journal', '/journaux'],
  ['ajouter un bateau avec nom et port', 'afficher tous les bateaux', 'bateau', '/bateaux'],
  ['añadir una ciudad con nombre y país', 'listar las ciudades', 'ciudad', '/ciudades'],
  ['crear un lápiz con color y marca', 'ver todos los lápices', 'lapiz', '/lapices'],
];

it.each(ROWS)('"%s" and "%s" keep one store', (create, list, store, path) => {
  const { contract, fidelity } = judgedOffline(familyIntent('plural-svc', 'keep records', [create, list]));
  expect({
    stores: contract.resources.map((r) => r.name),
    list: contract.endpoints
      .filter((e) => e.features.includes(list))
      .map((e) => `${e.method} ${e.path} ${e.behavior.kind}`),
    realised: fidelity.map((f) => f.realised),
  }).toEqual({ stores: [store], list: [`GET ${path} list`], realised: [true, true] });
});

it('the list named first still lists the records the later feature makes', () => {
  const create = 'registrare una misura con luogo e gradi';
  const list = 'elencare tutte le misure';
  const { contract } = judgedOffline(familyIntent('plural-svc', 'keep records', [list, create]));
  expect(contract.resources.map((r) => r.name)).toEqual(['misura']);
  expect(new Set(contract.endpoints.map((e) => e.path.split('/')[1]))).toEqual(new Set(['misure']));
});

it.each([
  ['registrare una lettura con giorno e valore', 'valore', 'number'],
  ['Messwert mit Ort und Wert erfassen', 'wert', 'number'],
  ['eine Messung mit Ort und Temperatur erfassen', 'temperatur', 'number'],
  ['store a setting with a key and a value', 'value', 'string'],
  ['guardar una configuración con clave y valor', 'valor', 'string'],
])('"%s" types its %s as %s', (feature, name, type) => {
  const { contract } = judgedOffline(familyIntent('plural-svc', 'keep records', [feature]));
  const field = contract.resources.flatMap((r) => r.fields).find((f) => f.name === name);
  expect(field?.type).toBe(type);
});
