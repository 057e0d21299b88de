// The function names of a wasm file's name section, by function index
// (imports included, as V8's trace events count them).
import fs from 'node:fs';

export function functionNames(file) {
  const buf = fs.readFileSync(file);
  const leb = (pos) => {
    let result = 0, shift = 0, byte;
    do { byte = buf[pos++]; result += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return [result, pos];
  };
  const names = new Map();
  for (let pos = 8; pos < buf.length;) {
    const id = buf[pos++];
    let size; [size, pos] = leb(pos);
    const end = pos + size;
    if (id === 0) {
      let [len, p] = leb(pos);
      const section = buf.subarray(p, p + len).toString();
      p += len;
      while (section === 'name' && p < end) {
        const sub = buf[p++];
        let subSize; [subSize, p] = leb(p);
        const subEnd = p + subSize;
        if (sub === 1) {
          let count; [count, p] = leb(p);
          for (let i = 0; i < count; i++) {
            let index, l; [index, p] = leb(p); [l, p] = leb(p);
            names.set(index, buf.subarray(p, p + l).toString());
            p += l;
          }
        }
        p = subEnd;
      }
    }
    pos = end;
  }
  return names;
}
