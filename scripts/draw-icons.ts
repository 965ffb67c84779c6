// Draws the Composure icon (a teal speech bubble with a calm, level line) at each size the
// manifest needs, with 4x4 supersampling. Run: npx tsx scripts/draw-icons.ts
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const TEAL = [15, 118, 110];
const WHITE = [255, 255, 255];

function insideBubble(x: number, y: number): boolean {
  // Rounded rectangle body (0.08..0.92 x 0.1..0.74) plus a tail at the lower left.
  const [l, r, t, b, radius] = [0.08, 0.92, 0.1, 0.74, 0.18];
  const cx = Math.min(Math.max(x, l + radius), r - radius);
  const cy = Math.min(Math.max(y, t + radius), b - radius);
  if ((x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2) return true;
  // Tail: triangle (0.22,0.70) (0.46,0.70) (0.2,0.94)
  const d = (x1: number, y1: number, x2: number, y2: number) => (x - x2) * (y1 - y2) - (x1 - x2) * (y - y2);
  const a = d(0.22, 0.7, 0.46, 0.7),
    c = d(0.46, 0.7, 0.2, 0.94),
    e = d(0.2, 0.94, 0.22, 0.7);
  return !((a < 0 || c < 0 || e < 0) && (a > 0 || c > 0 || e > 0));
}

function onLine(x: number, y: number): boolean {
  // Two level strokes: the calm reply.
  const stroke = (y0: number, x0: number, x1: number) => Math.abs(y - y0) < 0.055 && x > x0 && x < x1;
  return stroke(0.34, 0.26, 0.74) || stroke(0.52, 0.26, 0.6);
}

function pixel(size: number, px: number, py: number): number[] {
  let bubble = 0,
    line = 0;
  for (let sy = 0; sy < 4; sy++)
    for (let sx = 0; sx < 4; sx++) {
      const x = (px + (sx + 0.5) / 4) / size,
        y = (py + (sy + 0.5) / 4) / size;
      if (insideBubble(x, y)) {
        bubble++;
        if (onLine(x, y)) line++;
      }
    }
  const alpha = bubble / 16,
    mix = bubble ? line / bubble : 0;
  const rgb = TEAL.map((c, i) => Math.round(c * (1 - mix) + (WHITE[i] as number) * mix));
  return [...rgb, Math.round(alpha * 255)];
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number): Buffer {
  const rows: number[] = [];
  for (let y = 0; y < size; y++) {
    rows.push(0);
    for (let x = 0; x < size; x++) rows.push(...pixel(size, x, y));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from(rows))), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of SIZES) writeFileSync(`public/icons/icon-${size}.png`, png(size));
