import { dashboardCsp } from './dashboard-ui';

describe('dashboardCsp', () => {
  it('allows scripts and styles from this origin only, never inline or eval', () => {
    const csp = dashboardCsp('127.0.0.1:8210', 'http://127.0.0.1:8211');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('lets the page call its own origin (HTTP and WebSocket) and the executor', () => {
    expect(dashboardCsp('localhost:8210', 'http://exec.internal:8211')).toContain(
      "connect-src 'self' ws://localhost:8210 wss://localhost:8210 http://exec.internal:8211",
    );
    expect(dashboardCsp('localhost:8210', null)).toContain(
      "connect-src 'self' ws://localhost:8210 wss://localhost:8210;",
    );
  });

  it('never echoes a Host header that could inject a directive', () => {
    const csp = dashboardCsp("evil; script-src 'unsafe-inline'", null);
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
  });
});
