import type { EndpointSpec } from '../spec-contract';
import { label } from './worked-examples';

/*
 * A feature that says what to refuse names the value it refuses ("a code that is not 10 or 13 characters returns
 * 400"). When another endpoint of the SPEC reads a value of that name (`GET /isbn/{code}` reads `code`) and the
 * endpoints that claim the feature read none of the values it names, the refusal was put on something else (an
 * ISBN-10 → 13 converter nobody asked for, which refuses those codes for its own reasons): the endpoint the user
 * sends the code to still answers it. Only the request's own names count (path parameters, query parameters, body
 * fields, split at `_` and camel case), so a feature naming no value at all is left to the other checks.
 */

/** The words of the names an endpoint reads from the request. */
function readNames(e: EndpointSpec): Set<string> {
  const fields = [...(e.request.params ?? []), ...(e.request.query ?? []), ...(e.request.body?.fields ?? [])];
  return new Set(fields.flatMap((f) => tokens(f.name.replace(/([a-z])([A-Z])/g, '$1 $2'))));
}

/** Lower-case runs of letters and digits, accents folded; "ISBN-10" is also "isbn10". */
function tokens(text: string): string[] {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return [
    ...(folded.match(/[\p{L}\p{N}]+/gu) ?? []),
    ...(folded.match(/\p{L}+-\p{N}+/gu) ?? []).map((t) => t.replace('-', '')),
  ];
}

/** Why the refusal `feature` is claimed by endpoints other than the one reading the value it names; empty when not. */
export function misplacedRefusalProblems(
  feature: string,
  endpoints: EndpointSpec[],
  all: EndpointSpec[],
): string[] {
  const words = new Set(tokens(feature).filter((w) => w.length >= 3));
  const named = (e: EndpointSpec) => [...readNames(e)].filter((n) => words.has(n));
  if (endpoints.some((e) => named(e).length > 0)) return [];
  // Only a value another endpoint is addressed by (a path or query parameter): a body field of the same name on
  // a store's create endpoint ("checked_in", "closed") is a record's state, not the value the feature refuses.
  const addressed = (e: EndpointSpec) =>
    [...(e.request.params ?? []), ...(e.request.query ?? [])]
      .flatMap((f) => tokens(f.name))
      .filter((n) => words.has(n));
  const readers = all.filter((e) => !endpoints.includes(e) && addressed(e).length > 0);
  if (readers.length === 0) return [];
  const names = [...new Set(readers.flatMap(addressed))];
  return [
    `it refuses ${names.map((n) => `"${n}"`).join(', ')}, which ${readers.map(label).join(', ')} reads, but is realised by ${endpoints.map(label).join(', ')}, which reads no value it names: the refusal is put on something else`,
  ];
}
