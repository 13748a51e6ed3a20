// scripts/lib/unused-exports.mjs: what the partner widget's build takes out
// of wasm-bindgen's output (wasm-streams's exports and classes).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STREAM_CLASSES, STREAM_EXPORTS, dropExports, dropGlueClasses, exportNames } from '../../scripts/lib/unused-exports.mjs';

/** A module of two empty functions, exported as `names`. */
function module(names) {
  const section = (id, bytes) => [id, bytes.length, ...bytes];
  const exports = names.flatMap((n, i) => [n.length, ...Buffer.from(n), 0, i]);
  return Buffer.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 0, 0]),
    ...section(3, [names.length, ...names.map(() => 0)]),
    ...section(7, [names.length, ...exports]),
    ...section(10, [names.length, ...names.flatMap(() => [2, 0, 0x0b])]),
  ]);
}

test("wasm-streams's exports go, the widget's stay, and the module stays valid", () => {
  const wasm = module(['mount', 'intounderlyingsink_write', '__wbg_intounderlyingsource_free', 'keep']);
  assert.ok(WebAssembly.validate(wasm));
  const out = dropExports(wasm, STREAM_EXPORTS);
  assert.deepEqual(exportNames(out), ['mount', 'keep']);
  assert.ok(WebAssembly.validate(out));
  assert.deepEqual(exportNames(dropExports(out, STREAM_EXPORTS)), ['mount', 'keep']);
});

test('what is not a WASM module is refused', () => {
  assert.throws(() => exportNames(Buffer.from('not wasm at all')), /not a WASM module/);
  assert.throws(() => exportNames(module(['mount']).subarray(0, 20)), /truncated/);
});

/** wasm-bindgen 0.2.130's shape for one exported class. */
const glueClass = (name) => `export class ${name} {
    free() {
        wasm.__wbg_x_free(this.__wbg_ptr, 0);
    }
}
if (Symbol.dispose) ${name}.prototype[Symbol.dispose] = ${name}.prototype.free;
`;
const registry = (name) => `const ${name}Finalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_x_free(ptr, 1));
`;

test("the glue loses wasm-streams's classes and keeps the rest", () => {
  const rest = 'export function mount(a) {\n    return wasm.mount(a);\n}\n';
  const glue = STREAM_CLASSES.map(glueClass).join('\n') + rest + STREAM_CLASSES.map(registry).join('') + 'function helper() {}\n';
  const out = dropGlueClasses(glue, STREAM_CLASSES);
  assert.equal(out, '\n\n' + rest + 'function helper() {}\n');
});

test('a glue of another shape fails the build, not half edited', () => {
  const [name] = STREAM_CLASSES;
  assert.throws(() => dropGlueClasses(glueClass(name), [name]), /Finalization/);
  assert.throws(() => dropGlueClasses('export class Other {}\n', [name]), /not where expected/);
});
