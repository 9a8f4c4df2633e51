import type { UdcCheck, UdcReport } from '@sf/udc';
import { onlyTimedOut } from './release-udc';

const check = (id: string, over: Partial<UdcCheck> = {}): UdcCheck => ({
  id,
  endpoint: `GET /${id}`,
  ok: true,
  status: 200,
  message: 'ok',
  duration_ms: 3,
  ...over,
});
const report = (checks: UdcCheck[]): UdcReport => ({
  url: 'http://127.0.0.1:1',
  ok: checks.every((c) => c.ok),
  udc_version: '1.0',
  checked_at: new Date(0).toISOString(),
  duration_ms: 10,
  checks,
});
const timedOut = { ok: false, status: undefined, message: 'timed out after 3000 ms' };

describe('the UDC check is retried only when it failed by waiting', () => {
  it('retries a report whose every failure is a timeout', () => {
    expect(
      onlyTimedOut(report([check('health'), check('state', timedOut), check('dependencies', timedOut)])),
    ).toBe(true);
  });

  it('does not retry a passing report, a wrong answer, or a wrong answer beside a timeout', () => {
    expect(onlyTimedOut(report([check('health')]))).toBe(false);
    const wrong = check('health', { ok: false, status: 200, message: 'status is "degraded", not active' });
    expect(onlyTimedOut(report([wrong]))).toBe(false);
    expect(onlyTimedOut(report([wrong, check('state', timedOut)]))).toBe(false);
    const refused = check('state', {
      ok: false,
      status: undefined,
      message: 'connect ECONNREFUSED 127.0.0.1:1',
    });
    expect(onlyTimedOut(report([refused]))).toBe(false);
  });
});
