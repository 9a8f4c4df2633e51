import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { oddJsonValues, servedForSpec, serverErrors } from '../codegen/testing/served-release';
import { seeded } from '../codegen/testing/seeded';
import { runCatalogFunction } from './testing/run-function';

/*
 * Dice and shift hours whose refused values are listed in a line of their own, on bad input. Served as generated:
 * whatever JSON body arrives, the service answers 200 or a 400 naming what is wrong, never a 500, and each listed
 * value is a 400 VALIDATION_FAILED. Property-style on the emitted code: a drawn notation NdS is rolled exactly when
 * 1 ≤ N ≤ 100 and 2 ≤ S ≤ 1000, and a drawn HH:MM end is answered exactly when it is a clock time.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'Roll dice written in dice notation like 3d6 or 2d10+3: answer each die and the sum',
  "Invalid notation (0d6, 3d1, 'd', more than 100 dice) is refused with 400",
  'Given a shift start and end as HH:MM and a break in minutes, return the hours worked',
  'Times that are not valid HH:MM (25:00, 12:60) are refused with 400',
];

const ODD = oddJsonValues('0d6', '3d1', 'd', '101d6', '25:00', '12:60', '24:00', '08:00', '3d6');

const { served, post } = servedForSpec(client, 'listed-svc', FEATURES);

const computations = () => served.contract.endpoints.filter((e) => e.behavior.kind === 'function');

describe('listed refusals served on bad input', () => {
  it('are designed: the roll and the hours worked, each with its listed line', () => {
    expect(
      computations().map((e) => [e.behavior.kind === 'function' && e.behavior.function, e.features.length]),
    ).toEqual([
      ['dice.roll', 2],
      ['time.worked_hours', 2],
    ]);
  });

  it('never answer 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, computations(), ODD, 20261208)).toEqual([]);
  });

  it('refuse each listed value with 400 VALIDATION_FAILED, and answer the ones that are fine', async () => {
    const [roll, shift] = computations().map((e) => e.path);
    const fields = (i: number) => (computations()[i].request.body?.fields ?? []).map((f) => f.name);
    const [notation] = fields(0);
    const [start, end, pause] = fields(1);
    for (const [path, body] of [
      ...['0d6', '3d1', 'd', '101d6'].map((v) => [roll, { [notation]: v }] as const),
      ...['25:00', '12:60'].map((v) => [shift, { [start]: '00:00', [end]: v, [pause]: 0 }] as const),
    ]) {
      const answer = await post(path, body);
      const stable = JSON.stringify(answer.body).includes('VALIDATION_FAILED');
      expect([path, JSON.stringify(body), answer.status, stable]).toEqual([
        path,
        JSON.stringify(body),
        400,
        true,
      ]);
    }
    expect((await post(roll, { [notation]: '100d6' })).status).toBe(200);
    expect((await post(shift, { [start]: '00:00', [end]: '23:59', [pause]: 0 })).status).toBe(200);
  });
});

describe('the roll and the hours worked on drawn input (property)', () => {
  const random = seeded(2026);
  const draw = (n: number) => Math.floor(random() * n);

  it('rolls a drawn NdS exactly when 1 ≤ N ≤ 100 and 2 ≤ S ≤ 1000', () => {
    for (let i = 0; i < 300; i += 1) {
      const [n, s] = [draw(130), draw(1100)];
      const got = runCatalogFunction('dice.roll', { notation: `${n}d${s}`, seed: 1 }, {});
      expect([n, s, got.ok]).toEqual([n, s, n >= 1 && n <= 100 && s >= 2 && s <= 1000]);
    }
  });

  it('answers a drawn HH:MM end exactly when it is a clock time', () => {
    for (let i = 0; i < 300; i += 1) {
      const [h, m] = [draw(30), draw(70)];
      const end = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
      const got = runCatalogFunction(
        'time.worked_hours',
        { start: '00:00', end, break_minutes: 0 },
        { decimals: 2, hours: true },
      );
      expect([end, got.ok]).toEqual([end, h <= 23 && m <= 59]);
    }
  });
});
