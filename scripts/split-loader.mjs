// Reads wasm-split's loader (__wasm_split.js): which files each page family
// fetches on its first visit. Used by scripts/build-wasm.mjs (the reader's files,
// compiled early) and bench/chunks.mjs (what each family costs), on the loader as
// wasm-split writes it and as it is shipped (whitespace taken out).

/** Each family: its name, its own chunk and the shared chunks it needs (file names). */
export function pageFamilies(loader) {
  // `const __chunk_N = makeLoad(() => { ... "./chunk_N-<hash>.wasm" ... }, []);`
  const chunks = new Map();
  for (const [, name, file] of loader.matchAll(/const (__chunk_\d+)\s*=\s*makeLoad\([\s\S]*?"\.\/([^"]+\.wasm)"/g)) chunks.set(name, file);
  // `export const __wasm_split_load_<family> = wrapAsyncCb(makeLoad(() => { ... "./split_<family>-<hash>.wasm" ... }, [deps]));`
  const families = [];
  for (const [, family, file, deps] of loader.matchAll(
    /export const __wasm_split_load_(\w+)\s*=\s*wrapAsyncCb\(makeLoad\([\s\S]*?"\.\/([^"]+\.wasm)"[\s\S]*?,\s*\[([^\]]*)\]\)\)/g)) {
    const shared = deps.split(',').map((d) => d.trim()).filter(Boolean).map((d) => {
      if (!chunks.has(d)) throw new Error(`split loader: ${family} needs ${d}, which it does not define`);
      return chunks.get(d);
    });
    families.push({ family, file, shared });
  }
  return families;
}
