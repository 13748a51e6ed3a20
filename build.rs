//! Hands the tests the seed article's slug, read from its one source,
//! tests/fixtures/seed.json, as `TINTUC_SEED_SLUG`: the browser tests
//! (wasm, no files at run time) `include_str!` the seed's data file by it.
//! tests/seed.rs checks that this reading agrees with a JSON parser's.

use std::fs;

const FIXTURE: &str = "tests/fixtures/seed.json";

fn main() {
    println!("cargo:rerun-if-changed={FIXTURE}");
    let text = fs::read_to_string(FIXTURE).unwrap_or_else(|e| panic!("{FIXTURE}: {e}"));
    println!("cargo:rustc-env=TINTUC_SEED_SLUG={}", first_string(&text, "slug"));
}

/// The value of the first `"key": "…"` in `text` (the top level's: the
/// fixture names its slug before anything nested), without escapes.
fn first_string(text: &str, key: &str) -> String {
    let at = text
        .find(&format!("\"{key}\""))
        .unwrap_or_else(|| panic!("{FIXTURE}: no \"{key}\""));
    let rest = text[at + key.len() + 2..].trim_start();
    let rest = rest.strip_prefix(':').expect("a colon after the key").trim_start();
    let rest = rest.strip_prefix('"').expect("a string value");
    let value = &rest[..rest.find('"').expect("the string's end")];
    assert!(
        !value.contains('\\')
            && value
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
        "{FIXTURE}: the {key} must be a plain slug, got {value:?}"
    );
    value.to_string()
}
