// Which crate a (demangled Rust) function name belongs to; shared by the size
// and profile tools.

// The crate a function belongs to: the first path segment of the type or
// function it is defined on (`<T as Trait>::f` counts for T's crate).
export function crateOf(name) {
  name = name.replace(/\[[0-9a-f]{16}\]/g, "");
  // `<T as tachys::view::IntoAny>`: a generic or primitive type, so the trait's crate.
  const generic = name.match(/^<(?:[A-Z][A-Za-z0-9]*|[a-z]\d+|u\d+|i\d+|f\d+|str|bool|char|usize|isize|\(\)|\(.*?\)) as ([a-z_][a-z0-9_]*)/);
  if (generic) return generic[1] === 'core' || generic[1] === 'alloc' ? 'core' : generic[1];
  let n = name.replace(/^_?</, '').replace(/^&(mut )?/, '').replace(/^(dyn |\*const |\*mut |\[)/, '');
  const m = n.match(/^([A-Za-z_][A-Za-z0-9_]*)(::|$| as )/);
  if (!m) return name.startsWith('__') ? 'runtime' : 'other';
  const c = m[1];
  if (['core', 'alloc', 'std'].includes(c)) {
    // Generic std code instantiated for a crate's type: attribute to that crate.
    const inner = n.match(/<(?:&(?:mut )?)?([a-z_][a-z0-9_]*)::/);
    if (inner && !['core', 'alloc', 'std'].includes(inner[1])) return inner[1] + ' (via std generics)';
    return c;
  }
  if (/^(dlmalloc|compiler_builtins|memcpy|memset|memmove|memcmp)$/.test(c)) return 'runtime (alloc, mem*)';
  return c;
}

