import { CREDIT_CODE_CHARSET, creditCodeCheckChar, creditCodeProblem, isValidCreditCode } from './credit-code';

describe('unified social credit codes (GB 32100-2015)', () => {
  // Published codes of real companies, and the standard's own worked example.
  it.each([
    ['9144030071526726XG', '深圳市腾讯计算机系统有限公司'],
    ['91330100716105852F', '阿里巴巴(中国)有限公司'],
    ['91110108551385082Q', '小米科技有限责任公司'],
    ['91350100M000100Y43', 'the worked example'],
  ])('accepts %s (%s)', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('computes the check character from the first 17', () => {
    expect(creditCodeCheckChar('9144030071526726X')).toBe('G');
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('maps a remainder of 0 to the check character 0 (31 is not a character)', () => {
    // Seventeen zeros weigh nothing: 31 - 0 = 31, which wraps to 0.
    expect(creditCodeCheckChar('0'.repeat(17))).toBe('0');
  });

  it('refuses a wrong check character', () => {
    expect(creditCodeProblem('9144030071526726XH')).toMatch(/check character/);
  });

  it.each([
    ['too short', '9144030071526726X'],
    ['too long', '9144030071526726XGG'],
    ['empty', ''],
  ])('refuses a code that is %s', (_name, code) => {
    expect(creditCodeProblem(code)).toMatch(/18 characters/);
  });

  it.each(['I', 'O', 'S', 'V', 'Z', 'a', '-'])('refuses the character %s', (char) => {
    expect(isValidCreditCode(`91440300715267${char}6XG`)).toBe(false);
  });

  it('uses a 31-character set', () => {
    expect(CREDIT_CODE_CHARSET).toHaveLength(31);
    expect(() => creditCodeCheckChar('I'.repeat(17))).toThrow(/not a credit code character/);
  });

  it('catches every single-character substitution of a valid code', () => {
    const code = '91330100716105852F';
    for (let i = 0; i < 18; i++) {
      for (const char of CREDIT_CODE_CHARSET) {
        if (char === code[i]) continue;
        expect(isValidCreditCode(code.slice(0, i) + char + code.slice(i + 1))).toBe(false);
      }
    }
  });
});
