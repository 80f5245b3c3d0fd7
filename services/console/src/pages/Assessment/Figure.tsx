import type { ReactNode } from 'react';
import { Card, Statistic } from 'antd';

/** One figure of an assessment; pressing it opens the records it was computed from. */
export function Figure({ title, value, detail, onOpen, active, danger }: { title: string; value: ReactNode; detail?: ReactNode; onOpen?: () => void; active?: boolean; danger?: boolean }) {
  const body = (
    <Card size="small" hoverable={Boolean(onOpen)} style={{ height: '100%', borderColor: active ? '#b71c1c' : undefined }}>
      <Statistic title={title} value={value as string} valueStyle={danger ? { color: '#b71c1c' } : undefined} />
      {detail && <div style={{ color: 'rgba(0,0,0,0.55)', fontSize: 12 }}>{detail}</div>}
    </Card>
  );
  if (!onOpen) return body;
  return (
    <button type="button" onClick={onOpen} aria-pressed={active} aria-label={title} style={{ all: 'unset', display: 'block', cursor: 'pointer', height: '100%', width: '100%' }}>
      {body}
    </button>
  );
}
