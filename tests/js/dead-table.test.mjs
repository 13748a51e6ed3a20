// scripts/lib/dead-table.mjs: the function table's entries that only
// wasm-streams reached, emptied in the partner widget's build.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyTableEntries, functionNames, streamsEntry } from '../../scripts/lib/dead-table.mjs';

/** Unsigned LEB128. */
const leb = (n) => (n < 128 ? [n] : [(n % 128) | 0x80, ...leb(Math.floor(n / 128))]);
const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];
const str = (s) => [...leb(s.length), ...Buffer.from(s)];

/** A module of empty functions named `names`, all in its table. */
function module(names) {
  const n = names.length;
  const nameSub = [n, ...names.flatMap((s, i) => [i, ...str(s)])];
  return Buffer.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 0, 0]),
    ...section(3, [n, ...names.map(() => 0)]),
    ...section(4, [1, 0x70, 0x00, n]),
    ...section(9, [1, 0, 0x41, 0, 0x0b, n, ...names.map((_, i) => i)]),
    ...section(10, [n, ...names.flatMap(() => [2, 0, 0x0b])]),
    ...section(0, [...str('name'), 1, ...leb(nameSub.length), ...nameSub]),
  ]);
}

const NAMES = [
  'tintuc_widget::mount::run::{{closure}}',
  'core::ptr::drop_in_place<js_sys::futures::future_to_promise<wasm_streams::writable::Sink::write>>',
  'core::ops::function::FnOnce::call_once{{vtable.shim}}::h1',
  'js_sys::futures::future_to_promise::{{closure}}::h2',
  'core::ops::function::FnOnce::call_once{{vtable.shim}}::h3',
];

test("wasm-streams's entries are emptied, the widget's kept, and the module stays valid", () => {
  const wasm = module(NAMES);
  assert.ok(WebAssembly.validate(wasm));
  assert.equal(functionNames(wasm).get(3), NAMES[3]);
  const { wasm: out, emptied } = emptyTableEntries(wasm, streamsEntry);
  // The shim after the widget's own function is not wasm-streams's.
  assert.deepEqual(emptied, NAMES.slice(1, 4));
  assert.ok(WebAssembly.validate(out));
  assert.ok(out.length > wasm.length - 10);
});

test('a module without names, or of another shape, is refused', () => {
  // Without its last section (the names).
  const unnamed = module(['a']).subarray(0, -13);
  assert.ok(WebAssembly.validate(unnamed));
  assert.throws(() => emptyTableEntries(Buffer.from('not wasm at all'), streamsEntry), /not a WASM module/);
  assert.throws(() => emptyTableEntries(unnamed, streamsEntry), /no function names|truncated/);
});
