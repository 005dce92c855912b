import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeText, normaliseCharset } from './decode-charset.js';

const RUSSIAN =
  'Городской совет утвердил новый бюджет библиотеки во вторник. Депутаты сказали, что деньги пойдут на книги и ремонт зданий.';
const FRENCH =
  "Le conseil municipal a approuvé mardi le budget de la bibliothèque. « C'est une très bonne journée », a déclaré la maire.";
const JAPANESE =
  '市議会は火曜日、図書館の新しい予算を承認した。議員たちは、資金は本の購入と建物の修理に使われると述べた。市長は記者会見で、この決定を歓迎すると語った。';

test('follows the HTTP header charset (windows-1251)', () => {
  const bytes = iconv.encode(`<p>${RUSSIAN}</p>`, 'windows-1251');
  const decoded = decodeText(bytes, { declaredCharset: 'windows-1251', readsMarkupDeclaration: true });
  assert.equal(decoded.text, `<p>${RUSSIAN}</p>`);
  assert.equal(decoded.charset, 'windows-1251');
  assert.deepEqual(decoded.warnings, []);
});

test('follows <meta charset> and http-equiv in the first 2 KB', () => {
  const page = `<html><head><meta charset="iso-8859-1"><title>x</title></head><body><p>${FRENCH}</p></body></html>`;
  assert.ok(decodeText(iconv.encode(page, 'latin1'), { readsMarkupDeclaration: true }).text.includes(FRENCH));
  const equiv = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>${RUSSIAN}</body></html>`;
  assert.ok(decodeText(iconv.encode(equiv, 'windows-1251'), { readsMarkupDeclaration: true }).text.includes(RUSSIAN));
});

test('the HTTP header wins over the meta tag; a BOM wins over both', () => {
  const page = `<meta charset="utf-8"><p>${RUSSIAN}</p>`;
  const bytes = iconv.encode(page, 'windows-1251');
  assert.ok(
    decodeText(bytes, { declaredCharset: 'windows-1251', readsMarkupDeclaration: true }).text.includes(RUSSIAN),
  );
  const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<p>${FRENCH}</p>`)]);
  const decoded = decodeText(withBom, { declaredCharset: 'iso-8859-1' });
  assert.equal(decoded.text, `<p>${FRENCH}</p>`);
});

test('detects undeclared Shift_JIS, windows-1251 and UTF-8', () => {
  assert.equal(decodeText(iconv.encode(`<p>${JAPANESE}</p>`, 'shift_jis')).text, `<p>${JAPANESE}</p>`);
  assert.equal(decodeText(iconv.encode(RUSSIAN, 'windows-1251')).text, RUSSIAN);
  assert.equal(decodeText(Buffer.from(FRENCH)).charset, 'utf-8');
});

test('an unknown declared charset falls back to detection with a warning, not a crash', () => {
  const bytes = iconv.encode(`<meta charset="x-martian"><p>${RUSSIAN}</p>`, 'windows-1251');
  const decoded = decodeText(bytes, { readsMarkupDeclaration: true });
  assert.ok(decoded.text.includes(RUSSIAN));
  assert.equal(decoded.warnings.length, 1);
  assert.match(decoded.warnings[0] ?? '', /unknown character set "x-martian"/);
});

test('a page that claims UTF-8 but is not is detected instead, with a warning', () => {
  const bytes = iconv.encode(`<meta charset="utf-8"><p>${FRENCH}</p>`, 'latin1');
  const decoded = decodeText(bytes, { readsMarkupDeclaration: true });
  assert.ok(decoded.text.includes(FRENCH));
  assert.match(decoded.warnings[0] ?? '', /not valid UTF-8/);
});

test('normalises labels the way browsers do', () => {
  assert.equal(normaliseCharset('ISO-8859-1'), 'windows-1252');
  assert.equal(normaliseCharset('"UTF8"'), 'utf-8');
  assert.equal(normaliseCharset('utf-16', true), 'utf-8');
  assert.equal(normaliseCharset('Shift_JIS'), 'shift_jis');
  assert.equal(normaliseCharset('x-nonsense'), undefined);
});

test('plain UTF-8 text with a stray bad byte stays UTF-8, the byte replaced and named in a warning', () => {
  const good = Buffer.from('Le café du port rouvre lundi, a dit la mairie. ');
  const bytes = Buffer.concat([good, Buffer.from([0xe9]), Buffer.from(' Les dégâts sont réparés.\n')]);
  const decoded = decodeText(bytes);
  assert.equal(decoded.charset, 'utf-8');
  assert.equal(decoded.text, 'Le café du port rouvre lundi, a dit la mairie. \uFFFD Les dégâts sont réparés.\n');
  assert.deepEqual(decoded.warnings, [
    `is not valid UTF-8: 1 invalid byte (the first at byte ${good.length}) replaced with U+FFFD; the rest read as UTF-8`,
  ]);
});

test('plain text with no UTF-8 in it is detected as a legacy charset, and says so', () => {
  const decoded = decodeText(iconv.encode(`${FRENCH}\n`, 'latin1'));
  assert.equal(decoded.text, `${FRENCH}\n`);
  assert.equal(decoded.charset, 'windows-1252');
  assert.deepEqual(decoded.warnings, [
    'is not UTF-8: read as windows-1252 (detected); save it as UTF-8 to be sure it reads right',
  ]);
});
