//! `xtask bindgen WASM OUT_DIR OUT_NAME`: wasm-bindgen's JS glue and WASM
//! for a bundle (`--target web`, no TypeScript), from the library the
//! wasm-bindgen CLI is made of, at the version of the `wasm-bindgen` crate
//! (Cargo.lock holds both to one: they share `wasm-bindgen-shared`). The
//! build runs it for every bundle: xtask compiles with the server, so a
//! fresh machine's `./tasks serve` installs no CLI. The options are the
//! CLI's defaults, so the output is the CLI's byte for byte.

use std::process::ExitCode;
use wasm_bindgen_cli_support::Bindgen;

pub fn run(args: &[&str]) -> ExitCode {
    let [input, out_dir, out_name] = args else {
        eprintln!("usage: xtask bindgen WASM OUT_DIR OUT_NAME");
        return ExitCode::from(2);
    };
    match generate(input, out_dir, out_name) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask bindgen: {e:#}");
            ExitCode::FAILURE
        }
    }
}

#[allow(deprecated)]
fn generate(input: &str, out_dir: &str, out_name: &str) -> Result<(), anyhow::Error> {
    let mut b = Bindgen::new();
    b.web(true)?;
    b.input_path(input)
        .debug(false)
        .demangle(true)
        .keep_lld_exports(false)
        .keep_debug(false)
        .split_debug_info(false)
        .remove_name_section(false)
        .remove_producers_section(false)
        .typescript(false)
        .omit_imports(false)
        .omit_default_module_path(false)
        .split_linked_modules(false)
        .js_string_builtins(false)
        .ts_typed_array_buffers(false)
        .reference_types(false)
        .reset_state_function(false)
        .force_enable_abort_handler(false)
        .out_name(out_name);
    b.generate(out_dir)
}
