import { extractContract, featureFidelity, verifySpec } from '@sf/service-spec';
import { designSpec } from './spec-designer';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { stockReading } from '../testing/stock-reading';

/*
 * The phrasing table of field lists written with determiners and possessives: "avec sa référence, son nom, la
 * quantité en stock et un seuil d'alerte", "mit seiner Nummer und seinem Namen", "con su código y su nombre", "con
 * il suo codice", "com seu código", "with its number and their own reorder level". A client sends `reference`,
 * `nom`, `seuil_alerte`: the words that only point at the record (le/la/les/l', un/une/des/du/de la,
 * sa/son/ses/leur(s)/mon/ma/mes/notre/nos/votre/vos; der/die/das/den/dem/ein(e/en)/sein(e/en/em/er)/ihr(e/en/em/er);
 * el/la/los/las/un(a)/su(s); il/lo/la/i/gli/le/suo/sua/suoi/sue/loro; o/a/os/as/um(a)/seu(s)/sua(s);
 * a/an/the/its/their/his/her, and "own"/"propre"/"eigen"/"propio"/"proprio"/"próprio" after them) are no part of a
 * field's name. Elided articles and prepositions go with them ("d'alerte", "l'auteur", "dell'ordine"); a written
 * "de" inside a compound noun stays ("temps de cuisson" → `temps_de_cuisson`), as it always has. "la quantité en
 * stock" is the quantity counted in stock → `quantite` (the words after "en" say where it is counted, as a unit
 * says what it is measured in). German weak nouns after a dative or accusative keep their dictionary form
 * ("seinem Namen" → `name`, "ihrem Vornamen" → `vorname`).
 *
 * Each row is one feature; the create endpoint's body fields must be exactly the ones listed, and the offline
 * SPEC must pass the fidelity gate. A determiner that is also a noun keeps its meaning when it is the only word
 * ("el mes" → `mes`). The whole-intent rows read a stock with withdrawals refused past zero and a list of the
 * records under their own threshold, said with possessives: the stock moves must be made on the fields named
 * without determiners. Rows not read yet are in NOT_YET_READ (a row there fails as soon as it is read).
 */

const FIELD_ROWS: [string, string[]][] = [
  // French
  [
    "ajouter un article avec sa référence, son nom, la quantité en stock et un seuil d'alerte",
    ['reference', 'nom', 'quantite', 'seuil_alerte'],
  ],
  [
    'enregistrer un client avec son nom, son prénom, son e-mail et sa ville',
    ['nom', 'prenom', 'email', 'ville'],
  ],
  ["créer une tâche avec son titre, sa date d'échéance et ses notes", ['titre', 'date_echeance', 'notes']],
  ["ajouter un livre avec l'auteur, le titre et l'éditeur", ['auteur', 'titre', 'editeur']],
  ['enregistrer des membres avec leur nom, leur e-mail et leurs points', ['nom', 'email', 'points']],
  ['noter mes dépenses avec leur montant, leur catégorie et la date', ['montant', 'categorie', 'date']],
  [
    'ajouter une recette avec son nom, des ingrédients et le temps de cuisson',
    ['nom', 'ingredients', 'temps_de_cuisson'],
  ],
  [
    "inscrire un adhérent avec son nom, son téléphone et sa date d'inscription",
    ['nom', 'telephone', 'date_inscription'],
  ],
  ['ajouter un produit avec sa référence, son stock et son propre seuil', ['reference', 'stock', 'seuil']],
  // German
  [
    'einen Artikel mit seiner Nummer, seinem Namen, seinem Bestand und seinem Mindestbestand anlegen',
    ['nummer', 'name', 'bestand', 'mindestbestand'],
  ],
  ['Kunden mit ihrem Namen, ihrer E-Mail und ihrer Stadt erfassen', ['name', 'email', 'stadt']],
  [
    'ein Buch mit dem Titel, dem Autor und dem Erscheinungsjahr anlegen',
    ['titel', 'autor', 'erscheinungsjahr'],
  ],
  [
    'Mitglieder mit ihrer Mitgliedsnummer, ihrem Vornamen und ihrem Nachnamen erfassen',
    ['mitgliedsnummer', 'vorname', 'nachname'],
  ],
  // Spanish
  [
    'registrar un producto con su código, su nombre, su cantidad y su stock mínimo',
    ['codigo', 'nombre', 'cantidad', 'stock_minimo'],
  ],
  ['añadir un cliente con el nombre, el correo y la ciudad', ['nombre', 'correo', 'ciudad']],
  ['crear una tarea con su título, su fecha límite y sus etiquetas', ['titulo', 'fecha_limite', 'etiquetas']],
  ['registrar un pago con el mes, el año y el importe', ['mes', 'ano', 'importe']],
  [
    'registrar un pago con el mes de inicio, el importe y su concepto',
    ['mes_de_inicio', 'importe', 'concepto'],
  ],
  // Italian
  [
    'aggiungere un articolo con il suo codice, il suo nome, la sua quantità e la sua soglia',
    ['codice', 'nome', 'quantita', 'soglia'],
  ],
  ["registrare un cliente con il nome, l'indirizzo e la città", ['nome', 'indirizzo', 'citta']],
  ["creare un ordine con il cliente, la data dell'ordine e il totale", ['cliente', 'data_ordine', 'totale']],
  // Portuguese
  [
    'cadastrar um item com seu código, seu nome, sua quantidade e seu estoque mínimo',
    ['codigo', 'nome', 'quantidade', 'estoque_minimo'],
  ],
  ['cadastrar um cliente com o seu nome, o seu e-mail e a sua cidade', ['nome', 'email', 'cidade']],
  // English
  [
    'add a part with its number, its name, its quantity and its reorder level',
    ['number', 'name', 'quantity', 'reorder_level'],
  ],
  [
    'register members with their name, their email and their own membership number',
    ['name', 'email', 'membership_number'],
  ],
  ['add an employee with his name, her role and their salary', ['name', 'role', 'salary']],
];

