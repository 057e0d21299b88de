// Lists the sections of a .wasm file and their sizes (custom sections by name).
// Usage: node bench/wasm-sections.mjs file.wasm
import fs from 'node:fs';
const buf = fs.readFileSync(process.argv[2]);
const ids = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount', 'tag'];
function leb(buf, pos) {
  let result = 0, shift = 0, byte;
  do { byte = buf[pos++]; result += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return [result, pos];
}
let pos = 8;
while (pos < buf.length) {
  const id = buf[pos++];
  let size; [size, pos] = leb(buf, pos);
  let name = ids[id] ?? `id${id}`;
  if (id === 0) {
    let [len, p] = leb(buf, pos);
    name += ':' + buf.subarray(p, p + len).toString();
  }
  console.log(`${name.padEnd(30)} ${String(size).padStart(9)}`);
  pos += size;
}
