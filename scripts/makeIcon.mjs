// Draws build/icon.png (512×512), the app icon electron-builder turns into
// every platform's format: two linked rings, for two twinned cities, on a
// rounded square. Run: node scripts/makeIcon.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // per axis: 16 samples a pixel for smooth edges
const outFile = fileURLToPath(new URL('../build/icon.png', import.meta.url));

const background = { top: [24, 72, 120], bottom: [14, 42, 78] };
const ringA = [255, 255, 255];
const ringB = [245, 176, 65];
const rings = { radius: 118, width: 34, left: 196, right: 316, y: 256 };

function insideRoundedSquare(x, y) {
  const margin = 24;
  const radius = 104;
  const min = margin + radius;
  const max = SIZE - margin - radius;
  const dx = Math.max(min - x, 0, x - max);
  const dy = Math.max(min - y, 0, y - max);
  return dx * dx + dy * dy <= radius * radius;
}

function onRing(x, y, cx) {
  const distance = Math.hypot(x - cx, y - rings.y);
  return Math.abs(distance - rings.radius) <= rings.width / 2;
}

/** The colour at one sample point, or null outside the icon. */
function sample(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  const a = onRing(x, y, rings.left);
  const b = onRing(x, y, rings.right);
  // Where the rings cross, each passes over the other once: linked, not stacked.
  if (a && b) return y < rings.y ? ringA : ringB;
  if (a) return ringA;
  if (b) return ringB;
  const t = y / SIZE;
  return background.top.map((top, i) => top + (background.bottom[i] - top) * t);
}

function render() {
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const offset = (py * SIZE + px) * 4;
      if (covered > 0) {
        pixels[offset] = Math.round(r / covered);
        pixels[offset + 1] = Math.round(g / covered);
        pixels[offset + 2] = Math.round(b / covered);
      }
      pixels[offset + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
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

function encodePng(pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const stride = SIZE * 4;
  const raw = Buffer.alloc((stride + 1) * SIZE);
  for (let y = 0; y < SIZE; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(outFile, encodePng(render()));
console.log(`Wrote ${path.relative(process.cwd(), outFile)} (${SIZE}×${SIZE})`);
