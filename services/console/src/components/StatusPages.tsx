import { Component, type ReactNode } from 'react';
import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../locales';

/** A page the role may not see says so, instead of half-loading. */
export function Forbidden() {
  const t = useT();
  return <Result status="403" title={t('page.forbidden.title')} subTitle={t('page.forbidden.text')} extra={<Link to="/"><Button type="primary">{t('page.backHome')}</Button></Link>} />;
}

/** Missing, or another tenant's: the same to the person looking. */
export function NotFound() {
  const t = useT();
  return <Result status="404" title={t('page.notFound.title')} subTitle={t('page.notFound.text')} extra={<Link to="/"><Button type="primary">{t('page.backHome')}</Button></Link>} />;
}

function PageFailed({ message }: { message: string }) {
  const t = useT();
  return (
    <Result
      status="error"
      title={t('page.failed.title')}
      subTitle={t('page.failed.text')}
      extra={<Button type="primary" onClick={() => window.location.reload()}>{t('common.reload')}</Button>}
    >
      <code>{message}</code>
    </Result>
  );
}

/**
 * A page that throws while rendering says so inside the layout, instead of React unmounting the
 * whole console to a blank screen (its menu and sign-out with it). Keyed by the path, so another
 * page renders again. React still logs the error to the console.
 */
export class PageBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    return this.state.error ? <PageFailed message={this.state.error.message} /> : this.props.children;
  }
}