/** Whole intents: a stock with withdrawals refused past zero and the records under their own threshold. */
const STOCK_ROWS: [string, string[], string[], string[]][] = [
  [
    'French hardware store room, possessives and an alert threshold',
    [
      "ajouter un article avec sa référence, son nom, la quantité en stock et un seuil d'alerte",
      "enregistrer une sortie de stock pour un article ; impossible de sortir plus que ce qu'il reste",
      "lister les articles passés sous leur seuil d'alerte, pour savoir quoi recommander",
    ],
    ['reference', 'nom', 'quantite', 'seuil_alerte'],
    ['low quantite < seuil_alerte', 'out quantite'],
  ],
  [
    'French parts with their own order threshold',
    [
      'créer une pièce avec son code, son libellé, sa quantité et son seuil de commande',
      "retirer des pièces du stock ; on ne peut pas retirer plus que ce qu'il y a",
      'afficher les pièces sous leur seuil de commande',
    ],
    ['code', 'libelle', 'quantite', 'seuil_de_commande'],
    ['low quantite < seuil_de_commande', 'out quantite'],
  ],
  [
    'German articles with their own minimum',
    [
      'einen Artikel mit seiner Artikelnummer, seiner Bezeichnung, seinem Bestand und seinem Mindestbestand anlegen',
      'Entnahme buchen; mehr als den Bestand zu entnehmen wird abgelehnt',
      'Artikel unter ihrem Mindestbestand auflisten',
    ],
    ['artikelnummer', 'bezeichnung', 'bestand', 'mindestbestand'],
    ['low bestand < mindestbestand', 'out bestand'],
  ],
  [
    'Spanish products with their own minimum',
    [
      'dar de alta un producto con su código, su nombre, su cantidad y su stock mínimo',
      'registrar una salida de un producto; no se puede sacar más de lo que queda',
      'listar los productos por debajo de su stock mínimo',
    ],
    ['codigo', 'nombre', 'cantidad', 'stock_minimo'],
    ['low cantidad < stock_minimo', 'out cantidad'],
  ],
];

