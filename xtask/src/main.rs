//! The build's helpers in Rust:
//!
//! - `xtask facts DIR`: writes the facts the build's JavaScript and
//!   `index.html` need, from the Rust sources that define them, into DIR
//!   (see [`facts`]). The build (`scripts/build.mjs`) runs it before it
//!   bundles `web/`.
//! - `xtask needs CONFIG LOCATION…`: what the route model asks tintuc's
//!   contract for first at each address (`/path?query`), under the config
//!   (JSON), one JSON list of URLs per address: what the boot script's
//!   early requests are held to (`tests/js/boot.test.mjs`).
//! - `xtask headers DIST [--config FILE]`: the nginx includes of a build
//!   (see [`headers`]).
//! - `xtask bindgen WASM OUT_DIR OUT_NAME`: wasm-bindgen's output for a
//!   bundle (see [`bindgen`]).
//!
//! The build (`scripts/build/rust.mjs`) compiles it with the server and
//! the demo backend, in one cargo build that shares their dependencies.

mod bindgen;
mod facts;
mod headers;
mod routes;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["facts", dir] => match facts::write(&PathBuf::from(dir)) {
            Ok(files) => {
                for f in files {
                    eprintln!("[facts] {}", f.display());
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("xtask facts: {e}");
                ExitCode::FAILURE
            }
        },
        ["needs", config, locations @ ..] => match routes::needs_at(config, locations) {
            Ok(v) => {
                println!("{v}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("xtask needs: {e}");
                ExitCode::FAILURE
            }
        },
        ["headers", rest @ ..] => headers::run(rest),
        ["bindgen", rest @ ..] => bindgen::run(rest),
        _ => {
            eprintln!("usage: xtask facts DIR | xtask needs CONFIG LOCATION... | xtask headers DIST [--config FILE] | xtask bindgen WASM OUT_DIR OUT_NAME");
            ExitCode::from(2)
        }
    }
}
