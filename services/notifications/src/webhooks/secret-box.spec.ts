import { createHmac, randomBytes } from 'node:crypto';
import { newSecret, SecretBox, signature } from './secret-box';

describe('webhook secrets', () => {
  const box = new SecretBox(randomBytes(32).toString('base64'));

  it('round-trips, and the stored form reveals nothing of the secret', () => {
    const secret = newSecret();
    const sealed = box.seal(secret, 'hook-1');
    expect(sealed).not.toContain(secret.slice(6, 20));
    expect(box.open(sealed, 'hook-1')).toBe(secret);
  });

  it('refuses another key, or a box moved to another webhook', () => {
    const sealed = box.seal(newSecret(), 'hook-1');
    expect(() => box.open(sealed, 'hook-2')).toThrow();
    expect(() => new SecretBox(randomBytes(32).toString('base64')).open(sealed, 'hook-1')).toThrow();
  });

  it('signs the body as sha256=<hex HMAC>', () => {
    expect(signature('s', '{"a":1}')).toBe(`sha256=${createHmac('sha256', 's').update('{"a":1}').digest('hex')}`);
  });
});
