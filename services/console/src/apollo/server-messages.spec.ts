import zhCN from '../locales/zh-CN';
import type { MessageKey, Translate } from '../locales';
import { localMessage } from './server-messages';

const t: Translate = (key: MessageKey, values = {}) => zhCN[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

describe("the services' refusals in Chinese", () => {
  it('says a listed sentence in Chinese, with the values it carries', () => {
    expect(localMessage('A visit cannot be recorded for a day in the future', t)).toBe('不能登记今天以后的走访');
    expect(localMessage("The current pairing started on 2026-11-03: a visit before it is not this official's", t)).toBe('当前结对始于 2026-11-03，此前的走访不属于本干部');
    expect(localMessage('A milestone cannot fall after the due date', t)).toBe('节点计划完成日期不能晚于问题的办结时限');
    expect(localMessage('input.reason may not contain a NUL character', t)).toBe('含有不能保存的字符');
  });

  it("says class-validator's length, size and range refusals in Chinese, with their bound", () => {
    expect(localMessage('title must be shorter than or equal to 200 characters', t)).toBe('不能超过 200 个字');
    expect(localMessage('title must be longer than or equal to 2 characters', t)).toBe('至少需要 2 个字');
    expect(localMessage('points must not be less than 0.01', t)).toBe('不能小于 0.01');
    expect(localMessage('findings must contain no more than 100 elements', t)).toBe('不能超过 100 项');
  });

  it('shows a sentence it does not know as the service wrote it', () => {
    expect(localMessage('Something new the service says', t)).toBe('Something new the service says');
  });
});
