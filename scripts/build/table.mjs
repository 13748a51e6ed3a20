// The bundle table: every WebAssembly bundle the build makes, and how.
// One row per bundle; scripts/build/bundle.mjs builds any row, the same
// way for all of them:
//
//   cargo build --release --target wasm32-unknown-unknown -p CRATE
//       [--bin BIN] --no-default-features --features FEATURES
//       (linked by scripts/build/wasm-ld: what no bundle calls is not
//       exported, and the linker drops it)
//   wasm-bindgen --target web        (the JS glue and its WASM)
//   wasm-opt WASM_OPT
//   esbuild: the glue minified, only the exports its users import
//   named STEM-<hash>.js and STEM-<hash>_bg.wasm under DIR
//
// `budget` is the most bytes (brotli -q 11) of what a reader or a partner
// page downloads with the row's bundle (scripts/build/sizes.mjs says what
// that is for each kind); `./tasks build` fails above it. Lower a budget
// when a change saves bytes; raising one needs a reason in the commit.

/// wasm-opt for every bundle: -Oz, run to a fixed point (--converge:
/// ~250 B brotli), told that the low 1 KB of linear memory is unused
/// (Rust's stack sits below its data and never reaches it: ~1.1 KB less),
/// and without the toolchain's notes no browser reads (which compilers
/// made it, which features it was built for: ~150 B). First, without
/// wasm-split's marker: an exported global that only its own CLI reads
/// (we never split), named from a hash of the path of the crate's
/// source, so the bytes would depend on where cargo keeps its registry.
export const WASM_OPT = [
  '--remove-exports',
  '--pass-arg=remove-exports@_WASM_SPLIT_MARKER_*',
  '-Oz',
  '--converge',
  '--low-memory-unused',
  '--strip-producers',
  '--strip-target-features',
];

/// `reader`: the app, one per backend a portal's config.json may name
/// (`backend`), with offline reading: the same bundle for a first visit
/// and for the pages a service worker controls, which it keeps (one
/// download, not two: the worker's copy is the first visit's file, from
/// the HTTP cache). And once more with the snippet builder for its page
/// alone (`builder`: partners' page; web/boot.js loads it at `/nhung`, and
/// the readers carry none of it). `widget`: the partner widget, one per
/// backend; it links the reader's data layer without Leptos.
export const BUNDLES = [
  { name: 'tintuc', kind: 'reader', backend: 'tintuc', crate: 'tintuc', bin: 'tintuc', features: ['ui', 'contract', 'offline'], stem: 'tintuc', dir: '', budget: 226_500 },
  { name: 'wordpress', kind: 'reader', backend: 'wordpress', crate: 'tintuc', bin: 'tintuc', features: ['ui', 'wordpress', 'offline'], stem: 'tintuc-wordpress', dir: '', budget: 241_400 },
  { name: 'tintuc-builder', kind: 'reader', backend: 'tintuc', builder: true, crate: 'tintuc', bin: 'tintuc', features: ['ui', 'contract', 'builder'], stem: 'tintuc-tintuc-builder', dir: '' },
  { name: 'wordpress-builder', kind: 'reader', backend: 'wordpress', builder: true, crate: 'tintuc', bin: 'tintuc', features: ['ui', 'wordpress', 'builder'], stem: 'tintuc-wordpress-builder', dir: '' },
  { name: 'widget', kind: 'widget', backend: 'tintuc', crate: 'tintuc-widget', features: ['contract'], exports: ['mount', 'unmount', 'mounted', 'keep'], stem: 'tintuc-widget', dir: 'widget/', budget: 46_000 },
  { name: 'widget-wordpress', kind: 'widget', backend: 'wordpress', crate: 'tintuc-widget', features: ['wordpress'], exports: ['mount', 'unmount', 'mounted', 'keep'], stem: 'tintuc-widget-wordpress', dir: 'widget/', budget: 51_600 },
];

/// The rows a build makes: all, or those a portal on `backend` needs
/// (`./tasks serve`: its reader, the snippet builder's, its widget).
export function rows(backend) {
  return backend ? BUNDLES.filter((b) => b.backend === backend) : BUNDLES;
}
