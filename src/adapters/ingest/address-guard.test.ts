import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAddressPolicy } from './address-guard.js';

test('refuses every non-public IPv4 range by default, naming the kind and the flag', () => {
  const policy = createAddressPolicy();
  const cases: [string, string][] = [
    ['127.0.0.1', 'loopback'],
    ['10.0.0.5', 'private'],
    ['172.16.4.1', 'private'],
    ['192.168.1.10', 'private'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['169.254.169.254', 'cloud metadata'],
    ['169.254.10.1', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
  ];
  for (const [address, kind] of cases) {
    const reason = policy(address);
    assert.ok(reason?.includes(kind), `${address}: ${reason}`);
    assert.ok(reason?.includes('--allow-private-addresses'));
  }
  assert.equal(policy('10.0.0.5'), '10.0.0.5 is a private address (pass --allow-private-addresses to allow it)');
});

test('refuses non-public IPv6, including IPv4 hidden inside mapped and NAT64 forms', () => {
  const policy = createAddressPolicy();
  for (const address of [
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:10.0.0.1',
    '::ffff:127.0.0.1',
    '64:ff9b::a00:1',
    '2002:a00:1::1',
  ]) {
    assert.ok(policy(address), `${address} should be refused`);
  }
  assert.equal(policy('2606:4700::1111'), undefined);
});

test('allows public addresses', () => {
  const policy = createAddressPolicy();
  for (const address of ['93.184.216.34', '8.8.8.8', '1.1.1.1', '::ffff:8.8.8.8'])
    assert.equal(policy(address), undefined);
});

test('allowPrivateAddresses allows everything; allowedAddresses allows only what it lists', () => {
  assert.equal(createAddressPolicy({ allowPrivateAddresses: true })('127.0.0.1'), undefined);
  const narrow = createAddressPolicy({ allowedAddresses: ['127.0.0.1', '192.168.5.0/24'] });
  assert.equal(narrow('127.0.0.1'), undefined);
  assert.equal(narrow('::ffff:127.0.0.1'), undefined);
  assert.equal(narrow('192.168.5.77'), undefined);
  assert.ok(narrow('127.0.0.2'));
  assert.ok(narrow('10.0.0.5'));
  assert.ok(narrow('169.254.169.254'));
});

test('something that is not an IP address is refused', () => {
  assert.ok(createAddressPolicy()('not-an-ip')?.includes('not an IP address'));
});