/** A list sorted by a field named with a determiner or possessive: the sort reads the field the records keep. */
const SORT_ROWS: [string, string[], string][] = [
  [
    'German, by the name after its article',
    [
      'Artikel mit ihrer Nummer, ihrem Namen und ihrer Kategorie anlegen',
      'Artikel nach dem Namen sortiert auflisten',
    ],
    'name',
  ],
  [
    'French, by their category',
    [
      'ajouter un article avec sa référence, son nom et sa catégorie',
      'lister les articles triés par leur catégorie',
    ],
    'categorie',
  ],
  [
    'Spanish, by their year',
    ['registrar libros con su título, su autor y su año', 'listar los libros ordenados por su año'],
    'ano',
  ],
  [
    'Portuguese, by their year',
    ['cadastrar livros com seu título, seu autor e seu ano', 'listar os livros ordenados pelo seu ano'],
    'ano',
  ],
  [
    'English, by their due date',
    ['add a task with its title and its own due date', 'list the tasks sorted by their due date'],
    'due_date',
  ],
];

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>([]);

function createFields(features: string[]): { fields: string[]; realised: boolean } {
  const intent = familyIntent('fields-svc', 'a small records service', features);
  const markdown = offlineSpec(intent);
  const create = extractContract(markdown).endpoints.find((e) => e.behavior.kind === 'create');
  return {
    fields: (create?.request.body?.fields ?? []).map((f) => f.name),
    realised: verifySpec(markdown, intent).fidelity.every((f) => f.realised),
  };
}

describe('field lists written with determiners and possessives', () => {
  it.each(FIELD_ROWS)('reads %j', (feature, fields) => {
    const read = createFields([feature]);
    const want = { fields: [...fields].sort(), realised: true };
    const got = { fields: [...read.fields].sort(), realised: read.realised };
    (NOT_YET_READ.has(feature) ? expect(got).not : expect(got)).toEqual(want);
  });

  it.each(STOCK_ROWS)('reads the stock of %s', (label, features, fields, moves) => {
    const read = createFields(features);
    const got = { fields: [...read.fields].sort(), ...stockReading(features) };
    const want = { fields: [...fields].sort(), moves, realised: true };
    (NOT_YET_READ.has(label) ? expect(got).not : expect(got)).toEqual(want);
  });

  it.each(SORT_ROWS)('sorts %s', (label, features, field) => {
    const intent = familyIntent('fields-svc', 'a small records service', features);
    const markdown = offlineSpec(intent);
    const sorts = extractContract(markdown).endpoints.flatMap((e) =>
      e.behavior.kind === 'list' && e.behavior.sort ? [e.behavior.sort.fields.includes(field)] : [],
    );
    const got = { sorts, realised: verifySpec(markdown, intent).fidelity.every((f) => f.realised) };
    (NOT_YET_READ.has(label) ? expect(got).not : expect(got)).toEqual({ sorts: [true], realised: true });
  });

  it('names only rows of the table in NOT_YET_READ', () => {
    const rows = new Set([
      ...FIELD_ROWS.map(([f]) => f),
      ...STOCK_ROWS.map(([label]) => label),
      ...SORT_ROWS.map(([label]) => label),
    ]);
    expect([...NOT_YET_READ].filter((f) => !rows.has(f))).toEqual([]);
  });
});

describe('the gate on a field list realised with its determiners', () => {
  it('refuses the create feature whose fields keep "sa", "son" and an elided "d\'"', () => {
    const [feature] = STOCK_ROWS[0][1];
    const { contract } = designSpec(familyIntent('fields-svc', 'a store room', [feature]));
    const polluted: Record<string, string> = {
      reference: 'sa_reference',
      nom: 'son_nom',
      seuil_alerte: 'seuil_d_alerte',
    };
    for (const e of contract.endpoints)
      for (const f of e.request.body?.fields ?? []) f.name = polluted[f.name] ?? f.name;
    const problems = featureFidelity(contract, [feature])[0].problems;
    expect(problems.filter((p) => p.includes("with the feature's determiner in it"))).toHaveLength(3);
    expect(
      featureFidelity(designSpec(familyIntent('fields-svc', 'a store room', [feature])).contract, [
        feature,
      ])[0].problems,
    ).toEqual([]);
  });
});
