/**
 * Draws the extension icon (a green rounded square with a white check: "may send") at 16, 32, 48 and 128 px and
 * writes extension/public/icons/icon-<size>.png. No image library is installed, so the PNG is encoded by hand (RGBA, one
 * IDAT, node:zlib). Edges are anti-aliased by supersampling each pixel on an 8 × 8 grid.
 * Run with `npx node extension/tools/make-icons.ts`; commit the PNGs it writes.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const GREEN = [0x1b, 0x8f, 0x4e] as const;
const SAMPLES = 8;
/** The check, in unit coordinates (0..1, y down), drawn as a round-capped stroke. */
const CHECK: [number, number][] = [
  [0.28, 0.52],
  [0.44, 0.68],
  [0.73, 0.35],
];
const STROKE = 0.13;
const RADIUS = 0.22;
const MARGIN = 0.04;

/** Signed distance from p to a rounded square centred at 0.5 (negative inside). */
function roundedSquare(x: number, y: number): number {
  const half = 0.5 - MARGIN - RADIUS;
  const qx = Math.abs(x - 0.5) - half;
  const qy = Math.abs(y - 0.5) - half;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - RADIUS;
}

function distanceToSegment(x: number, y: number, [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function onCheck(x: number, y: number): boolean {
  for (let i = 1; i < CHECK.length; i++) {
    if (distanceToSegment(x, y, CHECK[i - 1]!, CHECK[i]!) <= STROKE / 2) return true;
  }
  return false;
}

/** RGBA pixels: coverage of the square gives alpha, coverage of the check blends white over green. */
function draw(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let inSquare = 0;
      let inCheck = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (roundedSquare(x, y) > 0) continue;
          inSquare++;
          if (onCheck(x, y)) inCheck++;
        }
      }
      const white = inSquare === 0 ? 0 : inCheck / inSquare;
      const at = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[at + c] = Math.round(GREEN[c]! + (255 - GREEN[c]!) * white);
      pixels[at + 3] = Math.round((255 * inSquare) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit depth, RGBA, deflate, no filter method variants, no interlace
  // Each scanline starts with its filter type; 0 (none) keeps the encoder trivial at these sizes.
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

for (const size of SIZES) {
  writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), encodePng(size, draw(size)));
}
