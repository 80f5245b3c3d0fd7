import { Suspense, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { Button, Grid, Layout, Menu, Space, Spin, Typography } from 'antd';
import { AlertOutlined, AuditOutlined, BarChartOutlined, FileSearchOutlined, FileTextOutlined, GlobalOutlined, IdcardOutlined, InboxOutlined, LogoutOutlined, OrderedListOutlined, ProfileOutlined, SettingOutlined, ShopOutlined, TrophyOutlined, UploadOutlined } from '@ant-design/icons';
import { useAuth } from '../auth/AuthProvider';
import { PageBoundary } from '../components/StatusPages';
import { useLocale } from '../locales';
import { routes, type AppRoute } from '../routes';

const icons: Record<NonNullable<AppRoute['menu']>['icon'], ReactNode> = {
  dashboard: <BarChartOutlined />,
  enterprises: <ShopOutlined />,
  ledger: <FileSearchOutlined />,
  import: <UploadOutlined />,
  official: <IdcardOutlined />,
  inbox: <InboxOutlined />,
  enterpriseHome: <ProfileOutlined />,
  offices: <AlertOutlined />,
  inspections: <AuditOutlined />,
  assessment: <OrderedListOutlined />,
  commendations: <TrophyOutlined />,
  rules: <SettingOutlined />,
  bulletin: <FileTextOutlined />,
};

/** The layout, decided once: menu by role, header with who is signed in, language and sign-out. */
export function BasicLayout({ children }: { children: ReactNode }) {
  const { viewer, signOut } = useAuth();
  const { t, locale, setLocale } = useLocale();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  const [collapsed, setCollapsed] = useState(narrow);
  const items = routes
    .filter((route) => route.menu && route.roles.includes(viewer.role))
    .map((route) => ({ key: route.path, icon: icons[route.menu!.icon], label: <Link to={route.path}>{t(route.menu!.label)}</Link> }));
  const selected = items.filter((item) => location.pathname.startsWith(item.key)).map((item) => item.key);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        breakpoint="md"
        collapsedWidth={narrow ? 0 : 64}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={200}
        theme="dark"
        // At phone width the menu's trigger sits in the header's empty left corner, not over the page.
        zeroWidthTriggerStyle={{ top: 12 }}
      >
        <div style={{ color: '#fff', padding: '16px', fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden' }}>{collapsed ? '亲商' : t('app.title')}</div>
        <nav>
          <Menu theme="dark" mode="inline" selectedKeys={selected} items={items} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 16px', display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 8, borderBottom: '1px solid #f0f0f0' }}>
          <Space size={narrow ? 4 : 12} wrap={false}>
            <Typography.Text strong={!narrow} ellipsis style={{ maxWidth: narrow ? 120 : 320, display: 'inline-block', lineHeight: '32px', verticalAlign: 'middle' }}>
              {viewer.name}
              {!narrow && ` · ${t(`role.${viewer.role}`)}`}
            </Typography.Text>
            <Button icon={<GlobalOutlined />} onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')} lang={locale === 'zh-CN' ? 'en' : 'zh-CN'}>
              {t('header.language')}
            </Button>
            <Button icon={<LogoutOutlined />} onClick={() => void signOut()} aria-label={t('header.signOut')}>
              {narrow ? null : t('header.signOut')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: narrow ? 8 : 16 }}>
          {/* antd renders the content as the page's <main>. */}
          <PageBoundary key={location.pathname}>
            <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>{children}</Suspense>
          </PageBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
