// Short names for the main module's imports from its JS glue. wasm-bindgen names
// each import `__wbg_<method>_<16 hex digits>`; the hex digits cannot be
// compressed, and every name is written twice, once in the wasm's import section
// and once in the glue's imports object: ~240 imports made the import section
// 13.5 KB raw, 3.9 KB brotli. Renamed `a`, `b`, … in both files, consistently, and
// checked: every name must be a key of the glue's imports object exactly once,
// or the build stops (a newer wasm-bindgen that writes its glue differently
// fails here, not in the browser).

import { leb, readLeb, rewriteSection } from './wasm-section.mjs';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The `i`-th short name: a … Z, then aa, ab, … (all valid JS identifiers). */
export function shortName(i) {
  let name = '';
  let n = i;
  do {
    name = LETTERS[n % LETTERS.length] + name;
    n = Math.floor(n / LETTERS.length) - 1;
  } while (n >= 0);
  return name;
}

const IMPORT_SECTION = 2;

/**
 * Renames the imports of `module` in `wasm` (a Buffer) and in `glue` (the JS that
 * builds the imports object). Returns `{ wasm, glue, renamed }`.
 */
export function shortenImports(wasm, glue, module) {
  const names = new Map();
  const renamed = rewriteSection(wasm, IMPORT_SECTION, (body) => {
    const out = [];
    let [count, p] = readLeb(body, 0);
    out.push(leb(count));
    for (let i = 0; i < count; i++) {
      const [moduleLen, m] = readLeb(body, p);
      const moduleName = body.subarray(m, m + moduleLen).toString();
      const [nameLen, n] = readLeb(body, m + moduleLen);
      const name = body.subarray(n, n + nameLen).toString();
      const descStart = n + nameLen;
      const descEnd = skipImportDesc(body, descStart);
      let newName = name;
      if (moduleName === module) {
        if (!names.has(name)) names.set(name, shortName(names.size));
        newName = names.get(name);
      }
      const nameBytes = Buffer.from(newName);
      out.push(body.subarray(p, m + moduleLen), leb(nameBytes.length), nameBytes, body.subarray(descStart, descEnd));
      p = descEnd;
    }
    if (p !== body.length) throw new Error('short-imports: the import section did not parse to its end');
    return Buffer.concat(out);
  });
  if (names.size === 0) throw new Error(`short-imports: no imports from ${module}`);

  let text = glue;
  for (const [long, short] of names) {
    // As an object key: `name: function…` (unminified) or `name:function…`.
    const key = new RegExp(`(^|[{,\\s])${long}(\\s*:)`, 'g');
    const found = text.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`short-imports: ${long} is a key ${found} times in the glue, not once`);
    const anywhere = text.split(long).length - 1;
    if (anywhere !== 1) throw new Error(`short-imports: ${long} is named ${anywhere} times in the glue, not once`);
    text = text.replace(key, `$1${short}$2`);
  }
  return { wasm: renamed, glue: text, renamed: names.size };
}

// The import's description: function, table, memory, global or tag.
function skipImportDesc(buf, pos) {
  const kind = buf[pos++];
  const limits = (p) => {
    const [flags, q] = readLeb(buf, p);
    let [, r] = readLeb(buf, q);
    if (flags & 1) [, r] = readLeb(buf, r);
    return r;
  };
  switch (kind) {
    case 0: return readLeb(buf, pos)[1];
    case 1: return limits(pos + 1);
    case 2: return limits(pos);
    case 3: return pos + 2;
    case 4: return readLeb(buf, pos + 1)[1];
    default: throw new Error(`short-imports: unknown import kind ${kind}`);
  }
}
