// The function table's entries that only wasm-streams's exports reached,
// emptied before wasm-opt so it can drop the code behind them.
//
// Taking out wasm-streams's exports (./unused-exports.mjs) leaves the
// functions its futures and closures put in the table: the linker placed
// them there, wasm-bindgen exports the table (for the widget's own
// closures), and wasm-opt keeps everything an exported table holds. They
// were ~3.5 KB of each widget build's brotli'd WASM (measured), with
// nothing left that could call them: an entry is emptied (`ref.null`, a
// trap if ever called) when its function's name says it is wasm-streams's
// (its own functions, the `future_to_promise` tasks that only its
// exports start, and the vtable shim laid out right after a
// wasm-streams closure's `drop_in_place`). Names come from the module's
// name section, which wasm-bindgen keeps (wasm-opt drops it after).
//
// The element section must be what rustc's linker writes (one active
// segment of function indices); another shape fails the build instead of
// being half edited.

import { uleb, toUleb } from './leb128.mjs';

const CUSTOM_SECTION = 0;
const ELEMENT_SECTION = 9;
const FUNCTION_NAMES = 1;
const REF_NULL_FUNC = Buffer.from([0xd0, 0x70, 0x0b]);
const REF_FUNC = 0xd2;
const END = 0x0b;

/** The module's sections: [id, start of body, end]. */
function sections(wasm) {
  if (wasm.length < 8 || wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a WASM module');
  const out = [];
  let pos = 8;
  while (pos < wasm.length) {
    const [size, start] = uleb(wasm, pos + 1);
    const end = start + size;
    if (end > wasm.length) throw new Error('wasm: truncated section');
    out.push([wasm[pos], pos, start, end]);
    pos = end;
  }
  return out;
}

/** Function index → name, from the name section. */
export function functionNames(wasm) {
  const names = new Map();
  for (const [id, , start, end] of sections(wasm)) {
    if (id !== CUSTOM_SECTION) continue;
    const [len, at] = uleb(wasm, start);
    if (wasm.subarray(at, at + len).toString('utf8') !== 'name') continue;
    let pos = at + len;
    while (pos < end) {
      const sub = wasm[pos];
      const [size, body] = uleb(wasm, pos + 1);
      if (sub === FUNCTION_NAMES) {
        let [count, p] = uleb(wasm, body);
        for (; count > 0; count--) {
          const [index, q] = uleb(wasm, p);
          const [n, r] = uleb(wasm, q);
          names.set(index, wasm.subarray(r, r + n).toString('utf8'));
          p = r + n;
        }
      }
      pos = body + size;
    }
  }
  return names;
}

/** The module with the table entries `dead(name, previousName)` picks
 * emptied, and their names. */
export function emptyTableEntries(wasm, dead) {
  const names = functionNames(wasm);
  if (names.size === 0) throw new Error('wasm: no function names (the name section is needed)');
  const element = sections(wasm).find(([id]) => id === ELEMENT_SECTION);
  if (!element) return { wasm, emptied: [] };
  const [, from, start, end] = element;
  let [count, pos] = uleb(wasm, start);
  const body = [toUleb(count)];
  const emptied = [];
  for (; count > 0; count--) {
    if (wasm[pos] !== 0) throw new Error(`wasm: element segment of kind ${wasm[pos]}, not an active list of functions`);
    pos++;
    // The offset: `i32.const n` `end`.
    if (wasm[pos] !== 0x41) throw new Error('wasm: element segment offset is not a constant');
    const offsetAt = pos;
    while (wasm[pos] & 0x80 || pos === offsetAt) pos++;
    pos++;
    if (wasm[pos] !== END) throw new Error('wasm: element segment offset is not a constant');
    pos++;
    const offset = wasm.subarray(offsetAt, pos);
    let [n, p] = uleb(wasm, pos);
    const items = [];
    let previous = '';
    for (let i = 0; i < n; i++) {
      const [index, q] = uleb(wasm, p);
      p = q;
      const name = names.get(index) || '';
      if (dead(name, previous)) {
        emptied.push(name);
        items.push(REF_NULL_FUNC);
      } else {
        items.push(Buffer.from([REF_FUNC]), toUleb(index), Buffer.from([END]));
      }
      previous = name;
    }
    pos = p;
    // Kind 4: an active segment of table 0, of expressions.
    body.push(Buffer.from([4]), offset, toUleb(n), ...items);
  }
  if (pos !== end) throw new Error('wasm: element section longer than its segments');
  const section = Buffer.concat(body);
  return {
    wasm: Buffer.concat([wasm.subarray(0, from), Buffer.from([ELEMENT_SECTION]), toUleb(section.length), section, wasm.subarray(end)]),
    emptied,
  };
}

const isStreams = (name) => name.includes('wasm_streams');

/** wasm-streams's entries (see the top of this file). */
export function streamsEntry(name, previous) {
  return (
    isStreams(name) ||
    name.startsWith('js_sys::futures::future_to_promise') ||
    (name.includes('{{vtable.shim}}') && previous.startsWith('core::ptr::drop_in_place<') && isStreams(previous))
  );
}
