import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { describeError, fieldErrors } from '../../apollo/errors';
import { graphql } from '../../gql';
import { useT } from '../../locales';

const PairOptionsQuery = graphql(`
  query PairOptions($districtId: ID!) {
    district(id: $districtId) {
      id
      officials(first: 200) {
        edges {
          node {
            id
            name
            departmentName
          }
        }
      }
    }
  }
`);

const PairOfficialMutation = graphql(`
  mutation PairOfficial($input: PairOfficialInput!) {
    pairOfficial(input: $input) {
      pairing {
        id
        active
      }
      ended {
        id
        endedOn
      }
    }
  }
`);

interface Values {
  officialId: string;
  startedOn?: Dayjs;
  reason?: string;
}

/** 结对 / 更换干部: pair the enterprise with an official; a current pairing ends. */
export function PairModal({ enterpriseId, districtId, currentOfficialId, onClose, onPaired }: { enterpriseId: string; districtId: string; currentOfficialId?: string; onClose: () => void; onPaired: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const options = useQuery(PairOptionsQuery, { variables: { districtId } });
  const [pair, { loading }] = useMutation(PairOfficialMutation);
  const officials = (options.data?.district?.officials.edges ?? []).map((edge) => edge.node).filter((o) => o.id !== currentOfficialId);

  const submit = async (values: Values) => {
    setFailure(null);
    const input = { enterpriseId, officialId: values.officialId, startedOn: values.startedOn?.format('YYYY-MM-DD'), reason: values.reason || undefined };
    const result = await pair({ variables: { input }, errorPolicy: 'all' }).catch((error) => ({ errors: error.graphQLErrors?.length ? error.graphQLErrors : [{ message: '', extensions: { code: 'NETWORK' } }] }));
    if (result.errors?.length) {
      const fields = fieldErrors(result.errors, t);
      form.setFields(Object.entries(fields).map(([name, message]) => ({ name: name as keyof Values, errors: [message] })));
      if (!Object.keys(fields).length) setFailure(describeError(result.errors, t));
      return;
    }
    onPaired();
  };

  return (
    <Modal open title={t('portal.pairTitle')} okText={t('common.submit')} cancelText={t('common.cancel')} confirmLoading={loading} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="officialId" label={t('portal.pair.official')} rules={[{ required: true, message: t('issue.required') }]}>
          <Select showSearch optionFilterProp="label" loading={options.loading} options={officials.map((o) => ({ value: o.id, label: `${o.name}${o.departmentName ? ` · ${o.departmentName}` : ''}` }))} />
        </Form.Item>
        <Form.Item name="startedOn" label={t('portal.pair.startedOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('portal.pair.reason')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
