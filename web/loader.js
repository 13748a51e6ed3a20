// The release build's module script (in place of Trunk's): loads the
// reader's bundle for the portal's backend, which web/boot.js picked, and
// starts it. Keeps Trunk's event, which the memory benchmark listens for.
const bundle = await window.__tt.bundle;
const glue = await import(bundle.js);
const wasm = await glue.default({ module_or_path: bundle.wasm });
window.wasmBindings = glue;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
