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

  it('shows a sentence it does not know as the service wrote it', () => {
    expect(localMessage('Something new the service says', t)).toBe('Something new the service says');
  });
});
