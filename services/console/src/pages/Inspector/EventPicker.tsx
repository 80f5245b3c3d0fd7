import { useQuery } from '@apollo/client';
import { Select } from 'antd';
import { formatDateTime } from '../../components/format';
import { graphql } from '../../gql';
import { useLocale, type MessageKey } from '../../locales';

/** A problem's ledger events, by its ledger number, for a finding to cite. */
const CitableEventsQuery = graphql(`
  query CitableEvents($ledgerNo: String!) {
    issueByLedgerNo(ledgerNo: $ledgerNo) {
      id
      ledgerNo
      title
      districtId
      history {
        position
        type
        at
        note
        toStatus
      }
    }
  }
`);

export const LEDGER_NO = /^\d{6}-\d{4}-\d{6}$/;

/** The label of a ledger event type, e.g. issue.returned → 退单. */
export function eventLabel(t: (key: MessageKey) => string, type: string): string {
  const label = t(`event.${type}` as MessageKey);
  return label === `event.${type}` ? type : label;
}

/**
 * Picks one event of the problem whose ledger number is typed beside it: the value is the event's
 * position in the log, what a finding cites.
 */
export function EventPicker({ id, ledgerNo, value, onChange }: { id?: string; ledgerNo?: string; value?: string; onChange?: (value: string | undefined) => void }) {
  const { t, locale } = useLocale();
  const wanted = ledgerNo?.trim() ?? '';
  const { data, loading } = useQuery(CitableEventsQuery, { variables: { ledgerNo: wanted }, skip: !LEDGER_NO.test(wanted) });
  const issue = LEDGER_NO.test(wanted) ? data?.issueByLedgerNo : null;
  return (
    <Select
      id={id}
      allowClear
      value={value}
      onChange={onChange}
      loading={loading}
      disabled={!issue}
      placeholder={issue ? t('inspector.pickEvent') : t('inspector.ledgerFirst')}
      notFoundContent={t('common.empty')}
      options={(issue?.history ?? []).map((event) => ({
        value: event.position,
        label: `${formatDateTime(event.at, locale)} · ${eventLabel(t, event.type)}${event.note ? ` · ${event.note}` : ''}`,
      }))}
    />
  );
}
