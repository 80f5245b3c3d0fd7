import { lockSeconds } from './lockout';
import { passwordProblem } from './passwords';

const policy = { threshold: 10, baseSeconds: 60, maxSeconds: 3600 };

describe('lockSeconds', () => {
  it('does not lock below the threshold', () => {
    expect(lockSeconds(9, policy)).toBe(0);
  });
  it('locks at the threshold and doubles with each failure after it, up to the maximum', () => {
    expect([10, 11, 12, 15, 40].map((n) => lockSeconds(n, policy))).toEqual([60, 120, 240, 1920, 3600]);
  });
});

describe('passwordProblem', () => {
  it.each([
    ['short', 'Ab1!'],
    ['only two kinds', 'abcdefghij1234'],
    ['the username in it', 'Xx-city-office-1'],
  ])('refuses %s', (_name, password) => {
    expect(passwordProblem(password, 'city-office')).not.toBeNull();
  });
  it('accepts a long password of three kinds', () => {
    expect(passwordProblem('Correct-horse-7', 'city-office')).toBeNull();
  });
});
