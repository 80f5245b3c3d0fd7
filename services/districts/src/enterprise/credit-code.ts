/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character
 * set (digits and capitals without I, O, S, V, Z). Positions: 1 registration authority, 2 entity
 * type, 3-8 administrative division, 9-17 organisation code, 18 a check character over the first 17.
 */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const PATTERN = /^[0-9A-HJ-NP-RTUWXY]{18}$/;

/** The check character for the first 17 characters; throws on anything outside the charset. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error('A credit code body has 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]);
    if (value < 0) throw new Error(`"${first17[i]}" is not a credit code character`);
    sum += value * WEIGHTS[i];
  }
  const check = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET[check === 31 ? 0 : check];
}

/** Why a string is not a valid credit code, or null when it is one. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return 'A unified social credit code has 18 characters';
  if (!PATTERN.test(code)) return 'A unified social credit code uses digits and capitals other than I, O, S, V and Z';
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return 'The check character of the unified social credit code is wrong';
  return null;
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}
