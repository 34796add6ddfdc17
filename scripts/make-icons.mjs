// Draws the toolbar and store icons: a soft teal circle holding a lighter one, like a breath. node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 128];
const SAMPLES = 8;

const OUTER_TOP = [111, 179, 162];
const OUTER_BOTTOM = [54, 128, 112];
const INNER = [228, 243, 237];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const mix = (a, b, amount) => a.map((value, index) => value + (b[index] - value) * amount);

/** Colour and coverage of one pixel, averaged over sub-pixel samples of the nested circles. */
function pixel(x, y, size) {
  const centre = size / 2;
  const outer = size * 0.47;
  // At 16 px the middle ring would blur into the rest, so the mark keeps two circles there.
  const middle = size <= 16 ? 0 : size * 0.34;
  const inner = size * (size <= 16 ? 0.22 : 0.19);
  const shade = mix(OUTER_TOP, OUTER_BOTTOM, (x + y) / (2 * size));
  const ring = mix(shade, INNER, 0.3);
  const sum = [0, 0, 0];
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const distance = Math.hypot(x + (sx + 0.5) / SAMPLES - centre, y + (sy + 0.5) / SAMPLES - centre);
      if (distance > outer) continue;
      const colour = distance <= inner ? INNER : distance <= middle ? ring : shade;
      for (let channel = 0; channel < 3; channel++) sum[channel] += colour[channel];
      hits++;
    }
  }
  if (hits === 0) return [0, 0, 0, 0];
  return [...sum.map((value) => Math.round(value / hits)), Math.round((hits / (SAMPLES * SAMPLES)) * 255)];
}

for (const size of SIZES) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) rgba.set(pixel(x, y, size), (y * size + x) * 4);
  }
  const file = new URL(`../icons/icon-${size}.png`, import.meta.url);
  writeFileSync(file, png(size, rgba));
  console.log(`icons/icon-${size}.png`);
}
