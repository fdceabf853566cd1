// Small baselines: a screenshot is stored as an 8-bit palette PNG when it has at most 256 colours, which text on a
// few flat colours nearly has. Anti-aliased text gives a few hundred shades, so the colours are first rounded
// (posterised) by the fewest low bits per channel that bring them to 256: rounding by 1 or 2 bits, a step of 2 or 4
// in 255, no eye sees. Screenshots are rounded the same way before they are compared, so the comparison is exact on
// the rounded colours. A screenshot that still has more than 256 colours at 3 bits is stored as plain RGB.
import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';

const MAX_ROUNDING_BITS = 3;

/** Rounds `png` (pngjs RGBA, alpha ignored) in place by the fewest bits that leave at most 256 colours. */
export function posterise(png) {
  const original = Buffer.from(png.data);
  for (let bits = 0; bits <= MAX_ROUNDING_BITS; bits += 1) {
    const mask = (0xff << bits) & 0xff;
    const colours = new Set();
    for (let i = 0; i < original.length; i += 4) {
      png.data[i] = original[i] & mask;
      png.data[i + 1] = original[i + 1] & mask;
      png.data[i + 2] = original[i + 2] & mask;
      png.data[i + 3] = 255;
      if (colours.size <= 256) colours.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
    }
    if (colours.size <= 256) return png;
  }
  return png;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes a posterised pngjs image: a palette PNG when it has at most 256 colours, else RGB, best compression. */
export function encode(png) {
  const index = new Map();
  const pixels = Buffer.alloc((png.width + 1) * png.height);
  for (let y = 0, i = 0; y < png.height; y += 1) {
    pixels[y * (png.width + 1)] = 0;
    for (let x = 0; x < png.width; x += 1, i += 4) {
      const key = (png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2];
      if (!index.has(key)) index.set(key, index.size);
      if (index.size > 256) return PNG.sync.write(png, { colorType: 2, inputHasAlpha: true, deflateLevel: 9 });
      pixels[y * (png.width + 1) + 1 + x] = index.get(key);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(png.width, 0);
  header.writeUInt32BE(png.height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits, palette, deflate, no filter method variants, no interlace
  const palette = Buffer.alloc(index.size * 3);
  for (const [key, at] of index) palette.set([key >> 16, (key >> 8) & 0xff, key & 0xff], at * 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', deflateSync(pixels, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
