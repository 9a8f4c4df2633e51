import type { HealthCheckBehavior } from '@sf/service-spec';
import { prop, str } from './code-text';

/**
 * The body of a `health_check` handler: every registered target called at once with a GET bounded by the
 * timeout (the setting, else the contract's number), redirects not followed, the body never read; each target
 * reported up (2xx/3xx) or down (an error status, a refused connection, no answer in time) with its latency.
 */
export function healthCheckLines(b: HealthCheckBehavior, store: string): string[] {
  const setting = `ctx.settings${prop(b.timeout_config)}`;
  return [
    `const configured = Number(${setting});`,
    `const timeoutMs = Number.isInteger(configured) && configured > 0 ? configured : ${b.timeout_ms};`,
    `const targets = await Promise.all(${store}.all().map(async (target) => {`,
    '  const started = performance.now();',
    '  const report = (up: boolean, statusCode: number | null, error: string | null) => ({',
    '    id: target.id,',
    `    name: target${prop(b.name_field)},`,
    `    url: target${prop(b.url_field)},`,
    "    status: up ? 'up' : 'down',",
    '    status_code: statusCode,',
    '    latency_ms: Math.round(performance.now() - started),',
    '    error,',
    '  });',
    '  try {',
    `    const res = await fetch(String(target${prop(b.url_field)}), { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });`,
    '    // Only the status matters: the body is dropped so a large or endless one costs nothing.',
    '    await res.body?.cancel();',
    '    const up = res.status >= 200 && res.status < 400;',
    "    return report(up, res.status, up ? null : 'http_' + String(res.status));",
    '  } catch (error) {',
    '    const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;',
    "    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return report(false, null, 'timeout');",
    "    return report(false, null, cause?.code === 'ECONNREFUSED' ? 'refused' : 'unreachable');",
    '  }',
    '}));',
    'const down = targets.filter((target) => target.status === ' + str('down') + ').length;',
    "return { status: 200, body: { status: down === 0 ? 'up' : 'degraded', checked: targets.length, up: targets.length - down, down, targets } };",
  ];
}
