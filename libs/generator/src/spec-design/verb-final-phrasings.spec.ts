import type { ScenarioStep } from '../testing/scenario';
import { scenarioTableTests, type ScenarioRow } from './testing/scenario-rows';

/*
 * Records named before their verb, as German writes an infinitive that closes its phrase ("Einen Text hinterlegen
 * und dafür eine ID zurückbekommen": the text is kept, "dafür" is no record), and records that are a text: a
 * text kept as it is holds the text itself, so "empty texts are refused" binds to its one field. Each row is a
 * scenario run against the reference interpreter of the designed contract; rows the designer does not read yet
 * are named in NOT_YET_READ.
 */

const create = (text: string, status: number): ScenarioStep => ({
  method: 'POST',
  feature: 0,
  body: { text },
  status,
  ...(status === 201 ? { save: { id: 'id' } } : {}),
});
const readOnce: ScenarioStep[] = [
  create('Zugang: alice / s3cret', 201),
  { method: 'GET', feature: 1, params: ['{{id}}'], status: 200, has: { text: 'Zugang: alice / s3cret' } },
  { method: 'GET', feature: 1, params: ['{{id}}'], status: 404 },
];

const ROWS: ScenarioRow[] = [
  {
    name: 'de hinterlegen, dafür eine ID, genau einmal abrufen',
    features: [
      'Einen Text hinterlegen und dafür eine ID zurückbekommen',
      'Über die ID lässt sich der Text genau einmal abrufen, danach ist er weg und es kommt 404',
    ],
    steps: readOnce,
  },
  {
    name: 'de speichern, eine ID zurückbekommen, einmal lesbar',
    features: [
      'Einen Text speichern und eine ID zurückbekommen',
      'Der Text kann über seine ID nur einmal gelesen werden, danach gibt es 404',
    ],
    steps: readOnce,
  },
  {
    name: 'de Texte dürfen nicht leer sein',
    features: [
      'Einen Text ablegen und eine ID bekommen',
      'Über die ID lässt sich der Text genau einmal abrufen, danach ist er weg',
      'Texte dürfen nicht leer sein',
    ],
    steps: [...readOnce, create('', 400)],
  },
  {
    name: 'en store a text, fetched once, empty texts rejected',
    features: [
      'Store a text and get an id back',
      'The text can be fetched exactly once by its id, after that it is gone and you get 404',
      'Empty texts are rejected',
    ],
    steps: [...readOnce, create('', 400)],
  },
  {
    name: 'de Leere Texte werden abgelehnt (plural)',
    features: [
      'Einen Text hinterlegen und dafür eine ID zurückbekommen',
      'Über die ID lässt sich der Text genau einmal abrufen, danach ist er weg und es kommt 404',
      'Leere Texte werden abgelehnt',
    ],
    steps: [...readOnce, create('', 400)],
  },
  {
    name: 'fr un texte vide est refusé',
    features: [
      'Enregistrer un texte et recevoir un identifiant',
      'Le texte ne peut être lu qu’une seule fois avec son identifiant, ensuite 404',
      'Un texte vide est refusé',
    ],
    steps: [...readOnce, create('', 400)],
  },
];

/** Rows the designer does not read yet: plural and French "texte" are not bound to the field `text`. */
const NOT_YET_READ = new Set(['de Leere Texte werden abgelehnt (plural)', 'fr un texte vide est refusé']);

scenarioTableTests({
  title: 'records named before their verb, and texts kept as they are',
  service: 'einmal-notiz',
  purpose: 'Zugangsdaten weitergeben: eine Notiz, die nach dem ersten Lesen verschwindet.',
  rows: ROWS,
  notYetRead: NOT_YET_READ,
  atLeast: 6,
});
