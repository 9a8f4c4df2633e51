import { readInputRules } from '../input-rule-reading';
import { answerCaseProblems } from './answer-case';
import { optionalFieldProblems } from './optional-fields';
import { rateRoleProblems } from './rate-roles';
import { writtenPatternProblems } from './written-patterns';
import { routeShape } from '../contract-routing';
import type { EndpointSpec, FieldSpec, SpecContract, UdcEndpoint } from '../spec-contract';
import { readFeatureLiterals, withoutErrorBodies, type FeatureLiterals } from './feature-literals';
import { domainTerms } from './domain-terms';
import { errorBodyProblems } from './error-bodies';
import { functionAnswerProblems } from './function-answers';
import { foreignFunctionProblem, foreignFunctions } from './function-domains';
import { valueKindProblems } from './generated-values-fidelity';
import { freeTextProblems, missingQuantities, REFUSAL } from './free-text-fidelity';
import { featureFigures, realisationOf } from './realisation';
import { rankingProblems, ruleHeld, storeForComputation } from './record-features';
import { listQueryFeatureProblems } from './list-query-features';
import { quotaScopeProblems } from './quota-scope-fidelity';
import { quotaCreateProblems, quotaWindowProblems, tokenBucketProblems } from './quota-fidelity';
import { quotaKeyProblems } from './quota-key-fidelity';
import { guardQuotaProblems, headerGuardProblems } from './header-guard-fidelity';
import { linkProblems, shortenProblems } from './link-fidelity';
import { storeSplitProblems } from './store-split';
import {
  containerStoreProblems,
  missingOperationProblems,
  operationFieldProblems,
} from './record-operations';
import { undeclaredRateProblems } from './declared-rates';
import { lowStockProblems, stockFloorProblems, stockMoveProblems } from './stock-fidelity';
import { ballotProblems } from './ballot-fidelity';
import { readConstraint } from '../constraint-reading';
import { contradictoryLengths } from '../field-rule-reading';
import { boundsContradict, boundsOf } from '../record-rules';
import { enumProblems, fieldProblems } from './literal-field-fidelity';
import { ttlProblems } from './ttl-fidelity';
import { capacityProblems, unheldQuotedNames } from './capacity-fidelity';
import { replaceProblems, routePartStatusProblems, routePartTexts, udcRouteClaims } from './route-parts';
import { instructionIn } from './instruction-text';
import { instructionVerdict } from './instruction-fidelity';
import { fixedAnswerProblems, readFixedAnswer } from './fixed-answers';
import { machineProblems } from './machine-fidelity';
import { futureDateProblems } from './future-dates';
import { rankedOrderProblems } from './ranked-order';
import { startedStateProblems } from './started-fields';
import { countReadProblems } from './count-reads';
import { storedFormProblems } from './stored-form';
import { intervalRefusalHeld } from './interval-refusal-fidelity';
import { endBeforeStartClause } from '../interval-refusal';
import { webhookProblems } from './webhook-fidelity';
import { statedGapProblems } from './stated-gaps';
import { rankingPathProblems } from './owner-best-reads';
import { sampleAsType, writtenSampleProblems } from './written-samples';
import { concreteExpectation, label, lastStep, workedExampleProblems } from './worked-examples';

