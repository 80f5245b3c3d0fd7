import { createHash } from 'node:crypto';

/**
 * A UUID (version 5 layout) named by `name`: generated records get the same ids on every run, so
 * the same seed gives the same rows and the same events, and re-running inserts nothing new.
 */
export function uuidFor(name: string): string {
  const hex = createHash('sha1').update(`qinshang:history:${name}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
