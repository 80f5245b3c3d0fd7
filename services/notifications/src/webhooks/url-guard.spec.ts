import { UrlGuard } from './url-guard';

describe('webhook address guard', () => {
  const strict = new UrlGuard([]);
  const loopbackAllowed = new UrlGuard(['127.0.0.0/8', '::1/128']);

  it('refuses private, loopback, link-local and mapped forms of them', () => {
    for (const address of ['10.0.0.1', '169.254.169.254', '127.0.0.1', '192.168.1.5', '172.16.0.1', '::1', 'fe80::1', 'fd00::1', '::ffff:10.0.0.1', '0.0.0.0', '100.64.0.1']) {
      expect(strict.refusal(address)).not.toBeNull();
    }
  });

  it('permits public addresses, and the allow-list only what it names', () => {
    expect(strict.refusal('93.184.216.34')).toBeNull();
    expect(strict.refusal('2606:2800:220:1::1')).toBeNull();
    expect(loopbackAllowed.refusal('127.0.0.1')).toBeNull();
    expect(loopbackAllowed.refusal('::1')).toBeNull();
    expect(loopbackAllowed.refusal('10.0.0.1')).toBe('private');
    expect(loopbackAllowed.refusal('169.254.169.254')).toBe('linkLocal');
  });

  it('checks what a name resolves to, not the name', async () => {
    await expect(strict.resolve('localhost')).rejects.toThrow(/loopback/);
    await expect(loopbackAllowed.resolve('localhost')).resolves.toEqual(expect.arrayContaining([expect.stringMatching(/^(127\.0\.0\.1|::1)$/)]));
  });
});
