import { Link } from 'react-router-dom';
import { useT } from '../../locales';
import { eventLabel } from './EventPicker';

/** Where a problem page shows one of its events (the timeline's anchor). */
export const eventHref = (issueId: string, position: string) => `/issues/${issueId}#event-${position}`;

/** The ledger event a finding cites, as a link to it on the problem's timeline. */
export function CitedEvent({ issueId, eventType, position }: { issueId?: string | null; eventType?: string | null; position?: string | null }) {
  const t = useT();
  if (!position) return null;
  const text = t('inspector.citedEventLink', { event: eventType ? eventLabel(t, eventType) : t('inspector.event'), position });
  return issueId ? <Link to={eventHref(issueId, position)}>{text}</Link> : <span>{text}</span>;
}
