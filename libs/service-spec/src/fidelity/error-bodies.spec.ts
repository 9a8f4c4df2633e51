import type { AcceptanceCheck, EndpointSpec, SpecContract } from '../spec-contract';
import { errorBodyOf, errorShapeOfFields } from '../error-body';
import { acceptanceCheckProblems } from '../acceptance-problems';
import { featureFidelity } from './feature-fidelity';

const SHIPPING = 'POST /parcels/quote with body {"weight_kg": number} returns {"price": number}';
const TOO_HEAVY =
  'A parcel heavier than 30 kg is refused: POST /parcels/quote answers 422 with {"message": string}';

function contract(errors?: SpecContract['errors']): SpecContract {
  const endpoint: Partial<EndpointSpec> = {
    id: 'e0',
    method: 'POST',
    path: '/parcels/quote',
    request: {
      body: {
        fields: [{ name: 'weight_kg', type: 'number', required: true, description: 'kg', example: 2 }],
        allow_unknown: false,
        example: { weight_kg: 2 },
      },
    },
    responses: [{ status: 200, description: 'the price', example: { price: 7.5 } }],
    errors: [{ status: 422, code: 'TOO_HEAVY', when: 'the parcel weighs over 30 kg' }],
    features: [SHIPPING, TOO_HEAVY],
  };
  const acceptance: AcceptanceCheck[] = [
    {
      id: 'AC-01',
      endpoint_id: 'e0',
      description: 'quotes a parcel',
      kind: 'happy',
      steps: [
        {
          request: { method: 'POST', path: '/parcels/quote', body: { weight_kg: 2 } },
          expect: { status: 200, body_contains: { price: 7.5 } },
        },
      ],
    },
    {
      id: 'AC-02',
      endpoint_id: 'e0',
      description: 'refuses a parcel of 31 kg',
      kind: 'error',
      steps: [
        {
          request: { method: 'POST', path: '/parcels/quote', body: { weight_kg: 31 } },
          expect: { status: 422, body_contains: { code: 'TOO_HEAVY' } },
        },
      ],
    },
  ];
  return {
    udc: { version: '1.0', endpoints: [] },
    resources: [],
    endpoints: [endpoint],
    acceptance,
    ...(errors ? { errors } : {}),
  } as unknown as SpecContract;
}

describe('error bodies a feature spells', () => {
  it('reads each supported spelling as the shape that answers it', () => {
    const s = (name: string, type?: string) => ({ name, type });

    expect(errorShapeOfFields([s('error', 'string')])).toBe('error_string');
    expect(errorShapeOfFields([s('code', 'string'), s('error', 'string')])).toBe('error_string');
    expect(errorShapeOfFields([s('message', 'string')])).toBe('message');
    expect(errorShapeOfFields([s('error', 'string'), s('message', 'string')])).toBe('error_code');
    expect(errorShapeOfFields([s('error', 'object')])).toBe('error_object');
    expect(errorShapeOfFields([s('detail', 'string')])).toBeUndefined();
    expect(errorShapeOfFields([{ name: 'error', type: 'string', enum: ['bad input'] }])).toBeUndefined();
    expect(errorShapeOfFields([{ name: 'message', type: 'string', enum: ['string'] }])).toBe('message');
    expect(errorShapeOfFields([s('error', 'number')])).toBeUndefined();
  });

  it('puts the stable code where each shape keeps it', () => {
    expect(errorBodyOf('error_string', 'TOO_HEAVY', 'over 30 kg')).toEqual({
      error: 'over 30 kg',
      code: 'TOO_HEAVY',
    });
    expect(errorBodyOf('error_code', 'TOO_HEAVY', 'over 30 kg')).toEqual({
      error: 'TOO_HEAVY',
      message: 'over 30 kg',
    });
  });

  it('realises a feature whose error body the contract answers', () => {
    const [, heavy] = featureFidelity(contract({ body: 'message' }), [SHIPPING, TOO_HEAVY]);

    expect(heavy).toMatchObject({ realised: true, problems: [] });
  });

  it('refuses the same feature when the contract keeps the default error body', () => {
    const [, heavy] = featureFidelity(contract(), [SHIPPING, TOO_HEAVY]);

    expect(heavy.realised).toBe(false);
    expect(heavy.problems).toEqual([
      expect.stringContaining('the contract answers every error as {"error": {"code"'),
    ]);
  });

  it('refuses both features when they spell errors two ways', () => {
    const other = 'Una tarifa desconocida devuelve 404 con {"error": string}';
    const verdicts = featureFidelity(contract({ body: 'message' }), [SHIPPING, TOO_HEAVY, other]);

    expect(verdicts[1].problems).toEqual(
      expect.arrayContaining([expect.stringContaining(`key feature "${other}" asks for errors spelled as`)]),
    );
    expect(verdicts[2].realised).toBe(false);
  });
});

describe("error checks and the contract's error shape", () => {
  it('runs an error check that expects the code where the shape keeps it', () => {
    const c = contract({ body: 'message' });

    expect(acceptanceCheckProblems(c, c.acceptance[1])).toEqual([]);
  });

  it('flags an error check that expects a body the shape never answers', () => {
    const c = contract();

    expect(acceptanceCheckProblems(c, c.acceptance[1])).toEqual([
      expect.stringContaining("the contract's error shape never answers"),
    ]);
  });
});
