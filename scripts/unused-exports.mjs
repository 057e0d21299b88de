// Classes the app never uses, taken out of the wasm-bindgen glue and their
// functions out of the main module's exports (before wasm-opt, which then drops
// their code). leptos always depends on server_fn with its `browser` feature,
// which brings wasm-streams; wasm-streams exports three JS classes (adapters
// from Rust streams to the browser's ReadableStream/WritableStream) for server
// functions that stream, which this app, having no server, never calls. Being
// exports, neither their glue nor their code could be dropped by any optimiser.
// Rust never hands them to JS either: the glue has no `__wrap` for them.
//
// Each removal is checked: the class, its `Symbol.dispose` line and its
// FinalizationRegistry must be found, and afterwards neither the class nor any
// of the removed exports may be named anywhere in the glue, or the build stops.

export const UNUSED_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

/** Removes the classes from the (unminified) glue; returns it and the exports they called. */
export function dropClasses(glue, classes) {
  let text = glue;
  const exports = new Set();
  for (const name of classes) {
    const start = text.indexOf(`export class ${name} {`);
    const disposeLine = `if (Symbol.dispose) ${name}.prototype[Symbol.dispose] = ${name}.prototype.free;\n`;
    const dispose = text.indexOf(disposeLine, start);
    if (start < 0 || dispose < 0) throw new Error(`unused-exports: class ${name} not found in the glue`);
    const end = dispose + disposeLine.length;
    for (const [, e] of text.slice(start, end).matchAll(/wasm\.(\w+)\(/g)) exports.add(e);
    text = text.slice(0, start) + text.slice(end);

    const registry = new RegExp(`const ${name}Finalization = [^;]*?wasm\\.(\\w+)\\(ptr, 1\\)\\);\\n`);
    const found = text.match(registry);
    if (!found) throw new Error(`unused-exports: ${name}Finalization not found in the glue`);
    exports.add(found[1]);
    text = text.replace(registry, '');
  }
  for (const name of [...classes, ...exports]) {
    if (new RegExp(`\\b${name}\\b`).test(text)) throw new Error(`unused-exports: ${name} is still named in the glue`);
  }
  return { glue: text, exports: [...exports] };
}

function readLeb(buf, pos) {
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

function leb(n) {
  const bytes = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    bytes.push(byte);
  } while (n > 0);
  return Buffer.from(bytes);
}

const EXPORT_SECTION = 7;

/** `wasm` without the named exports; every name must be an export. */
export function removeExports(wasm, names) {
  const wanted = new Set(names);
  const parts = [wasm.subarray(0, 8)];
  for (let pos = 8; pos < wasm.length;) {
    const id = wasm[pos];
    const [size, body] = readLeb(wasm, pos + 1);
    const end = body + size;
    if (id !== EXPORT_SECTION) {
      parts.push(wasm.subarray(pos, end));
      pos = end;
      continue;
    }
    let [count, p] = readLeb(wasm, body);
    const kept = [];
    for (let i = 0; i < count; i++) {
      const [nameLen, n] = readLeb(wasm, p);
      const name = wasm.subarray(n, n + nameLen).toString();
      const [, descEnd] = readLeb(wasm, n + nameLen + 1);
      if (!wanted.delete(name)) kept.push(wasm.subarray(p, descEnd));
      p = descEnd;
    }
    const section = Buffer.concat([leb(kept.length), ...kept]);
    parts.push(Buffer.from([EXPORT_SECTION]), leb(section.length), section);
    pos = end;
  }
  if (wanted.size) throw new Error(`unused-exports: not exported by the wasm: ${[...wanted].join(', ')}`);
  return Buffer.concat(parts);
}
