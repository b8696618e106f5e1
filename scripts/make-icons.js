#!/usr/bin/env node
/**
 * Draws the add-in's icons (a green rounded square with a white rising bar chart) and writes them to
 * assets/icon-<size>.png. Pure Node (zlib only), so anyone can regenerate them offline:
 *
 *   node scripts/make-icons.js
 *
 * The drawing is deterministic; tests/manifest.test.ts checks the committed PNGs against it.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

/** Pixel sizes written to assets/: 16/32/80 for ribbon buttons, 32/64 for the add-in icon, 128 for catalogs. */
const ICON_SIZES = [16, 32, 64, 80, 128];

const GREEN = [0x1b, 0x7a, 0x4a];
const WHITE = [0xff, 0xff, 0xff];

/** Samples per pixel side; 4×4 supersampling gives smooth edges even at 16 px. */
const SUPERSAMPLE = 4;

/** Shapes in unit coordinates (0..1 across the icon, y downwards). */
const TILE = { left: 0.03, top: 0.03, right: 0.97, bottom: 0.97, radius: 0.2 };
const BARS = [
  { left: 0.2, right: 0.34, top: 0.52 },
  { left: 0.43, right: 0.57, top: 0.36 },
  { left: 0.66, right: 0.8, top: 0.2 },
];
const BAR_BOTTOM = 0.8;

function insideRoundedRect(x, y, r) {
  if (x < r.left || x > r.right || y < r.top || y > r.bottom) return false;
  const cx = Math.min(Math.max(x, r.left + r.radius), r.right - r.radius);
  const cy = Math.min(Math.max(y, r.top + r.radius), r.bottom - r.radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r.radius ** 2;
}

function insideBar(x, y) {
  return BARS.some((bar) => x >= bar.left && x <= bar.right && y >= bar.top && y <= BAR_BOTTOM);
}

/**
 * Renders the icon at `size` × `size` pixels.
 * @returns {Buffer} RGBA bytes, row by row (size * size * 4 bytes), straight (not premultiplied) alpha.
 */
function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let bar = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (insideRoundedRect(x, y, TILE)) {
            tile++;
            if (insideBar(x, y)) bar++;
          }
        }
      }
      const offset = (py * size + px) * 4;
      const whiteShare = tile === 0 ? 0 : bar / tile;
      for (let c = 0; c < 3; c++) {
        rgba[offset + c] = Math.round(GREEN[c] * (1 - whiteShare) + WHITE[c] * whiteShare);
      }
      rgba[offset + 3] = Math.round((255 * tile) / samples);
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * Encodes RGBA pixels as a PNG (8-bit RGBA, filter 0 on every row).
 * @returns {Buffer} the PNG file's bytes; e.g. encodePng(16, 16, drawIcon(16)).
 */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Path of the committed icon of a given size. */
function iconPath(size) {
  return path.join(__dirname, '..', 'assets', `icon-${size}.png`);
}

function main() {
  fs.mkdirSync(path.dirname(iconPath(16)), { recursive: true });
  for (const size of ICON_SIZES) {
    fs.writeFileSync(iconPath(size), encodePng(size, size, drawIcon(size)));
    console.log(`assets/icon-${size}.png`);
  }
}

if (require.main === module) main();

module.exports = { ICON_SIZES, drawIcon, encodePng, iconPath };
