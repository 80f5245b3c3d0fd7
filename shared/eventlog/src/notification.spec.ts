import { concerns, noticeTypes, parseNotice } from './notification';

describe('the event log notice', () => {
  it('carries the position and the distinct types of a commit', () => {
    const payload = `1234 ${noticeTypes(['issue.raised', 'issue.assigned', 'issue.raised'])}`;
    expect(payload).toBe('1234 issue.raised,issue.assigned');
    expect(parseNotice(payload)).toEqual({ position: 1234n, types: ['issue.raised', 'issue.assigned'] });
  });

  it('reads a position-only payload (written before the types) as naming no types', () => {
    expect(parseNotice('77')).toEqual({ position: 77n, types: null });
    expect(concerns(parseNotice('77'), ['issue.escalated'])).toBe(true);
  });

  it('wakes on anything it does not understand', () => {
    for (const payload of ['', undefined, 'garbage', '12 types with spaces', '-1 x']) {
      expect(parseNotice(payload)).toEqual({ position: null, types: null });
      expect(concerns(parseNotice(payload), ['issue.escalated'])).toBe(true);
    }
  });

  it('lets a follower of some types sleep through commits of others only', () => {
    const raised = parseNotice('9 issue.raised');
    expect(concerns(raised, ['issue.escalated'])).toBe(false);
    expect(concerns(raised, ['issue.escalated', 'issue.raised'])).toBe(true);
    expect(concerns(parseNotice('10 visit.recorded,issue.escalated'), ['issue.escalated'])).toBe(true);
    expect(concerns(raised, undefined)).toBe(true);
    expect(concerns(raised, [])).toBe(true);
  });
});
