//! Which of a build's files never change: the build names each file it
//! writes from its content `<name>-<hash>.<ext>` (wasm-bindgen's WASM
//! `<name>-<hash>_bg.wasm`), so a name is never reused for other bytes,
//! and caches may keep such a file for a year without asking again. Every
//! other file (`index.html`, `config.json`, `widget.js`, `sw.js`, …) keeps
//! its name across releases and is revalidated each time.
//!
//! The rule is these constants: [`is_hashed`] reads them for the Rust
//! servers, [`pattern`] writes them as the regular expression the build's
//! JavaScript and nginx's recipe use.

/// Hex digits of the content hash in a name (the build's SHA-256, cut).
pub const HASH_HEX: usize = 16;
/// What wasm-bindgen puts after the name of a module's WASM.
pub const WASM_SUFFIX: &str = "_bg";
/// The kinds of file the build names by their hash.
pub const HASHED_EXTENSIONS: &[&str] = &["js", "wasm", "css"];

/// `Cache-Control` of a file that never changes.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// `Cache-Control` of a file that keeps its name across releases.
pub const REVALIDATE: &str = "no-cache";

/// Whether the file at `path` is named by its content's hash.
pub fn is_hashed(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or("");
    let Some((stem, ext)) = file.rsplit_once('.') else {
        return false;
    };
    if !HASHED_EXTENSIONS.contains(&ext) {
        return false;
    }
    let stem = stem.strip_suffix(WASM_SUFFIX).unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(name, hash)| {
        !name.is_empty() && hash.len() == HASH_HEX && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    })
}

/// The build file at `path`'s `Cache-Control`.
pub fn cache_control(path: &str) -> &'static str {
    if is_hashed(path) {
        IMMUTABLE
    } else {
        REVALIDATE
    }
}

/// [`is_hashed`] as a regular expression over a path (JavaScript's and
/// nginx's syntax alike).
pub fn pattern() -> String {
    format!(
        "[^/]-[0-9a-f]{{{HASH_HEX}}}({WASM_SUFFIX})?\\.({})$",
        HASHED_EXTENSIONS.join("|")
    )
}
