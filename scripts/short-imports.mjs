// Short names for the main module's imports from its JS glue. wasm-bindgen names
// each import `__wbg_<method>_<16 hex digits>`; the hex digits cannot be
// compressed, and every name is written twice, once in the wasm's import section
// and once in the glue's imports object: ~240 imports made the import section
// 13.5 KB raw, 3.9 KB brotli. Renamed `a`, `b`, … in both files, consistently, and
// checked: every name must be a key of the glue's imports object exactly once,
// or the build stops (a newer wasm-bindgen that writes its glue differently
// fails here, not in the browser).

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

const IMPORT_SECTION = 2;

/**
 * Renames the imports of `module` in `wasm` (a Buffer) and in `glue` (the JS that
 * builds the imports object). Returns `{ wasm, glue, renamed }`.
 */
export function shortenImports(wasm, glue, module) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('short-imports: not a wasm module');
  const parts = [wasm.subarray(0, 8)];
  const names = new Map();
  for (let pos = 8; pos < wasm.length;) {
    const id = wasm[pos];
    const [size, body] = readLeb(wasm, pos + 1);
    const end = body + size;
    if (id !== IMPORT_SECTION) {
      parts.push(wasm.subarray(pos, end));
      pos = end;
      continue;
    }
    const out = [];
    let [count, p] = readLeb(wasm, body);
    out.push(leb(count));
    for (let i = 0; i < count; i++) {
      const [moduleLen, m] = readLeb(wasm, p);
      const moduleName = wasm.subarray(m, m + moduleLen).toString();
      const [nameLen, n] = readLeb(wasm, m + moduleLen);
      const name = wasm.subarray(n, n + nameLen).toString();
      const descStart = n + nameLen;
      const descEnd = skipImportDesc(wasm, descStart);
      out.push(wasm.subarray(p, m + moduleLen));
      let newName = name;
      if (moduleName === module) {
        if (!names.has(name)) names.set(name, shortName(names.size));
        newName = names.get(name);
      }
      const nameBytes = Buffer.from(newName);
      out.push(leb(nameBytes.length), nameBytes, wasm.subarray(descStart, descEnd));
      p = descEnd;
    }
    if (p !== end) throw new Error('short-imports: the import section did not parse to its end');
    const section = Buffer.concat(out);
    parts.push(Buffer.from([IMPORT_SECTION]), leb(section.length), section);
    pos = end;
  }
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
  return { wasm: Buffer.concat(parts), glue: text, renamed: names.size };
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
