import { readFeatureLiterals, type EndpointSpec } from '@sf/service-spec';
import { CATALOG, recogniseFeature } from '../catalog/catalog';
import { bindLiteral } from '../catalog/literal-binding';
import { mentionsIn, tokensOf } from '../catalog/units-read';
import { catalogDesignOf, realiseDesign, redesignCatalogEndpoint } from './catalog-endpoints';
import type { ContractBuilder } from './contract-builder';
import { keepsBoth } from './joint-options';

/** The catalog family a computation belongs to. */
function familyOf(fn: string): string | undefined {
  return CATALOG.find((f) => f.functions.some((x) => x.id === fn))?.name;
}

/** The one route a feature writes, when it writes exactly one. */
function writtenRoute(feature: string): { method: string; path: string } | null {
  const { routes } = readFeatureLiterals(feature);
  return routes.length === 1 ? routes[0] : null;
}

/**
 * A route written in one feature and its computation stated in another ("GET /convertir?cantidad=100&de=EUR&a=USD
 * devuelve {"resultado": …}" beside "Tasas fijas respecto al euro: 1 EUR = 1,08 USD = 0,85 GBP …"): the route alone
 * names no computation, so it was left a placeholder, or left unclaimed when a family read it but could not bind
 * it alone ("POST /umrechnen mit {"betrag", "von", "nach"} …" with the rates in the next feature), and the other
 * feature's computation got a route of the catalog's. When the two read together are the same computation and it
 * binds onto the names the route writes, that computation is served on the written route, claiming both features
 * (and the placeholder goes). A route that more than one computation would bind onto stays as it is: the gate
 * refuses it rather than a guess. `features`: the intent's key features, for the unclaimed ones.
 */
export function joinWrittenRoutes(b: ContractBuilder, features: string[] = []): void {
  for (const holder of [...b.contract.endpoints]) {
    if (holder.behavior.kind !== 'static' || holder.features.length !== 1) continue;
    const [feature] = holder.features;
    const route = writtenRoute(feature);
    if (route && route.method === holder.method && route.path === holder.path)
      joinRoute(b, feature, holder, features);
  }
  for (const feature of features) {
    const route = writtenRoute(feature);
    if (!route || b.contract.endpoints.some((e) => e.features.includes(feature))) continue;
    // Only a route no endpoint serves yet: a route served for another feature is that feature's.
    if (b.contract.endpoints.some((e) => e.method === route.method && e.path === route.path)) continue;
    joinRoute(b, feature, null);
  }
}

/** Serves the one computation `feature`'s written route binds with another feature's on that route (see above). */
function joinRoute(
  b: ContractBuilder,
  feature: string,
  holder: EndpointSpec | null,
  features: string[] = [],
): void {
  const route = writtenRoute(feature);
  if (!route) return;
  const joined = b.contract.endpoints.flatMap((e) => {
    const before = catalogDesignOf(e);
    // The computation's features write no route of their own: a route written twice is no placeholder's.
    if (!before || e.features.some((f) => writtenRoute(f) !== null)) return [];
    return e.features.flatMap((f) => {
      const text = `${feature} ${f}`;
      const found = recogniseFeature(text);
      // Read together, the texts may ask another computation of the same family (one rate, then a table of
      // them once the route's "from" and "to" are read): the joint reading is the one served.
      if (!found || !('design' in found) || familyOf(found.design.function) !== familyOf(before.function))
        return [];
      const d = bindLiteral(text, found.design);
      return d && d.method === route.method && d.path === route.path ? [{ e, d }] : [];
    });
  });
  if (joined.length === 0 && holder) joinBareLine(b, feature, holder, features);
  if (joined.length !== 1) return;
  const [{ e, d }] = joined;
  const gone = new Set([...(holder ? [holder.id] : []), e.id]);
  b.contract.endpoints = b.contract.endpoints.filter((x) => x !== holder && x !== e);
  b.contract.acceptance = b.contract.acceptance.filter((c) => !gone.has(c.endpoint_id));
  realiseDesign(b, feature, d);
  const made = b.contract.endpoints.find((x) => catalogDesignOf(x) === d);
  if (!made) return;
  for (const f of e.features) if (!made.features.includes(f)) made.features.push(f);
}

