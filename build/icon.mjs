// Draws the app icon (two interlocked rings: پیوند means "link") from one description
// into build/icon.svg and a 512×512 build/icon.png, with no image tools installed:
// the PNG is rasterized here (4×4 supersampling) and encoded with node:zlib.
// electron-builder derives the .ico and .icns from icon.png. Run: node build/icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 512;
const TEAL = '#0F766E';
const WHITE = '#FFFFFF';
const MINT = '#99F6E4';
const RADIUS = 94; // ring centre line
const STROKE = 36;
const GAP = 6; // the cut that shows which ring passes over
const A = { cx: 204, cy: 256 };
const B = { cx: 308, cy: 256 };
// Ring A is drawn again over ring B between these angles (degrees, y down): the top crossing.
const OVER = { from: -90, to: -20 };

/** Shapes in paint order, each with a point test (for the PNG) and its SVG element. */
const shapes = [
  { fill: TEAL, ...roundedRect(24, 24, 464, 464, 100) },
  { fill: WHITE, ...ring(A, RADIUS, STROKE) },
  { fill: MINT, ...ring(B, RADIUS, STROKE) },
  { fill: TEAL, ...arc(A, RADIUS, STROKE + 2 * GAP, OVER) },
  { fill: WHITE, ...arc(A, RADIUS, STROKE, OVER) },
];

function roundedRect(x, y, w, h, r) {
  return {
    svg: (fill) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${fill}"/>`,
    contains(px, py) {
      const dx = Math.max(x + r - px, 0, px - (x + w - r));
      const dy = Math.max(y + r - py, 0, py - (y + h - r));
      return px >= x && px <= x + w && py >= y && py <= y + h && dx * dx + dy * dy <= r * r;
    },
  };
}

function ring(center, radius, stroke) {
  return {
    svg: (fill) => `<circle cx="${center.cx}" cy="${center.cy}" r="${radius}" fill="none" stroke="${fill}" stroke-width="${stroke}"/>`,
    contains: (px, py) => Math.abs(Math.hypot(px - center.cx, py - center.cy) - radius) <= stroke / 2,
  };
}

function arc(center, radius, stroke, { from, to }) {
  const point = (deg) => {
    const rad = (deg * Math.PI) / 180;
    return `${(center.cx + radius * Math.cos(rad)).toFixed(2)} ${(center.cy + radius * Math.sin(rad)).toFixed(2)}`;
  };
  return {
    svg: (fill) =>
      `<path d="M ${point(from)} A ${radius} ${radius} 0 0 1 ${point(to)}" fill="none" stroke="${fill}" stroke-width="${stroke}"/>`,
    contains(px, py) {
      const angle = (Math.atan2(py - center.cy, px - center.cx) * 180) / Math.PI;
      return angle >= from && angle <= to && Math.abs(Math.hypot(px - center.cx, py - center.cy) - radius) <= stroke / 2;
    },
  };
}

function rgb(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

function rasterize() {
  const samples = 4;
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const px = x + (sx + 0.5) / samples;
          const py = y + (sy + 0.5) / samples;
          let color = null;
          for (const shape of shapes) if (shape.contains(px, py)) color = shape.fill;
          if (color) {
            const [cr, cg, cb] = rgb(color);
            r += cr; g += cg; b += cb; a += 1;
          }
        }
      }
      const i = (y * SIZE + x) * 4;
      if (a > 0) {
        pixels[i] = Math.round(r / a);
        pixels[i + 1] = Math.round(g / a);
        pixels[i + 2] = Math.round(b / a);
      }
      pixels[i + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const svg = [
  `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">`,
  '  <title>Peyvand</title>',
  ...shapes.map((shape) => `  ${shape.svg(shape.fill)}`),
  '</svg>',
  '',
].join('\n');

const dir = fileURLToPath(new URL('.', import.meta.url));
writeFileSync(`${dir}icon.svg`, svg);
writeFileSync(`${dir}icon.png`, encodePng(rasterize()));
console.log('build/icon.svg and build/icon.png written');
