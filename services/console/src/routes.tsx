import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role } from './auth/session';
import type { MessageKey } from './locales';

export interface AppRoute {
  path: string;
  component: LazyExoticComponent<ComponentType>;
  roles: Role[];
  /** Shown in the menu under this label. */
  menu?: { label: MessageKey; icon: 'dashboard' | 'enterprises' | 'ledger' | 'import' | 'offices' | 'inspections' | 'assessment' | 'commendations' | 'rules' | 'bulletin' };
}

/** The one route table: what each role may open, and what the menu shows it. */
export const routes: AppRoute[] = [
  { path: '/dashboard', component: lazy(() => import('./pages/Dashboard')), roles: ['CITY_ADMIN', 'INSPECTOR'], menu: { label: 'menu.dashboard', icon: 'dashboard' } },
  { path: '/enterprises', component: lazy(() => import('./pages/Enterprises')), roles: ['DISTRICT_ADMIN'], menu: { label: 'menu.enterprises', icon: 'enterprises' } },
  { path: '/enterprises/new', component: lazy(() => import('./pages/Enterprises/EnterpriseFormPage')), roles: ['DISTRICT_ADMIN'] },
  { path: '/enterprises/:id/edit', component: lazy(() => import('./pages/Enterprises/EnterpriseFormPage')), roles: ['DISTRICT_ADMIN'] },
  { path: '/enterprises/:id', component: lazy(() => import('./pages/Enterprise')), roles: ['DISTRICT_ADMIN', 'CITY_ADMIN'] },
  { path: '/ledger', component: lazy(() => import('./pages/Ledger')), roles: ['DISTRICT_ADMIN'], menu: { label: 'menu.ledger', icon: 'ledger' } },
  { path: '/issues/:id', component: lazy(() => import('./pages/Issue')), roles: ['DISTRICT_ADMIN', 'CITY_ADMIN', 'INSPECTOR'] },
  { path: '/bulletin', component: lazy(() => import('./pages/Bulletin')), roles: ['CITY_ADMIN', 'INSPECTOR', 'DISTRICT_ADMIN'], menu: { label: 'menu.bulletin', icon: 'bulletin' } },
  { path: '/bulletin/records', component: lazy(() => import('./pages/Bulletin/Records')), roles: ['CITY_ADMIN', 'INSPECTOR', 'DISTRICT_ADMIN'] },
  { path: '/import', component: lazy(() => import('./pages/Import')), roles: ['DISTRICT_ADMIN'], menu: { label: 'menu.import', icon: 'import' } },
  // The leading-group offices, the inspectors and the assessment.
  { path: '/offices', component: lazy(() => import('./pages/Offices')), roles: ['DISTRICT_ADMIN', 'CITY_ADMIN'], menu: { label: 'menu.offices', icon: 'offices' } },
  { path: '/inspections', component: lazy(() => import('./pages/Inspector')), roles: ['INSPECTOR', 'CITY_ADMIN', 'DISTRICT_ADMIN'], menu: { label: 'menu.inspections', icon: 'inspections' } },
  { path: '/inspections/new', component: lazy(() => import('./pages/Inspector/InspectionForm')), roles: ['INSPECTOR', 'CITY_ADMIN'] },
  { path: '/assessment', component: lazy(() => import('./pages/Assessment')), roles: ['CITY_ADMIN', 'INSPECTOR', 'DISTRICT_ADMIN'], menu: { label: 'menu.assessment', icon: 'assessment' } },
  { path: '/assessment/officials/:id', component: lazy(() => import('./pages/Assessment/Scorecard')), roles: ['CITY_ADMIN', 'INSPECTOR', 'DISTRICT_ADMIN', 'OFFICIAL'] },
  { path: '/commendations', component: lazy(() => import('./pages/Assessment/Commendations')), roles: ['CITY_ADMIN', 'INSPECTOR'], menu: { label: 'menu.commendations', icon: 'commendations' } },
  { path: '/rules', component: lazy(() => import('./pages/Rules')), roles: ['CITY_ADMIN'], menu: { label: 'menu.rules', icon: 'rules' } },
];

/** Where each role lands after signing in. */
export function homeOf(role: Role): string | null {
  if (role === 'CITY_ADMIN' || role === 'INSPECTOR') return '/dashboard';
  if (role === 'DISTRICT_ADMIN') return '/enterprises';
  return null;
}
