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
