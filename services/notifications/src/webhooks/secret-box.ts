import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Webhook secrets at rest: AES-256-GCM under a key from config (NOTIFICATIONS_SECRET_KEY), so a
 * reader of the database alone cannot sign a delivery. Stored as `v1.<iv>.<tag>.<ciphertext>`
 * (base64url); the webhook's id is bound in as associated data, so a box cannot be moved to another.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(base64Key: string) {
    this.key = Buffer.from(base64Key, 'base64');
    if (this.key.length !== 32) throw new Error('NOTIFICATIONS_SECRET_KEY must be 32 bytes');
  }

  seal(secret: string, webhookId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(webhookId));
    const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), data].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  open(box: string, webhookId: string): string {
    const [version, iv, tag, data] = box.split('.');
    if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(webhookId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }
}

/** A new webhook secret, shown to the office once. */
export const newSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

/** `sha256=<hex HMAC-SHA256 of the body with the secret>`: the X-Qinshang-Signature header. */
export const signature = (secret: string, body: string) => `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;

/** The associated data that binds a sealed webhook URL (a robot's access token is in it) to its webhook. */
export const urlAad = (webhookId: string) => `${webhookId}#url`;
