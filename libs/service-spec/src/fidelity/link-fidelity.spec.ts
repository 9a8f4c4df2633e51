import type { EndpointSpec, FieldSpec, RedirectBehavior, SpecContract } from '../spec-contract';
import { linkProblems, shortLinkHeld } from './link-fidelity';

/* The gate and short links: counted visits, a counter the redirect feeds, http(s) targets, made codes. */

function endpoint(
  id: string,
  method: 'GET' | 'POST',
  path: string,
  behavior: EndpointSpec['behavior'],
): EndpointSpec {
  return { id, method, path, summary: '', features: [], behavior, request: {}, responses: [], errors: [] };
}

function contractOf(opts: { count?: boolean; format?: boolean; generate?: boolean } = {}): SpecContract {
  const fields: FieldSpec[] = [
    {
      name: 'target',
      type: 'string',
      required: true,
      description: '',
      example: 'https://example.org',
      ...(opts.format ? { format: 'url' as const } : {}),
    },
    {
      name: 'slug',
      type: 'string',
      required: !opts.generate,
      unique: true,
      description: '',
      example: 'abc1234',
      ...(opts.generate ? { generate: 'code' as const } : {}),
    },
    { name: 'visits', type: 'integer', required: false, description: '', example: 0, default: 0 },
  ];
  const redirect: RedirectBehavior = {
    kind: 'redirect',
    resource: 'short',
    param: 'slug',
    key_field: 'slug',
    target_field: 'target',
    status: 301,
    ...(opts.count ? { count_field: 'visits' } : {}),
  };
  return {
    resources: [{ name: 'short', plural: 'shorts', description: '', fields }],
    endpoints: [
      endpoint('make', 'POST', '/shorts', { kind: 'create', resource: 'short' }),
      endpoint('go', 'GET', '/go/{slug}', redirect),
      endpoint('stats', 'GET', '/shorts/{slug}', { kind: 'get', resource: 'short', param: 'slug' }),
    ],
  } as unknown as SpecContract;
}

const [make, go, stats] = [0, 1, 2].map((i) => contractOf().endpoints[i]);

describe('linkProblems', () => {
  it('asks a redirect that counts visits to count them', () => {
    const feature = 'visiting /go/{slug} sends the browser on with 301 and counts the visit';
    const counting = contractOf({ count: true });
    expect(linkProblems(feature, [counting.endpoints[1]], counting)).toEqual([]);
    expect(linkProblems(feature, [go], contractOf())).toEqual([expect.stringContaining('count_field')]);
    expect(linkProblems('Ein Kurzlink leitet weiter und zählt die Aufrufe', [go], contractOf())).toHaveLength(
      1,
    );
  });

  it('asks a visit counter an answer names to be the one the redirect feeds', () => {
    const feature = 'GET /shorts/{slug} returns {"target": string, "visits": integer}';
    const counting = contractOf({ count: true });
    expect(linkProblems(feature, [counting.endpoints[2]], counting)).toEqual([]);
    expect(linkProblems(feature, [stats], contractOf())).toEqual([expect.stringContaining('"visits"')]);
  });

  it('asks a link refused unless http(s) to be checked as a URL', () => {
    const feature = 'store a target; a target that is not http:// or https:// is refused';
    const checked = contractOf({ format: true });
    expect(linkProblems(feature, [checked.endpoints[0]], checked)).toEqual([]);
    expect(linkProblems(feature, [make], contractOf())).toEqual([expect.stringContaining('format "url"')]);
    expect(
      linkProblems('guardar un enlace; un enlace inválido se rechaza', [make], contractOf()),
    ).toHaveLength(1);
  });

  it('asks nothing of features about other records', () => {
    expect(linkProblems('count the books on a shelf', [make], contractOf())).toEqual([]);
  });
});

describe('shortLinkHeld', () => {
  it('holds for a create whose records get a made code and are redirected to', () => {
    const made = contractOf({ generate: true });
    expect(shortLinkHeld('raccourcir une adresse longue', [made.endpoints[0]], made)).toBe(true);
    expect(shortLinkHeld('Links kürzen', [made.endpoints[0]], made)).toBe(true);
  });

  it('does not hold when the client must choose every code, or the feature asks no shortening', () => {
    expect(shortLinkHeld('shorten a long address', [make], contractOf())).toBe(false);
    const made = contractOf({ generate: true });
    expect(shortLinkHeld('translate a page into Klingon', [made.endpoints[0]], made)).toBe(false);
  });
});
