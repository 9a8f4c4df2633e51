import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort } from '@sf/platform';
import {
  createKey,
  request,
  startTestPipeline,
  TEST_ADMIN_KEY,
  waitForStatus,
  type TestPipeline,
} from '../support/harness';

/**
 * The web dashboard in a real browser (Debian's chromium, never a download) against both services: login and
 * its failures, submit through the form to `deployed` live, approve with the button, a 409 shown in words, a
 * viewer without buttons, hostile intent text that never runs, axe-core on every page, and screenshots of each
 * page in test-results/ (git-ignored).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(__dirname, '..', '..', 'test-results');
const LONG = 60_000;

let stack: TestPipeline;
let browser: Browser;
let ui: string;
let viewerKey: string;

beforeAll(async () => {
  const factoryPort = await freePort();
  const executorPort = await freePort();
  stack = await startTestPipeline('dashboard-ui', {
    FACTORY_PORT: String(factoryPort),
    EXECUTOR_PORT: String(executorPort),
    EXECUTOR_PUBLIC_URL: `http://127.0.0.1:${executorPort}`,
    CORS_ORIGINS: `http://127.0.0.1:${factoryPort}`,
    LOG_LEVEL: 'warn',
  });
  ui = `${stack.factory.url}/ui/`;
  viewerKey = (await createKey(stack.factory.url, 'ui-viewer', 'viewer')).authorization.slice(
    'Bearer '.length,
  );
  await mkdir(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, LONG);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** A page that fails the test on any script error and records every console message. */
async function newPage(width = 1280): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { context, page, errors };
}

async function signIn(page: Page, key: string): Promise<void> {
  await page.goto(ui);
  await page.getByLabel('API key or token').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `dashboard-${name}.png`), fullPage: true });
}

