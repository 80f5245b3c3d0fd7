import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Button, Result, Spin } from 'antd';
import type { User, UserManager } from 'oidc-client-ts';
import { loadConfig } from '../config';
import { useT } from '../locales';
import { CALLBACK_PATH, createUserManager, viewerOf, type Viewer } from './session';

interface AuthValue {
  viewer: Viewer;
  /** The current access token (renewed silently with the refresh token). */
  token: () => Promise<string | null>;
  signOut: () => Promise<void>;
  /** The session is no longer accepted: sign in again, coming back to this page. */
  signInAgain: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

type State = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; user: User };

const returnTo = () => `${window.location.pathname}${window.location.search}`;

async function establish(manager: UserManager): Promise<User | null> {
  if (window.location.pathname === CALLBACK_PATH) {
    const user = await manager.signinRedirectCallback();
    const target = typeof user.state === 'string' && user.state.startsWith('/') ? user.state : '/';
    window.history.replaceState(null, '', target);
    return user;
  }
  const stored = await manager.getUser();
  if (stored && !stored.expired) return stored;
  if (stored?.refresh_token) {
    try {
      return await manager.signinSilent();
    } catch {
      // The refresh token is no longer good: a fresh sign-in below.
    }
  }
  await manager.signinRedirect({ state: returnTo() });
  return null;
}

/** Signs the person in (code flow with PKCE) before anything else renders. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [manager, setManager] = useState<UserManager | null>(null);
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    loadConfig()
      .then(async (config) => {
        const created = createUserManager(config);
        setManager(created);
        created.events.addUserLoaded((user) => {
          if (!cancelled) setState({ kind: "ready", user });
        });
        const user = await establish(created);
        if (!cancelled && user) setState({ kind: 'ready', user });
      })
      .catch(() => !cancelled && setState({ kind: 'failed' }));
    return () => {
      cancelled = true;
    };
  }, []);

  // What reads the session is made once per manager: a silent renewal (a new user, the same person)
  // then changes nothing downstream, so the console keeps its Apollo client, its cache and its
  // live sockets instead of building new ones and fetching every page again.
  const actions = useMemo(() => {
    if (!manager) return null;
    return {
      token: async () => (await manager.getUser())?.access_token ?? null,
      signOut: async () => {
        const user = await manager.getUser();
        await manager.removeUser();
        await manager.signoutRedirect({ id_token_hint: user?.id_token }).catch(() => window.location.assign('/'));
      },
      signInAgain: async () => {
        await manager.removeUser();
        await manager.signinRedirect({ state: returnTo() });
      },
    };
  }, [manager]);
  // The viewer changes with what the claims say, not with each renewed token.
  const viewerKey = state.kind === 'ready' ? JSON.stringify(viewerOf(state.user)) : null;
  const viewer = useMemo(() => (viewerKey ? (JSON.parse(viewerKey) as Viewer) : null), [viewerKey]);
  const value = useMemo<AuthValue | null>(() => (actions && viewer ? { viewer, ...actions } : null), [actions, viewer]);

  if (state.kind === 'failed') {
    return (
      <Result
        status="warning"
        title={t('auth.signInFailed')}
        extra={<Button type="primary" onClick={() => window.location.assign('/')}>{t('auth.retry')}</Button>}
      />
    );
  }
  if (!value) {
    return (
      <div style={{ display: 'flex', height: '100vh', alignItems: 'center', justifyContent: 'center' }}>
        <Spin size="large" description={t("auth.signingIn")}>
          <div style={{ width: 200, height: 80 }} />
        </Spin>
      </div>
    );
  }
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
