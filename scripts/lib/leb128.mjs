// WebAssembly's unsigned LEB128 integers, for the build's edits of
// wasm-bindgen's output (./unused-exports.mjs, ./dead-table.mjs).

/** Reads an unsigned LEB128 at `pos`: [value, next position]. */
export function uleb(buf, pos) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    if (pos >= buf.length) throw new Error('wasm: truncated LEB128');
    byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}

/** `n` as an unsigned LEB128. */
export function toUleb(n) {
  const out = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}
