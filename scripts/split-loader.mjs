// wasm-split's loader (__wasm_split.js): which files each page family fetches on
// its first visit, and the loader as shipped. wasm-split-cli writes one fetch
// function per chunk (104 of them, each naming its file twice over) and one list
// of chunk variables per family: 36 KB, 2.7 KB brotli of the first load.
// `compactLoader` writes the same loader as data: one fetcher, the chunks' files
// in a list, each family's shared chunks as indices into it.
// Used by scripts/build-wasm.mjs (on wasm-split's loader) and bench/chunks.mjs
// (on the shipped one), so `pageFamilies` reads both.

/** Each family: its name, its own chunk and the shared chunks it needs (file names). */
export function pageFamilies(loader) {
  const compact = loader.match(/const chunks\s*=\s*(\[[^\]]*\])/);
  return compact ? compactFamilies(loader, JSON.parse(compact[1])) : splitFamilies(loader);
}

// As wasm-split-cli writes it:
// `const __chunk_N = makeLoad(() => { ... "./chunk_N.wasm" ... }, []);`
// `export const __wasm_split_load_<family> = wrapAsyncCb(makeLoad(() => { ... "./split_<family>.wasm" ... }, [deps]));`
function splitFamilies(loader) {
  const chunks = new Map();
  for (const [, name, file, deps] of loader.matchAll(
    /const (__chunk_\d+)\s*=\s*makeLoad\([\s\S]*?"\.\/([^"]+\.wasm)"[\s\S]*?,\s*\[([^\]]*)\]\);/g)) {
    if (deps.trim()) throw new Error(`split loader: chunk ${name} needs other chunks, which compactLoader cannot say`);
    chunks.set(name, file);
  }
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

// As compactLoader writes it: `family("split_<family>.wasm", [indices])`.
function compactFamilies(loader, chunks) {
  return [...loader.matchAll(/export const __wasm_split_load_(\w+)\s*=\s*family\("([^"]+)",\s*\[([^\]]*)\]\)/g)]
    .map(([, family, file, deps]) => ({
      family,
      file,
      shared: deps.split(',').filter((d) => d.trim()).map((i) => {
        if (!chunks[Number(i)]) throw new Error(`split loader: ${family} needs chunk ${i}, which is not listed`);
        return chunks[Number(i)];
      }),
    }));
}

/**
 * wasm-split's loader rewritten as data. `rename(file)` gives each module's
 * shipped name. wasm-split's own functions (shared imports, callbacks, the
 * memoised load) are kept as it wrote them; what follows them is replaced. A
 * module compiled early by index.html (`__sdgEarlyWasm`, the codec's) is taken
 * from there once instead of fetched.
 */
export function compactLoader(loader, rename) {
  const families = splitFamilies(loader);
  const start = loader.search(/(\/\*[^*]*\*\/\s*)?const __chunk_\d+\s*=/);
  if (start < 0 || !families.length) throw new Error('split loader: no chunks or no families found');
  const prelude = loader.slice(0, start);
  for (const f of ['getSharedImports', 'wrapAsyncCb', 'makeLoad']) {
    if (!prelude.includes(`function ${f}(`)) throw new Error(`split loader: ${f} is not defined before the chunks`);
  }
  const chunks = [...new Set(families.flatMap((f) => f.shared))].sort((a, b) =>
    Number(a.match(/\d+/)) - Number(b.match(/\d+/)));
  const index = new Map(chunks.map((c, i) => [c, i]));
  const exports = families.map(({ family, file, shared }) =>
    `export const __wasm_split_load_${family} = family(${JSON.stringify(rename(file))}, [${shared.map((c) => index.get(c)).join(',')}]);`);
  return `${prelude}function fetcher(file) {
    return () => {
        const early = globalThis.__sdgEarlyWasm?.[file];
        if (early) {
            delete globalThis.__sdgEarlyWasm[file];
            return async (imports) => {
                const module = await early;
                return { module, instance: await WebAssembly.instantiate(module, imports) };
            };
        }
        const src = fetch(new URL("./" + file, import.meta.url));
        src.catch(() => {});
        return async (imports) => WebAssembly.instantiateStreaming(src, imports);
    };
}
const chunks = ${JSON.stringify(chunks.map(rename))};
const loads = chunks.map((file) => makeLoad(fetcher(file), []));
const family = (file, shared) => wrapAsyncCb(makeLoad(fetcher(file), shared.map((i) => loads[i])));
${exports.join('\n')}
`;
}
