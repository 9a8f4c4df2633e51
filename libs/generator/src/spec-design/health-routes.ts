import {
  DEFAULT_HEALTH_TIMEOUT_MS,
  routePartTexts,
  type EndpointSpec,
  type HealthCheckBehavior,
} from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { featureWords, hasAny } from '../catalog/feature-words';
import { readFeature, type LiteralRoute } from './feature-reader';

/*
 * Where a health aggregator's endpoints go when the user spells them: "POST /services with {name, url} registers
 * a service to watch" is the registration at /services, "GET /status calls every registered url …" the check at
 * /status. A feature that sends the URLs in the request ("POST /check with {"urls": [string]}", "enviar uma
 * lista de URLs e verificar cada uma") checks what it is sent, not what was registered: no behaviour does that
 * yet, so it is left unread rather than realised as a registration.
 */

/** Words for sending something in the request (six languages, folded). */
const SENDING = `send sends sent sending given submit submits submitted post posts posted pass passes passed
  senden sendet gesendet schicken schickt ubergeben enviar envia enviada enviadas enviados mandar manda
  envoyer envoie envoyee envoyees inviare invia inviati inviata`.split(/\s+/);

/** Words for a list or batch of items. */
const LIST = `list lists batch array bunch set liste listen lista listas elenco insieme lote conjunto`.split(
  /\s+/,
);

/** Whether the feature checks URLs it is sent in the request rather than registered ones. */
export function checksSentUrls(feature: string): boolean {
  if (/"urls?"\s*:\s*\[/i.test(feature)) return true;
  const words = featureWords(feature);
  return hasAny(words, SENDING) && hasAny(words, LIST);
}

/** The routes a health feature spells: the registration (a POST to a collection) and the check (a GET). */
export interface HealthRoutes {
  register?: string;
  check?: string;
}

/** The routes the feature spells, or 'unreadable' when it spells one no health endpoint can take. */
export function spelledHealthRoutes(feature: string): HealthRoutes | 'unreadable' {
  const parts = routePartTexts(feature);
  const routes = parts
    .map((part) => readFeature(part).literal)
    .filter((route): route is LiteralRoute => route !== null);
  const out: HealthRoutes = {};
  for (const route of routes) {
    if (route.path.includes('{')) continue;
    if (route.method === 'POST' && out.register === undefined) out.register = route.path;
    else if (route.method === 'GET' && out.check === undefined) out.check = route.path;
    else return 'unreadable';
  }
  return out;
}

/**
 * The one check of the watched URLs: at the route a feature spells (a UDC route such as GET /health moved under
 * /api, where the gate finds it is not served where the client calls it), taking over a check made earlier at
 * the default route; a feature that spells no check route joins the check there is.
 */
export function placeCheck(
  b: ContractBuilder,
  check: HealthCheckBehavior,
  written: string | undefined,
  fallback: string,
  feature: string,
): EndpointSpec {
  const existing = b.contract.endpoints.find(
    (e) => e.behavior.kind === 'health_check' && e.behavior.resource === check.resource,
  );
  if (existing && written === undefined) {
    if (!existing.features.includes(feature)) existing.features.push(feature);
    // The timeout a feature states wins over the default another feature's check took.
    if (existing.behavior.kind === 'health_check' && check.timeout_ms !== DEFAULT_HEALTH_TIMEOUT_MS)
      existing.behavior.timeout_ms = check.timeout_ms;
    return existing;
  }
  const e = b.endpoint('GET', b.safePath(written ?? fallback), check, feature);
  if (existing && existing !== e && existing.path === fallback) {
    b.contract.endpoints = b.contract.endpoints.filter((x) => x !== existing);
    e.features = [...new Set([...existing.features, ...e.features])];
  }
  return e;
}
