import type { EndpointSpec } from '../spec-contract';

/*
 * Where a quota reads the key it counts by. "100 requests a minute per API key in the X-Api-Key header" and
 * "per user id in the path" both name a place: a quota that counts a body field there answers every client 400
 * (or, worse, counts a key the client never meant), so a feature that names the place is realised only by a
 * quota that reads it.
 */

/** Where a feature says the quota key is: a request header (lower-case name), or the request path. */
export type QuotaKeySource = { header: string } | { path: true };

const HEADER_WORD = String.raw`(?:http[- ])?(?:request[- ])?(?:header|headers|kopfzeile|header-feld|en-tete|entete|cabecera|encabezado)`;
/** `X-Api-Key` anywhere, or a hyphenated name right before or after a word for header. */
const X_HEADER = /(?:^|[^a-z0-9-])(x-[a-z0-9]+(?:-[a-z0-9]+)*)\b/;
const NAME_BEFORE = new RegExp(String.raw`\b([a-z][a-z0-9]*(?:-[a-z0-9]+)+)["'\`»]?\s+${HEADER_WORD}\b`);
const NAME_AFTER = new RegExp(
  String.raw`\b${HEADER_WORD}\s+(?:named\s+|called\s+|namens\s+|llamad[oa]\s+|nomme\s+)?["'\`«]?\s*([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\b`,
);
/** "in the path", "path parameter", "im Pfad", "en la ruta", "dans le chemin", "in the URL". */
const IN_PATH =
  /\b(?:(?:in|from|im|aus dem|en|de|dans|desde)\s+(?:the\s+|der\s+|dem\s+|la\s+|le\s+|l\s+)?(?:url\s+|request\s+)?(?:path|pfad|url|ruta|chemin)|path[- ]param\w*|pfadparameter\w*|parametro de (?:la )?ruta|parametre de chemin|route param\w*)\b/;

/** A feature folded for the quota and key-header readers: accents dropped, lower case, apostrophes as spaces. */
export function folded(feature: string): string {
  return feature.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`]/g, ' ');
}

/** The place a feature names for a quota's key, or null when it names none. */
export function quotaKeySource(feature: string): QuotaKeySource | null {
  const text = folded(feature).replace(/\b(get|post|put|patch|delete)\s+\/\S*/g, ' ');
  const named = X_HEADER.exec(text)?.[1] ?? NAME_BEFORE.exec(text)?.[1] ?? NAME_AFTER.exec(text)?.[1];
  // "ohne X-Api-Key-Header", "la cabecera X-Api-Key": the word for header is no part of the name.
  const header = named?.replace(/-(?:header|headers|kopfzeile|cabecera|encabezado|en-tete|entete|feld)$/, '');
  if (header !== undefined) return { header };
  return IN_PATH.test(text) ? { path: true } : null;
}

function pathParams(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
}

/**
 * A quota that realises a feature reads its key where the feature says (the header it names, a path parameter),
 * and a quota whose path holds a parameter reads its key from one of them (else the parameter means nothing).
 */
export function quotaKeyProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const quotas = endpoints.filter((e) => e.behavior?.kind === 'quota');
  if (quotas.length === 0) return [];
  const problems: string[] = [];
  const source = quotaKeySource(feature);
  const reads = (e: EndpointSpec) => (e.behavior.kind === 'quota' ? e.behavior : undefined);
  if (source && 'header' in source && !quotas.some((e) => reads(e)?.key_header === source.header)) {
    problems.push(
      `it counts per key in header ${source.header}, but no quota of its realisation reads its key from that header (key_header)`,
    );
  }
  if (source && 'path' in source && !quotas.some((e) => reads(e)?.key_param !== undefined)) {
    problems.push(
      'it counts per key written in the path, but no quota of its realisation reads its key from a path parameter (key_param)',
    );
  }
  for (const e of quotas) {
    const params = pathParams(e.path);
    if (params.length > 0 && !params.includes(reads(e)?.key_param ?? '')) {
      problems.push(
        `${e.method} ${e.path} counts a key, but none from its path parameter {${params.at(-1) ?? ''}}`,
      );
    }
  }
  return problems;
}
