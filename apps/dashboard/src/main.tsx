import { render, type VNode } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Api, loadUiConfig, signIn, type Session, type UiConfig } from './api';
import { CostsPage } from './pages/costs';
import { IntentPage } from './pages/intent';
import { OverviewPage } from './pages/overview';
import { ServicesPage } from './pages/services';
import { SubmitPage } from './pages/submit';
import { Ctx, toApiError } from './ui';
import './styles.css';

const TOKEN_KEY = 'sf.dashboard.token';

/** The hash route: `#/`, `#/submit`, `#/intents/<id>`, `#/services`, `#/costs`. */
function useRoute(): string {
  const read = () => window.location.hash.replace(/^#/, '') || '/';
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const on = () => setRoute(read());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

function Login({
  onSignedIn,
  api,
  notice,
}: {
  onSignedIn: (s: Session) => void;
  api: Api;
  notice: string | null;
}): VNode {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn(api, token.trim()));
    } catch (err) {
      const a = toApiError(err);
      setError(
        a.status === 401 ? 'That credential was refused: it is wrong, revoked or expired.' : a.readable,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="login" id="main">
      <h1>Sovereign Factory</h1>
      <form onSubmit={(e) => void submit(e)} class="card">
        <h2>Sign in</h2>
        {notice ? (
          <p class="notice" role="status">
            {notice}
          </p>
        ) : null}
        <label for="token">API key or token</label>
        <input
          id="token"
          name="token"
          type="password"
          autoComplete="current-password"
          required
          value={token}
          onInput={(e) => setToken((e.target as HTMLInputElement).value)}
        />
        <p class="hint">
          An API key (<code>sfk_…</code>) or a JWT. Locally, the first start writes an admin key to{' '}
          <code>.data/credentials/admin.key</code>.
        </p>
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={busy || token.trim() === ''}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

const NAV = [
  { to: '/', label: 'Overview' },
  { to: '/submit', label: 'Submit' },
  { to: '/services', label: 'Services' },
  { to: '/costs', label: 'Costs' },
];

function Page({ route }: { route: string }): VNode {
  const intent = /^\/intents\/([^/?#]+)$/.exec(route);
  if (intent) return <IntentPage id={decodeURIComponent(intent[1])} />;
  switch (route) {
    case '/submit':
      return <SubmitPage />;
    case '/services':
      return <ServicesPage />;
    case '/costs':
      return <CostsPage />;
    case '/':
      return <OverviewPage />;
    default:
      return (
        <p role="alert">
          No page here. <a href="#/">Overview</a>
        </p>
      );
  }
}

function App({ config }: { config: UiConfig }): VNode {
  const route = useRoute();
  const api = useMemo(() => new Api(config, sessionStorage.getItem(TOKEN_KEY)), [config]);
  const [session, setSession] = useState<Session | null>(null);
  const [checking, setChecking] = useState(api.credential !== null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    api.onUnauthorized(() => {
      sessionStorage.removeItem(TOKEN_KEY);
      api.setToken(null);
      setSession((s) => {
        if (s)
          setNotice('Your session ended: the credential was refused (expired or revoked). Sign in again.');
        return null;
      });
    });
    const saved = api.credential;
    if (!saved) return;
    signIn(api, saved).then(
      (s) => {
        setSession(s);
        setChecking(false);
      },
      () => {
        setNotice('Your saved credential was refused (expired or revoked). Sign in again.');
        setChecking(false);
      },
    );
  }, [api]);

  if (checking) return <p role="status">Checking your credential…</p>;
  if (!session) {
    return (
      <Login
        api={api}
        notice={notice}
        onSignedIn={(s) => {
          sessionStorage.setItem(TOKEN_KEY, s.token);
          setNotice(null);
          setSession(s);
        }}
      />
    );
  }
  const signOut = () => {
    sessionStorage.removeItem(TOKEN_KEY);
    api.setToken(null);
    setNotice('Signed out.');
    setSession(null);
  };
  const section = route.startsWith('/intents/') ? '/' : route;
  return (
    <Ctx.Provider value={{ api, session }}>
      <a
        class="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header class="top">
        <span class="brand">Sovereign Factory</span>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.to}>
                <a href={`#${n.to}`} aria-current={section === n.to ? 'page' : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <span class="who">
          {session.name} <span class="badge neutral">{session.role ?? 'no role'}</span>
          <button type="button" class="link" onClick={signOut}>
            Sign out
          </button>
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </Ctx.Provider>
  );
}

void loadUiConfig().then((config) => {
  const root = document.getElementById('app');
  if (root) render(<App config={config} />, root);
});
