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

import { leb, readLeb, rewriteSection } from './wasm-section.mjs';

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

const EXPORT_SECTION = 7;

/** `wasm` without the named exports; every name must be an export. */
export function removeExports(wasm, names) {
  const wanted = new Set(names);
  const stripped = rewriteSection(wasm, EXPORT_SECTION, (body) => {
    let [count, p] = readLeb(body, 0);
    const kept = [];
    for (let i = 0; i < count; i++) {
      const [nameLen, n] = readLeb(body, p);
      const name = body.subarray(n, n + nameLen).toString();
      const [, descEnd] = readLeb(body, n + nameLen + 1);
      if (!wanted.delete(name)) kept.push(body.subarray(p, descEnd));
      p = descEnd;
    }
    return Buffer.concat([leb(kept.length), ...kept]);
  });
  if (wanted.size) throw new Error(`unused-exports: not exported by the wasm: ${[...wanted].join(', ')}`);
  return stripped;
}
