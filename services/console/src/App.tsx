import { useMemo, type ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client';
import { App as AntApp } from 'antd';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { createApolloClient } from './apollo/client';
import { AuthProvider, useAuth } from './auth/AuthProvider';
import { Forbidden, NotFound } from './components/StatusPages';
import { BasicLayout } from './layouts/BasicLayout';
import { LocaleProvider } from './locales';
import { homeOf, routes, type AppRoute } from './routes';

function Apollo({ children }: { children: ReactNode }) {
  const { token, signInAgain } = useAuth();
  const client = useMemo(() => createApolloClient({ token, onUnauthenticated: () => void signInAgain() }), [token, signInAgain]);
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}

function Guarded({ route }: { route: AppRoute }) {
  const { viewer } = useAuth();
  if (!route.roles.includes(viewer.role)) return <Forbidden />;
  const Page = route.component;
  return <Page />;
}

function Home() {
  const { viewer } = useAuth();
  const home = homeOf(viewer.role);
  return home ? <Navigate to={home} replace /> : <Forbidden />;
}

export function App() {
  return (
    <LocaleProvider>
      <AntApp>
        <AuthProvider>
          <Apollo>
            <BrowserRouter>
              <BasicLayout>
                <Routes>
                  <Route path="/" element={<Home />} />
                  {routes.map((route) => (
                    <Route key={route.path} path={route.path} element={<Guarded route={route} />} />
                  ))}
                  <Route path="*" element={<NotFound />} />
                </Routes>
              </BasicLayout>
            </BrowserRouter>
          </Apollo>
        </AuthProvider>
      </AntApp>
    </LocaleProvider>
  );
}
