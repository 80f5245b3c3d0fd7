import type { ApolloError } from '@apollo/client';
import { Alert, Button } from 'antd';
import type { GraphQLFormattedError } from 'graphql';
import { describeError, primaryCode } from '../apollo/errors';
import { useT } from '../locales';
import { NotFound } from './StatusPages';

/** One way to show a failed read or write: by its code, with a reload where that helps. */
export function ErrorAlert({ error, onReload }: { error: ApolloError | readonly GraphQLFormattedError[]; onReload?: () => void }) {
  const t = useT();
  const code = primaryCode(error);
  if (code === 'NOT_FOUND') return <NotFound />;
  return (
    <Alert
      type={code === 'CONFLICT' ? 'warning' : 'error'}
      showIcon
      role="alert"
      title={describeError(error, t)}
      action={onReload ? <Button size="small" onClick={onReload}>{t('common.reload')}</Button> : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
