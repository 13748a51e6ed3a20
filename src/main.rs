#[cfg(target_arch = "wasm32")]
fn main() {
    tintuc::boot::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("tintuc's reader runs in the browser: build it with `./tasks build` (see the README).");
}
