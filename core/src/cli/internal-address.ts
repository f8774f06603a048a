import { BlockList, isIP } from 'node:net';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';

/**
 * Addresses a redirect must never lead `cpd score URL` to (issue 20): this computer (loopback), the
 * local network (private ranges, CGNAT), link-local (cloud metadata at 169.254.169.254), unspecified,
 * multicast and reserved, and IPv4 addresses written as IPv6 (`::ffff:…`), so a page on the internet
 * cannot use the CLI to reach the school's internal services.
 */
const blocked = new BlockList();
for (const [net, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) blocked.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) blocked.addSubnet(net, bits, 'ipv6');

/** Whether an IP address (v4 or v6, brackets allowed) is loopback, private, link-local or otherwise not on the internet. */
export function isInternalAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 4) return blocked.check(bare, 'ipv4');
  // IPv4 written as IPv6 (::ffff:a.b.c.d): not checked as a subnet, which BlockList would apply to every IPv4 address too
  if (family === 6) return /^::ffff:/i.test(bare) || blocked.check(bare, 'ipv6');
  return false;
}

/** Whether a host name is one that only ever means this computer ("localhost" and its subdomains). */
export const isLocalName = (host: string): boolean => /(^|\.)localhost\.?$/i.test(host);

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A DNS lookup for `http.request` that refuses to connect to an internal address, checked on the
 * address actually connected to, so a name that resolves (or re-resolves) to one is refused too.
 */
export function publicOnlyLookup(hostname: string, options: object, callback: LookupCallback): void {
  dnsLookup(hostname, options, (error, address, family) => {
    if (error) return callback(error, '');
    const all = Array.isArray(address) ? address : [{ address, family: family ?? 4 }];
    const inside = all.find((a) => isInternalAddress(a.address));
    if (inside) return callback(Object.assign(new Error(`${hostname} is an address inside this computer or network`), { code: 'CPD_INTERNAL' }), '');
    callback(null, address, family);
  });
}