/** A `METHOD /path?query` as a feature writes it; its numbers are the route's, not quantities. */
// A placeholder in angle brackets is part of the route, spaces and all (`?at=<ISO 8601 UTC instant>`).
const ROUTE_TEXT = /\b(GET|POST|PUT|PATCH|DELETE)\s+\/(?:<[^<>\n]*>|[^\s,;)"'`])*/g;

/**
 * How faithfully the SPEC realises one key feature (rubric 1.1). `checked` says which rule judged it:
 * `'literal'`, a feature that names its route, held to its literal parts; `'free-text'`, held to an endpoint
 * that claims it, a worked example and its domain terms (`free-text-fidelity.ts`); `'instruction'`, text
 * that speaks to the generator rather than describing the service, never realised and, unless obeyed or alone,
 * `ignored` (`instruction-fidelity.ts`).
 */
export interface FeatureFidelity {
  feature: string;
  checked: 'literal' | 'free-text' | 'instruction';
  realised: boolean;
  /** What the SPEC lacks to realise it, each naming the part (for an ignored instruction: why it was). */
  problems: string[];
  /**
   * An instruction to the generator set aside as data: not built, and not held against the SPEC (the gate
   * passes it while every other feature is realised).
   */
  ignored?: boolean;
}

/** Judges every key feature against the contract. */
export function featureFidelity(contract: SpecContract, features: string[]): FeatureFidelity[] {
  const read = features.map(readFeatureLiterals);
  return features.map((feature, index): FeatureFidelity => {
    const instruction = instructionIn(feature);
    if (instruction) {
      const { ignored, problems } = instructionVerdict(contract, features, feature, instruction);
      return { feature, checked: 'instruction', realised: false, problems, ...(ignored ? { ignored } : {}) };
    }
    // "At least 16 and at most 8 characters": no input can satisfy the rule, so no service realises it.
    const contradiction = contradictionIn(feature);
    if (contradiction !== null) {
      const problems = [`${contradiction}: no value satisfies them, so no service can realise it`];
      return { feature, checked: 'free-text', realised: false, problems };
    }
    const literals = read[index];
    // Only a feature that names its route states the API literally; shapes in free text are judged by the
    // free-text rule (a JSON snippet in prose is not a promise about some endpoint).
    if (literals.routes.length === 0) {
      const problems = [
        ...literals.errorBodies,
        ...errorBodyProblems(contract, features, read, index),
        ...freeTextProblems(contract, feature),
        ...returnedFieldProblems(contract, feature),
        ...machineProblems(contract, feature),
        ...startedStateProblems(contract, feature),
        ...rankedOrderProblems(contract, feature),
        ...futureDateProblems(contract, feature),
        ...storedFormProblems(contract, feature),
        ...secondComputationProblems(contract, feature, read),
        ...addOnProblems(contract, feature),
        ...recordPlaceProblems(contract, feature),
        ...recordOperationProblems(contract, feature),
        ...countReadProblems(contract, feature),
        ...undeclaredRateProblems(contract, feature, features),
        ...rateRoleProblems(contract, feature),
        ...optionalFieldProblems(contract, feature),
        ...webhookProblems(feature, claiming(contract, feature), receives(contract)),
        ...headerGuardProblems(feature, claiming(contract, feature), contract),
        ...guardQuotaProblems(feature, claiming(contract, feature), contract),
        ...statedGapProblems(feature, claiming(contract, feature), contract),
      ];
      return { feature, checked: 'free-text', realised: problems.length === 0, problems };
    }
    const problems = [
      ...literals.problems,
      ...literals.errorBodies,
      ...errorBodyProblems(contract, features, read, index),
      ...conflicts(features, read, index),
      ...machineProblems(contract, feature),
      ...startedStateProblems(contract, feature),
      ...rankedOrderProblems(contract, feature),
      ...futureDateProblems(contract, feature),
      ...storedFormProblems(contract, feature),
      ...recordPlaceProblems(contract, feature),
      ...undeclaredRateProblems(contract, feature, features),
      ...rateRoleProblems(contract, feature),
      ...optionalFieldProblems(contract, feature),
    ];
    const endpoints = literals.routes.map((route) => {
      // The UDC runtime serves its five endpoints in every generated service, with its own shapes.
      if (contract.udc.endpoints.includes(`${route.method} ${route.path}` as UdcEndpoint)) {
        problems.push(...udcRouteClaims(contract, feature, route));
        const states = literals.request.length + literals.response.length + literals.query.length;
        if (states > 0 || literals.statuses.length > 0) {
          problems.push(
            `${route.method} ${route.path} belongs to the UDC runtime, which answers it with its own shape; it cannot take the shapes or statuses the feature writes`,
          );
        }
        return undefined;
      }
      const found = contract.endpoints.find(
        (e) => e.method === route.method && routeShape(e.path) === routeShape(route.path),
      );
      if (!found) problems.push(`no endpoint ${route.method} ${route.path}`);
      return found;
    });
    // Shapes, query and statuses belong to the feature's one route; with several routes each still needs a
    // worked example with a concrete answer (a route that exists but shows nothing realises nothing).
    const target = literals.routes.length === 1 ? endpoints[0] : undefined;
    // '"end" not after "start" returns 400; DELETE /bookings/{id} … 204': the clause's 400 is the create's record
    // rule, held where the store refuses an end before its start, not a status of the route the feature spells.
    const rule = endBeforeStartClause(feature);
    const ruled =
      rule !== null && intervalRefusalHeld(rule, contract.endpoints, contract)
        ? readFeatureLiterals(rule).statuses.filter(
            (s) => !readFeatureLiterals(feature.replace(rule, ' ')).statuses.includes(s),
          )
        : [];
    const own = { ...literals, statuses: literals.statuses.filter((s) => !ruled.includes(s)) };
    if (literals.routes.length > 1) {
      for (const e of endpoints.filter((x): x is EndpointSpec => x !== undefined)) {
        const shown = contract.acceptance.some(
          (c) => c.endpoint_id === e.id && c.kind === 'happy' && concreteExpectation(lastStep(c)),
        );
        if (!shown) problems.push(`no worked example of ${label(e)} expects a concrete answer`);
      }
      problems.push(...routePartStatusProblems(feature, endpoints));
      // Each route's own part of the feature holds its answer's shape (`POST /books … -> 201 {"id", "state"};
      // GET /books/{id} …`): the endpoint must answer the fields written there.
      const parts = routePartTexts(feature);
      if (parts.length === endpoints.length) {
        parts.forEach((part, i) => {
          const e = endpoints[i];
          const written = readFeatureLiterals(part);
          const names = written.response.map((f) => f.name);
          if (e && e.behavior?.kind !== 'static') problems.push(...responseProblems(e, names));
          // `GET /reservations?desk=D12 lists …; DELETE /reservations/{id} …`: the list must read its filter.
          const queryNames = new Set((e?.request.query ?? []).map((q) => q.name));
          for (const name of e ? written.query : []) {
            if (!queryNames.has(name))
              problems.push(`${label(e as EndpointSpec)} does not read query parameter "${name}"`);
          }
        });
      }
    }
    problems.push(...replaceProblems(feature, endpoints));
    if (target?.behavior?.kind === 'static' && literals.request.length + literals.query.length > 0) {
      problems.push(
        `${label(target)} always answers the same document, whatever the request the feature writes`,
      );
    }
    if (target) {
      const reads = acceptedFields(
        target,
        target.method === 'GET' || target.method === 'DELETE'
          ? (target.request.query ?? [])
          : (target.request.body?.fields ?? []),
      );
      for (const field of literals.request) {
        problems.push(
          ...fieldProblems(sampleAsType(field, target, reads), reads, `${label(target)} request`),
        );
        // A computation owns the rules of its inputs (its summary states them); a record field holds a rule
        // only as the bounds or format it declares (record-features.ts).
        if (field.rule && target.behavior?.kind !== 'function' && !ruleHeld(contract, target, field)) {
          problems.push(
            `${label(target)} request field "${field.name}" must be ${field.rule}, a rule its field does not declare (as minimum / maximum bounds or a date-time format)`,
          );
        }
      }
      const queryNames = new Set((target.request.query ?? []).map((q) => q.name));
      for (const name of literals.query) {
        if (!queryNames.has(name)) problems.push(`${label(target)} does not read query parameter "${name}"`);
      }
      // Values a query parameter is written to take (`?to=C|F|K`, units listed in the feature) are its only ones,
      // spelled as written: a service reading `kB` as unknown does not do what the feature says.
      for (const field of literals.queryFields) {
        const param = (target.request.query ?? []).find((q) => q.name === field.name);
        if (field.enum && param) {
          problems.push(...enumProblems(field, param, `${label(target)} query parameter`));
        }
      }
      problems.push(
        ...responseProblems(
          target,
          literals.response.map((f) => f.name),
        ),
      );
      for (const status of own.statuses) {
        const declared =
          status < 400
            ? target.responses.some((r) => r.status === status)
            : target.errors.some((e) => e.status === status);
        if (!declared) problems.push(`${label(target)} does not answer ${status}`);
      }
      // The computation must be about the feature: its own words, or the purpose the user wrote for the service.
      const written = domainTerms(withoutErrorBodies(feature));
      const about = [...written, ...domainTerms(contract.service?.purpose ?? '')];
      for (const e of foreignFunctions([target], about, written))
        problems.push(foreignFunctionProblem(e, about, written));
      problems.push(
        ...valueKindProblems(feature, target, contract),
        ...workedExampleProblems(contract, target, own, readFixedAnswer(feature)?.status === 204),
        ...functionAnswerProblems(contract, target, literals),
        ...writtenSampleProblems(contract, target, feature, literals),
        ...fixedAnswerProblems(feature, target, contract),
        ...storeForComputation(feature, target, literals, contract),
        ...writtenPatternProblems(literals.request, literals.response, target, contract),
      );
    }
    const served = endpoints.filter((e): e is EndpointSpec => e !== undefined);
    if (served.length > 0) {
      const prose = feature.replace(ROUTE_TEXT, ' ');
      const figures = featureFigures(prose);
      const stated = { ...figures, numbers: figures.numbers.filter((n) => !literals.statuses.includes(n)) };
      problems.push(
        ...missingQuantities(stated, realisationOf(contract, served, REFUSAL.test(feature))),
        ...rankingProblems(feature, served),
        ...listQueryFeatureProblems(feature, served, contract),
        ...tokenBucketProblems(feature, served),
        ...quotaWindowProblems(feature, served),
        ...quotaCreateProblems(feature, served, contract),
        ...quotaKeyProblems(feature, served),
        ...quotaScopeProblems(feature, served, contract),
        ...linkProblems(feature, served, contract),
        ...lowStockProblems(feature, served),
        ...ballotProblems(feature, served, contract.endpoints),
        ...stockFloorProblems(feature, served, contract),
        ...answerCaseProblems(contract, feature),
        ...stockMoveProblems(feature, served),
        ...ttlProblems(feature, served, contract),
        ...capacityProblems(feature, served),
        ...webhookProblems(feature, served, receives(contract)),
        ...headerGuardProblems(feature, served, contract),
        ...guardQuotaProblems(feature, served, contract),
        ...statedGapProblems(feature, served, contract),
        ...rankingPathProblems(served),
      );
    }
    // A quoted name nothing holds is the last hole closed: it speaks only when nothing else did.
    if (problems.length === 0 && served.length > 0) problems.push(...unheldQuotedNames(feature, contract));
    return { feature, checked: 'literal', realised: problems.length === 0, problems };
  });
}

/** The endpoints that list `feature` among the features they realise. */
function claiming(contract: SpecContract, feature: string): EndpointSpec[] {
  return contract.endpoints.filter((e) => e.features.includes(feature));
}

/** Whether the contract receives webhooks. */
function receives(contract: SpecContract): boolean {
  return contract.endpoints.some((e) => e.behavior?.kind === 'webhook_receive');
}

/** Where a feature's records are kept: in one store with the other features about them, made as it asks. */
function recordPlaceProblems(contract: SpecContract, feature: string): string[] {
  return [...storeSplitProblems(contract, feature), ...shortenProblems(feature, contract)];
}

/**
 * What a record feature asks of its store, read from its verbs and nouns: its verbs are operations with an
 * endpoint each, never fields, and the things a container word holds are the records, not the container.
 */
function recordOperationProblems(contract: SpecContract, feature: string): string[] {
  return [
    ...operationFieldProblems(contract, feature),
    ...containerStoreProblems(contract, feature),
    ...missingOperationProblems(contract, feature),
  ];
}

/**
 * Other features that name the same single route with a different request shape: two bodies for one route
 * cannot both be honoured, so neither feature is realised until the user says which one is meant.
 */
function conflicts(features: string[], read: FeatureLiterals[], index: number): string[] {
  const mine = read[index];
  if (mine.routes.length !== 1 || mine.request.length === 0) return [];
  const shape = (l: FeatureLiterals) => JSON.stringify(l.request.map((f) => [f.name, f.type ?? null]).sort());
  return read.flatMap((other, i) => {
    const route = other.routes.length === 1 ? other.routes[0] : undefined;
    const same =
      route &&
      route.method === mine.routes[0].method &&
      routeShape(route.path) === routeShape(mine.routes[0].path);
    return i !== index && same && other.request.length > 0 && shape(other) !== shape(mine)
      ? [`key feature "${features[i]}" claims ${route.method} ${route.path} with a different body`]
      : [];
  });
}

/**
 * The request fields as the endpoint accepts them: a state a transition's body names is accepted only when some
 * move reaches it (a state no arrow reaches is always refused with 409), so `{"status": "approved"} or
 * {"status": "rejected"}` is the body of a machine pending → approved | rejected.
 */
function acceptedFields(target: EndpointSpec, fields: FieldSpec[]): FieldSpec[] {
  const b = target.behavior;
  if (b?.kind !== 'transition' || b.to !== undefined) return fields;
  const reached = new Set(Object.values(b.moves).flat());
  return fields.map((f) =>
    f.name === (b.input ?? b.field) && f.enum
      ? { ...f, enum: f.enum.filter((v) => reached.has(String(v))) }
      : f,
  );
}

/** A field a feature asks to be returned by name, as `also return "isbn13": …` (a quoted name and a colon). */
/**
 * A free-text feature about a computation a route the intent writes already runs ("POST /quote …" and "code
 * SAVE10 takes 10 % off …") is realised by that route: one realised by another endpoint of the same function,
 * on a path no feature writes, leaves the written route answering without it.
 */
function secondComputationProblems(
  contract: SpecContract,
  feature: string,
  read: ReturnType<typeof readFeatureLiterals>[],
): string[] {
  const written = new Set(read.flatMap((l) => l.routes.map((r) => `${r.method} ${r.path}`)));
  const fn = (e: EndpointSpec) => (e.behavior?.kind === 'function' ? e.behavior.function : null);
  const mine = contract.endpoints.filter((e) => e.features.includes(feature));
  return mine.flatMap((e) => {
    const f = fn(e);
    if (f === null || written.has(`${e.method} ${e.path}`)) return [];
    const twin = contract.endpoints.find(
      (o) => o !== e && fn(o) === f && written.has(`${o.method} ${o.path}`) && !o.features.includes(feature),
    );
    return twin
      ? [
          `${label(e)} runs ${f} beside ${label(twin)}, the route the intent writes for it: the feature is not realised where the intent asks it`,
        ]
      : [];
  });
}

/** A feature that adds a result to another's answer: "also return …", "and the average …", "außerdem …". */
const ADD_ON =
  /^\s*(?:(?:and\s+)?(?:also|additionally|in addition|as well|plus)\b(?!\s+(?:let|allow|delete|remove|store|keep|list|create|add)\b)|and\s+(?:the|its|their)\b|(?:ausserdem|außerdem|zusatzlich|zusätzlich|dazu)\b|(?:ademas|además|tambien|también)\b|(?:aussi|egalement|également|en plus)\b|(?:inoltre|anche)\b|(?:alem disso|além disso)\b)/i;

/**
 * A feature saying its result comes in the same answer as another's, wherever it says so ("the same answer also
 * gives the reading time", "in derselben Antwort", "en la misma respuesta", "dans la même réponse").
 */
const SAME_ANSWER =
  /\b(?:the same (?:answer|response|reply)|(?:der )?(?:gleichen|selben|derselben) antwort|la misma respuesta|la m[eê]me r[ée]ponse|stessa risposta|mesma resposta)\b/i;

/**
 * The same computation the other way ("and the other way round: US mpg into litres per 100 km", "außerdem …
 * zurück in Liter"): a conversion of its own, answered on its own endpoint, not a result added to another's.
 */
const GOES_BACK =
  /\b(?:other way|the reverse|back|vice versa|zur(?:u|ü)ck|umgekehrt|al rev(?:e|é)s|a la inversa|inversement|dans l'autre sens|viceversa|al contrario|de volta)\b/i;

/**
 * A feature that adds a result to what another feature answers ("also return the most frequent word" beside a
 * text's counts) is realised in that answer: a computation or a store of its own on other endpoints answers the
 * first request without it.
 */
function addOnProblems(contract: SpecContract, feature: string): string[] {
  if (!(ADD_ON.test(feature) || SAME_ANSWER.test(feature)) || GOES_BACK.test(feature)) return [];
  const mine = contract.endpoints.filter((e) => e.features.includes(feature));
  // Endpoints that exist for it alone: a computation of its own, or a store of its own ("also return the title of
  // the book" beside an ISBN check was held by a lending store of titles, "return" read as giving a book back).
  // A refusal-only feature claimed there too ("refuse an empty text", said of every text computation) makes no
  // endpoint another feature's.
  const own = mine.filter(
    (e) => e.features.filter((f) => f !== feature && readInputRules(f) === null).length === 0,
  );
  if (own.length === 0 || own.length !== mine.length) return [];
  const other = contract.endpoints.find(
    (e) => e.behavior?.kind === 'function' && !e.features.includes(feature) && e.features.length > 0,
  );
  if (!other) return [];
  return own.every((e) => e.behavior?.kind === 'function')
    ? [
        `it adds to what another feature answers, but ${label(own[0])} answers it on its own: ${label(other)} still answers without it`,
      ]
    : [
        `it adds to what ${label(other)} answers, but ${own.map(label).join(', ')} keep${own.length === 1 ? 's' : ''} records of its own instead: ${label(other)} still answers without it`,
      ];
}

/** Bounds a feature states that contradict each other ("at least 16 characters and at most 8"), or null. */
function contradictionIn(feature: string): string | null {
  const lengths = contradictoryLengths(feature);
  if (lengths) return `its lengths contradict each other (at least ${lengths.min}, at most ${lengths.max})`;
  const bound = readConstraint(feature);
  if (bound?.kind !== 'bound' || !boundsContradict(bound.rule)) return null;
  return `its bounds contradict each other (${boundsOf(bound.rule)
    .map((b) => `${b.op} ${b.limit}`)
    .join(', ')})`;
}

const RETURNED_FIELD =
  /(?<![\p{L}])(?:return|returns|returning|include|includes|including|add|adds|answer|answers|give|gives|contain|contains|containing|contiene|contengono|enthält|enthalt|enthalten|contient|contiennent|contém|contem|incluye|incluyen|inclut|incluem|inclui|devuelve|devuelven|renvoie|renvoient|restituisce|retorna|retornam|liefert|gibt|riporta|muestra|affiche|mostra|zeigt)(?![\p{L}])[^".;{}]{0,20}"([A-Za-z_][A-Za-z0-9_]*)"\s*:/giu;

/**
 * A feature without a route that asks for a field by name (`for a valid ISBN-10 also return "isbn13": …`) is
 * realised only when some endpoint's worked response carries that field: its free-text words alone would pass
 * a service that answers everything else.
 */
function returnedFieldProblems(contract: SpecContract, feature: string): string[] {
  const names = [...new Set([...feature.matchAll(RETURNED_FIELD)].map((m) => m[1]))];
  return names
    .filter((name) => !contract.endpoints.some((e) => responseProblems(e, [name]).length === 0))
    .map((name) => `no endpoint answers the field "${name}" the feature asks to return`);
}

function responseProblems(endpoint: EndpointSpec, names: string[]): string[] {
  if (names.length === 0) return [];
  const success = endpoint.responses.find((r) => r.status >= 200 && r.status < 300);
  const example = Array.isArray(success?.example) ? (success.example as unknown[])[0] : success?.example;
  if (example === null || typeof example !== 'object') {
    return [`${label(endpoint)} shows no response example with ${names.map((n) => `"${n}"`).join(', ')}`];
  }
  return names
    .filter((name) => !(name in (example as Record<string, unknown>)))
    .map((name) => `${label(endpoint)} response has no field "${name}"`);
}
