/**
 * @module address-guard
 * Decides whether the fetcher may connect to an IP address (SSRF guard): loopback, private,
 * link-local, multicast and reserved addresses are refused unless explicitly allowed.
 */
import ipaddr from 'ipaddr.js';

/** Returns why an address is refused, or undefined when it may be used. */
export type AddressPolicy = (address: string) => string | undefined;

export interface AddressPolicyOptions {
  /** Allow every address (the CLI's --allow-private-addresses). */
  allowPrivateAddresses?: boolean;
  /** Addresses or CIDR ranges allowed even though they are not public (a narrow test seam). */
  allowedAddresses?: readonly string[];
}

const IPV4_RANGE_NAMES: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address',
  carrierGradeNat: 'a private (carrier-grade NAT) address',
  private: 'a private address',
  reserved: 'a reserved address',
  as112: 'a reserved address',
  amt: 'a reserved address',
};

const IPV6_RANGE_NAMES: Record<string, string> = {
  unspecified: 'an unspecified address',
  linkLocal: 'a link-local address',
  multicast: 'a multicast address',
  loopback: 'a loopback address',
  uniqueLocal: 'a private (unique local) address',
  deprecatedSiteLocal: 'a private (site-local) address',
};

const HINT = '(pass --allow-private-addresses to allow it)';

/** Builds the policy the fetcher checks every connected address against. */
export function createAddressPolicy(options: AddressPolicyOptions = {}): AddressPolicy {
  if (options.allowPrivateAddresses) return () => undefined;
  const allowed = (options.allowedAddresses ?? []).map(parseRange);
  return (address) => {
    const parsed = parseAddress(address);
    if (!parsed) return `${address} is not an IP address`;
    if (allowed.some((range) => matches(parsed, range))) return undefined;
    const kind = describeNonPublic(parsed);
    return kind ? `${address} is ${kind} ${HINT}` : undefined;
  };
}

/** Names the kind of a non-public address, or undefined for an ordinary public unicast one. */
export function describeNonPublic(address: ipaddr.IPv4 | ipaddr.IPv6): string | undefined {
  if (address.kind() === 'ipv4') {
    const v4 = address as ipaddr.IPv4;
    if (v4.toString() === '169.254.169.254') return 'a link-local address (cloud metadata service)';
    const range = v4.range();
    return range === 'unicast' ? undefined : (IPV4_RANGE_NAMES[range] ?? 'a reserved address');
  }
  const v6 = address as ipaddr.IPv6;
  const range = v6.range();
  // IPv6 forms that carry an IPv4 address inside are judged by that IPv4 address.
  const embedded = embeddedIpv4(v6, range);
  if (embedded) return describeNonPublic(embedded);
  if (range !== 'unicast') return IPV6_RANGE_NAMES[range] ?? 'a reserved address';
  // ipaddr.js calls "unicast" whatever it has no name for, including the deprecated IPv4-compatible
  // ::/96 (URL parsing turns `[::127.0.0.1]` into ::7f00:1) and the rest of ::/8. Public IPv6
  // unicast is allocated from 2000::/3 only.
  if (isIpv4Compatible(v6))
    return `an IPv4-compatible address (deprecated, standing for ${fromWords(v6.parts[6] ?? 0, v6.parts[7] ?? 0).toString()})`;
  return v6.match(GLOBAL_UNICAST) ? undefined : 'a reserved address';
}

const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3') as [ipaddr.IPv6, number];

function isIpv4Compatible(address: ipaddr.IPv6): boolean {
  return address.parts.slice(0, 6).every((part) => part === 0);
}

function fromWords(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

function embeddedIpv4(address: ipaddr.IPv6, range: string): ipaddr.IPv4 | undefined {
  const parts = address.parts;
  if (range === 'ipv4Mapped' || range === 'rfc6145' || range === 'rfc6052') {
    return fromWords(parts[6] ?? 0, parts[7] ?? 0);
  }
  if (range === '6to4') return fromWords(parts[1] ?? 0, parts[2] ?? 0);
  return undefined;
}

function parseAddress(address: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  return ipaddr.isValid(bare) ? ipaddr.parse(bare) : undefined;
}

function parseRange(text: string): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  if (text.includes('/')) return ipaddr.parseCIDR(text);
  const address = ipaddr.parse(text);
  return [address, address.kind() === 'ipv4' ? 32 : 128];
}

function matches(address: ipaddr.IPv4 | ipaddr.IPv6, [base, bits]: [ipaddr.IPv4 | ipaddr.IPv6, number]): boolean {
  let candidate = address;
  if (candidate.kind() === 'ipv6' && (candidate as ipaddr.IPv6).isIPv4MappedAddress() && base.kind() === 'ipv4') {
    candidate = (candidate as ipaddr.IPv6).toIPv4Address();
  }
  return candidate.kind() === base.kind() && candidate.match(base, bits);
}

/** True when a URL host is an IP literal (Node skips DNS lookup for those, so they are checked up front). */
export function isIpLiteral(hostname: string): boolean {
  return ipaddr.isValid(hostname.replace(/^\[|\]$/g, ''));
}
