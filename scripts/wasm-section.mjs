// Reading and rewriting one section of a wasm binary, for the build's small
// post-link steps (scripts/short-imports.mjs, scripts/unused-exports.mjs).

/** The unsigned LEB128 number at `pos`, and the position after it. */
export function readLeb(buf, pos) {
  let result = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [result, pos];
}

/** `n` as unsigned LEB128. */
export function leb(n) {
  const bytes = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    bytes.push(byte);
  } while (n > 0);
  return Buffer.from(bytes);
}

/**
 * `wasm` with the body of each section `id` replaced by `rewrite(body)`, which is
 * given the section's body (a Buffer) and returns the new one.
 */
export function rewriteSection(wasm, id, rewrite) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('wasm-section: not a wasm module');
  const parts = [wasm.subarray(0, 8)];
  for (let pos = 8; pos < wasm.length;) {
    const [size, body] = readLeb(wasm, pos + 1);
    const end = body + size;
    if (wasm[pos] === id) {
      const section = rewrite(wasm.subarray(body, end));
      parts.push(Buffer.from([id]), leb(section.length), section);
    } else {
      parts.push(wasm.subarray(pos, end));
    }
    pos = end;
  }
  return Buffer.concat(parts);
}
