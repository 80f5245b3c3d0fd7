import { useState } from 'react';
import { Button, Space, message } from 'antd';
import { useAuth } from '../auth/AuthProvider';
import { useLocale } from '../locales';

type Format = 'xlsx' | 'csv';

/** The file name the server chose (RFC 5987 `filename*`), else `<name>.<format>`. */
function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      /* fall through */
    }
  }
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/**
 * 下载 Excel / CSV for a list page: fetches `/exports/<name>.xlsx|csv` with the page's filters and
 * the bearer token (the gateway's origin, so no CORS), and saves the file under the server's name.
 * The file holds exactly what the caller may see, as the list does (row-level security decides).
 */
export function ExportButtons({ name, params }: { name: string; params: Record<string, string | number | boolean | null | undefined> }) {
  const { t } = useLocale();
  const { token } = useAuth();
  const [busy, setBusy] = useState<Format | null>(null);
  const save = async (format: Format) => {
    setBusy(format);
    try {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
      const bearer = await token();
      const search = query.toString();
      const response = await fetch(`/exports/${name}.${format}${search ? `?${search}` : ''}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { errors?: Array<{ message: string }> } | null;
        throw new Error(body?.errors?.[0]?.message ?? `HTTP ${response.status}`);
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileNameOf(response.headers.get('content-disposition'), `${name}.${format}`);
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      void message.error(t('export.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space>
      <Button onClick={() => void save('xlsx')} loading={busy === 'xlsx'} disabled={busy !== null}>{t('export.excel')}</Button>
      <Button onClick={() => void save('csv')} loading={busy === 'csv'} disabled={busy !== null}>{t('export.csv')}</Button>
    </Space>
  );
}
