import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

export class RefusedAddressError extends Error {
  constructor(readonly address: string, readonly range: string) {
    super(`${address} is a ${range} address: webhooks may not point there`);
    this.name = 'RefusedAddressError';
  }
}

/**
 * Where a webhook may point (SSRF): public unicast addresses only, unless a network is on the
 * allow-list from config. Checked on the resolved addresses, both when a webhook is registered and
 * on every connection (the `lookup` below), so a name that later resolves inward is refused too.
 */
export class UrlGuard {
  private readonly networks: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>;

  constructor(allowedNetworks: readonly string[]) {
    this.networks = allowedNetworks.map((cidr) => ipaddr.parseCIDR(cidr));
  }

  /** Null when the address may be reached, else the name of its range. */
  refusal(address: string): string | null {
    let parsed: ipaddr.IPv4 | ipaddr.IPv6 = ipaddr.parse(address);
    if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
    if (this.networks.some(([network, bits]) => network.kind() === parsed.kind() && parsed.match(network, bits))) return null;
    const range = parsed.range();
    return range === 'unicast' ? null : range;
  }

  /** The host's addresses, all of which must be permitted (throws RefusedAddressError). */
  async resolve(hostname: string): Promise<string[]> {
    const host = hostname.replace(/^\[|\]$/g, '');
    const addresses = net.isIP(host) ? [host] : (await dns.promises.lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
    for (const address of addresses) {
      const range = this.refusal(address);
      if (range) throw new RefusedAddressError(address, range);
    }
    return addresses;
  }

  /** For http.request: resolves as usual, then refuses the connection if any address is not permitted. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as dns.LookupAddress[];
      for (const entry of list) {
        const range = this.refusal(entry.address);
        if (range) return callback(new RefusedAddressError(entry.address, range), '', 0);
      }
      if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      if (!list.length) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, list[0].address, list[0].family);
    });
  };
}
