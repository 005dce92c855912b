/**
 * @module sha256
 * SHA-256 as base64, pure, so the report's Content-Security-Policy can pin its own inline style and script.
 */

// Round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
const ROUND_CONSTANTS = firstPrimes(64).map((p) => (Math.pow(p, 1 / 3) * 2 ** 32) >>> 0);
const INITIAL_HASH = firstPrimes(8).map((p) => (Math.sqrt(p) * 2 ** 32) >>> 0);

export function sha256Base64(input: string): string {
  const bytes = new TextEncoder().encode(input);
  const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bytes.length / 2 ** 29));
  view.setUint32(padded.length - 4, (bytes.length * 8) >>> 0);

  const hash = Uint32Array.from(INITIAL_HASH);
  const words = new Uint32Array(64);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) words[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const w15 = words[i - 15]!;
      const w2 = words[i - 2]!;
      const s0 = rotate(w15, 7) ^ rotate(w15, 18) ^ (w15 >>> 3);
      const s1 = rotate(w2, 17) ^ rotate(w2, 19) ^ (w2 >>> 10);
      words[i] = (words[i - 16]! + s0 + words[i - 7]! + s1) >>> 0;
    }
    const v = Array.from(hash);
    for (let i = 0; i < 64; i++) {
      const [a, b, c, d, e, f, g, h] = v as [number, number, number, number, number, number, number, number];
      const t1 =
        h + (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) + ((e & f) ^ (~e & g)) + ROUND_CONSTANTS[i]! + words[i]!;
      const t2 = (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      v.pop();
      v.unshift((t1 + t2) >>> 0);
      v[4] = (d + t1) >>> 0;
    }
    v.forEach((value, i) => (hash[i] = (hash[i]! + value) >>> 0));
  }
  const digest = new Uint8Array(32);
  const out = new DataView(digest.buffer);
  hash.forEach((value, i) => out.setUint32(i * 4, value));
  return btoa(String.fromCharCode(...digest));
}

function rotate(value: number, bits: number): number {
  return (value >>> bits) | (value << (32 - bits));
}

function firstPrimes(count: number): number[] {
  const primes: number[] = [];
  for (let n = 2; primes.length < count; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
  return primes;
}
