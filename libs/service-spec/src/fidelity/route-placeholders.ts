import { routeShape } from '../contract-routing';

/*
 * A path as a feature writes it, its parameters in any of the forms users write them: `{n}`, `:n`, `<n>`, a word
 * in capitals (`/roman/N`, `/romano/NUMERO`), or a value shown as an example (`GET /roman/2026 returns MMXXVI`,
 * `GET /value/MCMXC`). Each becomes a `{name}` parameter; an example value is kept as the request the feature
 * shows, never as a literal route that would answer only that value.
 */

/** A written path with its parameters as `{name}`, and the example value written for each parameter. */
export interface WrittenPath {
  path: string;
  /** Path parameter → the value the feature writes in its place (`/roman/2026` → `{n: "2026"}`). */
  samples: Record<string, string>;
}

/** A parameter name from a placeholder's words (`<Zahl>` → zahl, `<unità>` → unita, `<a number>` → a_number). */
function nameOf(words: string): string {
  const name = words
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(name) ? name : `p${name}`;
}

/** The path `raw` (without its query string) with its placeholders and example values read as parameters. */
export function writtenPath(raw: string): WrittenPath {
  const samples: Record<string, string> = {};
  const used = new Set<string>();
  const unique = (name: string) => {
    let out = name;
    for (let i = 2; used.has(out); i += 1) out = `${name}${i}`;
    used.add(out);
    return out;
  };
  const segments = raw
    .replace(/[.:]+$/, '')
    .split('/')
    .map((segment, i) => {
      if (i === 0) return segment;
      const written = /^\{([A-Za-z_]\w*)\}$|^:([A-Za-z_]\w*)$|^<([^<>]+)>$/.exec(segment);
      if (written?.[3] !== undefined) return `{${unique(nameOf(written[3]))}}`;
      if (written) {
        const name = written[1] ?? written[2];
        used.add(name);
        return `{${name}}`;
      }
      // A word in capitals is a placeholder (`N`, `NUMERO`) or an example (`MCMXC`, `EUR`); a number is an
      // example (`2026`). Either way the segment is the caller's, and what is written is kept as a sample.
      if (/^\p{Lu}[\p{Lu}\d_]*$/u.test(segment) || /^-?\d+(?:\.\d+)?$/.test(segment)) {
        const name = unique(/^\p{Lu}/u.test(segment) ? nameOf(segment) : 'n');
        samples[name] = segment;
        return `{${name}}`;
      }
      return segment.replace(/^:([A-Za-z_]\w*)/, '{$1}');
    });
  return { path: segments.join('/') || '/', samples };
}

/**
 * Routes of one method and one shape written twice (`GET /numeral/:value …, e.g. GET /numeral/2026 returns …`)
 * are one route: the first as written, with the samples of the others moved onto its parameter names by place.
 */
export function mergeSameRoutes<R extends { method: string; path: string; samples?: Record<string, string> }>(
  routes: R[],
): R[] {
  const out: R[] = [];
  const params = (path: string) => [...path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]);
  for (const route of routes) {
    const first = out.find((r) => r.method === route.method && routeShape(r.path) === routeShape(route.path));
    if (!first) {
      out.push(route);
      continue;
    }
    const [to, from] = [params(first.path), params(route.path)];
    for (const [name, value] of Object.entries(route.samples ?? {})) {
      const at = from.indexOf(name);
      if (at < 0 || to[at] === undefined) continue;
      first.samples = { ...first.samples, [to[at]]: first.samples?.[to[at]] ?? value };
    }
  }
  return out;
}
