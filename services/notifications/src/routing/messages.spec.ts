import { reminderMessage } from './messages';

describe("the officials' reminders in Chinese", () => {
  it('names the month, the minimum and the visits made to each enterprise short of it', () => {
    const message = reminderMessage('visit.minimum_reminded', {
      reminderId: 'r1',
      districtId: 'CB',
      officialId: 'CB-O0001',
      period: '2026-12',
      minimum: 2,
      enterprises: [{ enterpriseId: 'CB-E0017', name: '西安秦灞半导体股份有限公司', visits: 1 }],
    });
    expect(message.title).toBe('走访提醒：2026年12月走访尚未达到 2 次');
    expect(message.body).toContain('西安秦灞半导体股份有限公司（已走访 1 次）');
  });

  it('gives the report’s last day (the day before the moment it falls late), in Asia/Shanghai', () => {
    const message = reminderMessage('report.due_reminded', {
      reminderId: 'r2',
      districtId: 'CB',
      officialId: 'CB-O0001',
      period: '2026-12',
      dueAt: '2027-01-05T16:00:00.000Z',
      enterprises: [{ enterpriseId: 'CB-E0017', name: '西安秦灞半导体股份有限公司' }],
    });
    expect(message.title).toBe('月报提醒：2026年12月月报将于 2027/1/5 截止');
    expect(message.body).toContain('西安秦灞半导体股份有限公司在2026年12月的进展和运行情况');
  });
});
