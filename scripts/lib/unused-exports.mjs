// Exports a dependency adds to a wasm-bindgen build that nothing calls, taken
// out before wasm-opt so it can drop the code behind them.
//
// The partner widget links the `tintuc` crate, hence Leptos, whose server
// functions bring wasm-streams: its `#[wasm_bindgen]` classes
// (IntoUnderlyingSource, IntoUnderlyingSink, IntoUnderlyingByteSource) are
// exported by every cdylib that links it, and wasm-bindgen writes their JS
// classes into the glue. The widget never makes a stream: the exports, the
// WASM they keep alive and their classes were ~2 KB of each widget build's
// brotli'd bytes (measured). wasm-bindgen has no option to leave a
// dependency's exports out, so they are removed here from its output (its
// version is pinned in widget/Cargo.toml; a glue that no longer has the
// expected shape fails the build instead of being half edited).
//
// The WASM side is a filter over the export section (binaryen's JS API can
// remove exports too, but its read-and-write round trip made the widget
// ~340 bytes larger after wasm-opt, measured).

import { uleb, toUleb } from './leb128.mjs';

const EXPORT_SECTION = 7;

/** The export names of a WASM module. */
export function exportNames(wasm) {
  const names = [];
  walkExports(wasm, (name) => names.push(name));
  return names;
}

/** Calls `each(name, bytes)` for each export; returns the module with the
 * export section rebuilt from the entries `each` returned true for. */
function walkExports(wasm, each) {
  if (wasm.length < 8 || wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a WASM module');
  const parts = [wasm.subarray(0, 8)];
  let pos = 8;
  while (pos < wasm.length) {
    const id = wasm[pos];
    const [size, start] = uleb(wasm, pos + 1);
    const end = start + size;
    if (end > wasm.length) throw new Error('wasm: truncated section');
    if (id !== EXPORT_SECTION) {
      parts.push(wasm.subarray(pos, end));
    } else {
      const body = wasm.subarray(start, end);
      let [count, at] = uleb(body, 0);
      const kept = [];
      for (; count > 0; count--) {
        const from = at;
        const [len, nameAt] = uleb(body, at);
        const name = body.subarray(nameAt, nameAt + len).toString('utf8');
        // The export's kind (one byte), then its index.
        [, at] = uleb(body, nameAt + len + 1);
        if (each(name)) kept.push(body.subarray(from, at));
      }
      const section = Buffer.concat([toUleb(kept.length), ...kept]);
      parts.push(Buffer.from([EXPORT_SECTION]), toUleb(section.length), section);
    }
    pos = end;
  }
  return Buffer.concat(parts);
}

/** The module without the exports whose names match `pattern`. */
export function dropExports(wasm, pattern) {
  return walkExports(wasm, (name) => !pattern.test(name));
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** wasm-bindgen's glue without the JS classes named in `classes`: each
 * class, its `Symbol.dispose` line and its FinalizationRegistry. Throws when
 * one of them is not where wasm-bindgen 0.2.130 writes it. */
export function dropGlueClasses(glue, classes) {
  let out = glue;
  for (const name of classes) {
    const n = escape(name);
    for (const re of [
      new RegExp(`^export class ${n} \\{\\n[\\s\\S]*?^\\}\\n`, 'm'),
      new RegExp(`^if \\(Symbol\\.dispose\\) ${n}\\.prototype\\[Symbol\\.dispose\\] = ${n}\\.prototype\\.free;\\n`, 'm'),
      new RegExp(`^const ${n}Finalization = \\(typeof FinalizationRegistry === 'undefined'\\)\\n[^\\n]*\\n[^\\n]*\\);\\n`, 'm'),
    ]) {
      if (!re.test(out)) throw new Error(`wasm-bindgen's glue: ${name} not where expected (${re})`);
      out = out.replace(re, '');
    }
    if (out.includes(name)) throw new Error(`wasm-bindgen's glue still names ${name}`);
  }
  return out;
}

/** wasm-streams's classes, and the exports behind them. */
export const STREAM_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];
export const STREAM_EXPORTS = /^(__wbg_)?intounderlying(bytesource|sink|source)_/;
