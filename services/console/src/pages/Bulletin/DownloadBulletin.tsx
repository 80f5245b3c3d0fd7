import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useAuth } from '../../auth/AuthProvider';
import { useLocale } from '../../locales';
import type { Scope } from './Tables';

/** The bulletin as .xlsx (`/exports/bulletin.xlsx`): fetched with the bearer token, saved under the server's file name. */
export function DownloadBulletin({ scope, disabled }: { scope: Scope; disabled?: boolean }) {
  const { t } = useLocale();
  const { token } = useAuth();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const params = new URLSearchParams({ period: scope.period });
      if (scope.districtId) params.set('districtId', scope.districtId);
      if (scope.yearToDate) params.set('yearToDate', 'true');
      const response = await fetch(`/exports/bulletin.xlsx?${params.toString()}`, { headers: { authorization: `Bearer ${(await token()) ?? ''}` } });
      if (!response.ok) throw new Error(String(response.status));
      const disposition = response.headers.get('content-disposition') ?? '';
      const name = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
      const url = URL.createObjectURL(await response.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = name ? decodeURIComponent(name) : `简报-${scope.period}.xlsx`;
      a.click();
      URL.revokeObjectURL(url);
    } catch {
      void message.error(t('error.INTERNAL_SERVER_ERROR'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} onClick={() => void download()} loading={busy} disabled={disabled}>
      {t('bulletin.download')}
    </Button>
  );
}
