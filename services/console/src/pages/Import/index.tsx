import { useRef, useState } from 'react';
import { useMutation } from '@apollo/client';
import { Alert, Button, Card, Checkbox, Result, Space, Table, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { describeError } from '../../apollo/errors';
import { useAuth } from '../../auth/AuthProvider';
import { graphql } from '../../gql';
import type { ImportEnterprisesMutation, ImportFormat } from '../../gql/graphql';
import { useT } from '../../locales';

const ImportEnterprisesMutationDoc = graphql(`
  mutation ImportEnterprises($input: ImportEnterprisesInput!) {
    importEnterprises(input: $input) {
      accepted
      dryRun
      rowCount
      imported
      summary
      rejected {
        row
        column
        field
        reason
      }
    }
  }
`);

type Outcome = ImportEnterprisesMutation['importEnterprises'];

function base64Of(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** 批量导入: a CSV or .xlsx list, checked first (dry run), imported whole or not at all. */
export default function Import() {
  const t = useT();
  const { viewer } = useAuth();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; format: ImportFormat; content: string } | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [send, { loading }] = useMutation(ImportEnterprisesMutationDoc);

  const choose = async (chosen: File | undefined) => {
    setOutcome(null);
    setFailure(null);
    if (!chosen) return;
    const format: ImportFormat | null = /\.csv$/i.test(chosen.name) ? 'CSV' : /\.xlsx$/i.test(chosen.name) ? 'XLSX' : null;
    if (!format) {
      setFile(null);
      setFailure(t('portal.import.badFile'));
      return;
    }
    setFile({ name: chosen.name, format, content: base64Of(await chosen.arrayBuffer()) });
  };

  const run = async (asDryRun: boolean) => {
    if (!file) return;
    setFailure(null);
    const result = await send({ variables: { input: { districtId: viewer.districtId ?? '', format: file.format, contentBase64: file.content, dryRun: asDryRun } }, errorPolicy: 'all' })
      .catch((error) => ({ data: undefined, errors: error.graphQLErrors?.length ? error.graphQLErrors : [{ message: '', extensions: { code: 'NETWORK' } }] }));
    if (result.errors?.length || !result.data) {
      setOutcome(null);
      setFailure(describeError(result.errors ?? [], t));
      return;
    }
    setOutcome(result.data.importEnterprises);
  };

  return (
    <Card title={t('portal.import.title')} style={{ maxWidth: 960 }}>
      <Typography.Paragraph type="secondary">{t('portal.import.hint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <input ref={input} id="import-file" type="file" accept=".csv,.xlsx" hidden onChange={(e) => void choose(e.target.files?.[0])} aria-label={t('portal.import.file')} />
        <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>{t('portal.import.file')}</Button>
        {file && <span>{t('portal.import.chosen', { name: file.name })}</span>}
        <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)}>{t('portal.import.dryRun')}</Checkbox>
        <Button type="primary" disabled={!file} loading={loading} onClick={() => void run(dryRun)}>{dryRun ? t('portal.import.dryRun') : t('portal.import.commit')}</Button>
      </Space>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
      {outcome && (
        <div role="region" aria-label={outcome.summary}>
          {outcome.accepted ? (
            <Result
              status="success"
              title={outcome.dryRun ? t('portal.import.accepted', { count: outcome.rowCount }) : t('portal.import.imported', { count: outcome.imported })}
              subTitle={outcome.summary}
              extra={outcome.dryRun ? <Button type="primary" loading={loading} onClick={() => void run(false)}>{t('portal.import.commit')}</Button> : undefined}
            />
          ) : (
            <>
              <Alert type="error" showIcon role="alert" title={t('portal.import.rejectedTitle', { count: outcome.rejected.length })} description={`${t('portal.import.rows', { count: outcome.rowCount })} · ${outcome.summary}`} style={{ marginBottom: 12 }} />
              <Table
                size="small"
                rowKey={(r) => `${r.row}-${r.column ?? ''}-${r.reason}`}
                pagination={false}
                aria-label={t('portal.import.rejectedTitle', { count: outcome.rejected.length })}
                dataSource={outcome.rejected}
                columns={[
                  { key: 'row', title: t('portal.import.col.row'), dataIndex: 'row', width: 80 },
                  { key: 'column', title: t('portal.import.col.column'), render: (_, r) => r.column ?? '—', width: 180 },
                  { key: 'reason', title: t('portal.import.col.reason'), dataIndex: 'reason' },
                ]}
              />
            </>
          )}
        </div>
      )}
    </Card>
  );
}