/**
 * A route written alone beside a line that says what it computes without asking it ("GET /convert?value=<number>
 * &from=<unit>&to=<unit> returns {"value": number}" beside "Units: B, KB, MB, GB, KiB, MiB and GiB"): the line
 * alone asks no computation (it was read as a store of its words, or as nothing) and the route alone names none.
 * When exactly one such line, read with the route, is one computation that binds onto the route's names, it is
 * served on the route claiming both; what the line was read as goes (with a store no other part uses).
 */
function joinBareLine(b: ContractBuilder, feature: string, holder: EndpointSpec, features: string[]): void {
  const route = writtenRoute(feature)!;
  const found = features.flatMap((f) => {
    if (f === feature || writtenRoute(f) !== null) return [];
    const claiming = b.contract.endpoints.filter((e) => e.features.includes(f));
    if (claiming.some((e) => e.features.length !== 1 || catalogDesignOf(e) !== undefined)) return [];
    const text = `${feature} ${f}`;
    const read = recogniseFeature(text);
    const d = read && 'design' in read ? bindLiteral(text, read.design) : null;
    if (!d || d.method !== route.method || d.path !== route.path) return [];
    // Every unit the line names is one the converter takes ("KiB … powers of 1024" read as KB only is no join).
    const takes = d.inputs.find((i) => i.param === 'from')?.field.enum?.map(String);
    const named = mentionsIn(tokensOf(f));
    const taken = (m: (typeof named)[number]) => takes?.includes(m.written) || takes?.includes(m.unit ?? '');
    return named.length > 0 && named.every(taken) ? [{ f, d, claiming }] : [];
  });
  if (found.length !== 1) return;
  const [{ f, claiming }] = found;
  // The line is quoted in the summary: its words ("Einheiten", "Unidades") are the service's too.
  const d = { ...found[0].d, summary: `${found[0].d.summary} As the intent lists them: ${f}` };
  const gone = new Set([holder, ...claiming]);
  const stores = (es: EndpointSpec[]) =>
    new Set(es.flatMap((e) => ('resource' in e.behavior ? [String(e.behavior.resource)] : [])));
  const left = b.contract.endpoints.filter((e) => !gone.has(e));
  const kept = stores(left);
  const dropped = [...stores(claiming)].filter((r) => !kept.has(r));
  // A store another store points at stays (a reference is written with its name).
  const others = JSON.stringify(b.contract.resources.filter((r) => !dropped.includes(r.name)));
  if (dropped.some((r) => others.includes(`"${r}"`))) return;
  b.contract.endpoints = left;
  b.contract.resources = b.contract.resources.filter((r) => !dropped.includes(r.name));
  const ids = new Set([...gone].map((e) => e.id));
  b.contract.acceptance = b.contract.acceptance.filter((c) => !ids.has(c.endpoint_id));
  realiseDesign(b, feature, d);
  const made = b.contract.endpoints.find((x) => catalogDesignOf(x) === d);
  if (made && !made.features.includes(f)) made.features.push(f);
}

/**
 * A follow-up designed before the route it follows was written ("SAVE5 gives 5 % off; VAT 21 %", then "POST
 * /basket/total with {lines, code} …"): its computation got the catalog's route beside the written one. The
 * written route's endpoint, redesigned from its text and the follow-up's, claims the follow-up, and the
 * catalog-route endpoint goes, when the joint reading keeps what each says (`keepsBoth`); otherwise both stay
 * and the gate refuses the follow-up where the intent does not ask it. (The other order is joined as it is
 * designed: `realiseFromCatalog`.)
 */
export function joinEarlierFollowUps(b: ContractBuilder): void {
  const writtenHere = (e: EndpointSpec) =>
    e.features.some((f) => {
      const route = writtenRoute(f);
      return route !== null && route.method === e.method && route.path === e.path;
    });
  for (const written of [...b.contract.endpoints]) {
    const fn = catalogDesignOf(written)?.function;
    if (!fn || !writtenHere(written)) continue;
    for (const e of [...b.contract.endpoints]) {
      const follow = catalogDesignOf(e);
      if (e === written || follow?.function !== fn) continue;
      if (e.features.some((f) => readFeatureLiterals(f).routes.length > 0)) continue;
      const text = `; ${e.features.join('; ')}`;
      if (!redesignCatalogEndpoint(b, written, text, (before, after) => keepsBoth(before, follow, after)))
        continue;
      for (const f of e.features) if (!written.features.includes(f)) written.features.push(f);
      b.contract.endpoints = b.contract.endpoints.filter((x) => x !== e);
      b.contract.acceptance = b.contract.acceptance.filter((c) => c.endpoint_id !== e.id);
    }
  }
}