/** axe-core in the page (evaluated through the devtools protocol, which the CSP does not govern). */
async function axeViolations(page: Page): Promise<string[]> {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  // Expressions as strings: they run in the page, whose DOM types this Node-typed project does not load.
  const result = await page.evaluate<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>(
    "axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })",
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} node(s))`);
}

function submitBody(
  name: string,
  port: number,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    service_name: name,
    service_type: 'domain',
    priority: 'high',
    purpose: 'Say hello to whoever asks',
    key_features: ['GET /hello endpoint'],
    dependencies: [],
    port,
    ...overrides,
  };
}

describe('signing in', () => {
  it('a wrong key keeps the login with a reason; a revoked key sends the user back to the login, never a blank page', async () => {
    const { context, page, errors } = await newPage();
    await page.goto(ui);
    await shot(page, 'login');
    await page.getByLabel('API key or token').fill('sfk_000000000000_not-a-real-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'refused' }).waitFor();

    const temp = await request<{ key: string; id: string }>(stack.factory.url, 'POST', '/api/admin/keys', {
      name: 'ui-temp',
      role: 'viewer',
    });
    await signIn(page, temp.body.key);
    expect((await request(stack.factory.url, 'DELETE', `/api/admin/keys/${temp.body.id}`)).status).toBe(204);
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByText('Sign in again').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('as an admin', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ context, page, errors } = await newPage());
    await signIn(page, TEST_ADMIN_KEY);
  });

  afterAll(() => context.close());

  it('submits through the form (field errors from the API first) and watches the intent reach deployed live', async () => {
    await page.getByRole('link', { name: 'Submit' }).click();
    await page.getByLabel('Service name').waitFor();
    await page.getByLabel('Service name').fill('Not Kebab');
    await page.getByLabel('Service type').selectOption('domain');
    await page.getByLabel('Purpose').fill('Say hello to whoever asks');
    await page.getByLabel('Key features (one per line)').fill('GET /hello endpoint');
    await page.getByLabel('Port').fill('70000');
    await page.getByRole('button', { name: 'Submit intent' }).click();
    const problems = page.locator('.field-error');
    await problems.first().waitFor();
    expect(await page.locator('#f-service_name-err').textContent()).toContain('kebab-case');
    expect(await page.locator('#f-port-err').textContent()).toMatch(/65535|<=/);
    await shot(page, 'submit-errors');

    await page.getByLabel('Service name').fill('ui-hello');
    await page.getByLabel('Port').fill(String(await freePort()));
    await page.getByRole('button', { name: 'Submit intent' }).click();
    await page.getByRole('heading', { name: /ui-hello/ }).waitFor();
    await page.locator('h1 .badge', { hasText: 'deployed' }).waitFor({ timeout: LONG });
    // Live: the timeline came from the stream, every event once.
    await page.locator('[data-testid=timeline] li', { hasText: 'deployed' }).first().waitFor();
    const log = await page.locator('[data-testid=event-log] li').allTextContents();
    expect(new Set(log).size).toBe(log.length);
    await page.locator('[data-testid=build-phases]').waitFor();
    await page.locator('[data-testid=udc-checks] li').first().waitFor();
    await shot(page, 'intent-deployed');

    // The Services page shows the deployment's isolation label as the deployments API reports it.
    const deployment = await request(stack.executor.url, 'GET', '/deployments/ui-hello');
    await page.goto(`${ui}#/services`);
    const label = page.locator('section', { hasText: 'ui-hello' }).getByTestId('isolation');
    await label.waitFor();
    expect(await label.textContent()).toBe(deployment.body.isolation.label);
    expect(['isolated', 'unisolated']).toContain(deployment.body.isolation.label);
    // ...and where its release is in git: the tag the deployed ref names.
    const tag = deployment.body.git.deployed.tag as string;
    const git = page.locator('section', { hasText: 'ui-hello' }).getByTestId('git');
    await git.filter({ hasText: tag }).waitFor();
    expect(await git.textContent()).toContain(deployment.body.git.repository as string);
    expect(errors).toEqual([]);
  });

  it('approves a checkpoints intent with the button (SPEC, then deploy), and shows a 409 in words', async () => {
    const port = await freePort();
    const res = await request(
      stack.factory.url,
      'POST',
      '/intents/submit',
      submitBody('ui-checkpoint', port, { approval_mode: 'checkpoints' }),
    );
    const id = res.body.intent_id as string;
    await waitForStatus(stack.factory.url, id, 'awaiting_spec_approval');

    // A second intent for the same service while this one waits: the API says 409, the form says why.
    await page.goto(`${ui}#/submit`);
    await page.getByRole('button', { name: 'Fill in an example' }).click();
    await page.getByLabel('Service name').fill('ui-checkpoint');
    await page.getByRole('button', { name: 'Submit intent' }).click();
    const refusal = page.getByTestId('submit-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('409 INTENT_IN_FLIGHT');
    await shot(page, 'submit-409');

    await page.goto(`${ui}#/intents/${id}`);
    await page.getByRole('button', { name: 'Approve SPEC' }).click();
    await page.getByRole('button', { name: 'Approve deploy' }).click({ timeout: LONG });
    await page.locator('h1 .badge', { hasText: 'deployed' }).waitFor({ timeout: LONG });
    const status = await request(stack.factory.url, 'GET', `/intents/${id}/status`);
    expect(status.body.approvals.map((a: { action: string }) => a.action)).toEqual(['approve', 'approve']);
    expect(errors).toEqual([]);
  });

  it('shows each page, keyboard-usable and without serious or critical axe violations, at laptop and phone widths', async () => {
    const found: Record<string, string[]> = {};
    // Each page with what shows it has loaded its data.
    for (const [name, hash, heading, loaded] of [
      ['overview', '#/', 'Overview', '.stat'],
      ['submit', '#/submit', 'Submit an intent', '#f-service_name'],
      ['services', '#/services', 'Services', '[data-testid=isolation]'],
      ['costs', '#/costs', 'Costs', '.facts dd'],
    ]) {
      await page.goto(`${ui}${hash}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.locator(loaded).first().waitFor();
      await shot(page, name);
      found[name] = await axeViolations(page);
    }
    const recent = await request(stack.factory.url, 'GET', '/intents?limit=1');
    await page.goto(`${ui}#/intents/${recent.body.items[0].intent_id}`);
    await page.locator('[data-testid=timeline] li').first().waitFor();
    found.intent = await axeViolations(page);

    // Keyboard: Tab reaches the navigation and Enter follows it.
    await page.goto(`${ui}#/`);
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    let focused: string | null = null;
    for (let i = 0; i < 10 && focused !== 'Submit'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate<string | null>('document.activeElement?.textContent ?? null');
    }
    expect(focused).toBe('Submit');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Submit an intent', level: 1 }).waitFor();

    const phone = await newPage(390);
    await signIn(phone.page, TEST_ADMIN_KEY);
    await shot(phone.page, 'overview-phone');
    await phone.page.goto(`${ui}#/intents/${recent.body.items[0].intent_id}`);
    await phone.page.locator('[data-testid=timeline] li').first().waitFor();
    await shot(phone.page, 'intent-phone');
    found['intent-phone'] = await axeViolations(phone.page);
    const width = await phone.page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    await phone.context.close();

    expect(found).toEqual({
      overview: [],
      submit: [],
      services: [],
      costs: [],
      intent: [],
      'intent-phone': [],
    });
  });
});

describe('as a viewer', () => {
  it('sees a waiting intent without approve, reject or cancel buttons', async () => {
    const res = await request(
      stack.factory.url,
      'POST',
      '/intents/submit',
      submitBody('ui-viewer-wait', await freePort(), { approval_mode: 'checkpoints' }),
    );
    const id = res.body.intent_id as string;
    await waitForStatus(stack.factory.url, id, 'awaiting_spec_approval');
    const { context, page, errors } = await newPage();
    await signIn(page, viewerKey);
    await page.goto(`${ui}#/intents/${id}`);
    await page.locator('h1 .badge', { hasText: 'awaiting spec approval' }).waitFor();
    await page.locator('[data-testid=fidelity] li').first().waitFor();
    expect(await page.getByRole('button', { name: /Approve|Reject|Cancel/ }).count()).toBe(0);
    await shot(page, 'intent-viewer');
    expect(errors).toEqual([]);
    await context.close();
    await request(stack.factory.url, 'POST', `/intents/${id}/cancel`, {});
  });
});

describe('hostile intent text', () => {
  it('is shown as text on every page and runs no script', async () => {
    const hostile = {
      purpose:
        'Greets people <script>window.__xss = "script"</script> <img src=x onerror="window.__xss = \'img\'"> <b>bold?</b>',
      key_features: [
        'GET /hello endpoint',
        '[click me](javascript:window.__xss="link") and <a href="javascript:window.__xss=1">raw link</a>',
        '<svg onload="window.__xss=\'svg\'"></svg><iframe src="javascript:alert(1)"></iframe>',
      ],
    };
    const res = await request(
      stack.factory.url,
      'POST',
      '/intents/submit',
      submitBody('ui-hostile', await freePort(), hostile),
    );
    expect(res.status).toBe(202);
    const id = res.body.intent_id as string;
    const { context, page, errors } = await newPage();
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await signIn(page, TEST_ADMIN_KEY);
    await page.goto(`${ui}#/intents/${id}`);
    await page.getByTestId('purpose').waitFor();
    await page.getByText('SPEC document').click();
    await page.locator('[data-testid=timeline] li').first().waitFor();
    for (const [hash, loaded] of [
      ['#/', '.stat'],
      ['#/costs', '.facts dd'],
      ['#/services', 'h1'],
      [`#/intents/${id}`, '[data-testid=timeline] li'],
    ]) {
      await page.goto(`${ui}${hash}`);
      await page.locator(loaded).first().waitFor();
    }
    await page.getByTestId('purpose').waitFor();
    expect(await page.getByTestId('purpose').textContent()).toBe(hostile.purpose);
    expect(await page.getByTestId('features').textContent()).toContain('<svg onload=');
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(await page.locator('main img, main svg[onload], main iframe, main script').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    await shot(page, 'intent-hostile');
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});
