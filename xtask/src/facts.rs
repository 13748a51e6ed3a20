//! The facts the build's JavaScript and `index.html` need, written from the
//! Rust sources that define them, so no fact is written twice:
//!
//! - `facts.js`, an ES module the build bundles into `web/boot.js`,
//!   `web/offline.js` and `web/sw.js` (each takes what it imports): the
//!   route table ([`crate::routes`]), the config's limits, the reader's
//!   storage keys, the body-size cap, the embed page, the scripts'
//!   strings;
//! - `meta.html` and `noscript.html`, which `index.html` inlines: its
//!   default title and description, and what it says without JavaScript.

use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};
use tintuc::config::{BackendKind, OtherNewsScope, LIMITS};
use tintuc::html::{escape_attr, escape_text};
use tintuc::i18n::{Locale, ScriptText};

/// Each language's strings of `pick`, by language code.
fn text(pick: fn(&ScriptText) -> Value) -> Value {
    let mut m = Map::new();
    for l in [Locale::Vi, Locale::En] {
        m.insert(l.code().into(), pick(l.script()));
    }
    Value::Object(m)
}

/// The module's exports: name → value.
fn exports() -> Result<Vec<(String, Value)>, String> {
    // One export per limit (PAGE_SIZE, …): a script's bundle keeps those
    // it imports.
    let limits = LIMITS.iter().map(|l| {
        let v = json!({ "default": l.default, "min": l.min, "max": l.max, "clamped": l.clamped });
        (l.key.to_uppercase(), v)
    });
    Ok(limits
        .chain(
            vec![
                ("ROUTES", crate::routes::table()?),
                (
                    "ROUTE_LIMITS",
                    json!({
                        "slug_bytes": tintuc::route::MAX_SLUG_BYTES,
                        "query_chars": tintuc::route::MAX_QUERY_CHARS,
                    }),
                ),
                (
                    "CHOICES",
                    json!({
                        "backend": BackendKind::ALL.map(|b| b.name()),
                        "other_news_scope": OtherNewsScope::ALL.map(|s| s.name()),
                        "language": [Locale::Vi.code(), Locale::En.code()],
                    }),
                ),
                (
                    "KEYS",
                    json!({
                        "lang": tintuc::prefs::LANG_KEY,
                        "theme": tintuc::prefs::THEME_KEY,
                        "text": tintuc::prefs::TEXT_KEY,
                    }),
                ),
                ("TEXT_STEPS", json!(tintuc::prefs::TEXT_STEPS)),
                ("MAX_BODY_BYTES", json!(tintuc::api::transport::MAX_BODY_BYTES)),
                ("CACHED_AT", json!(tintuc::api::transport::CACHED_AT)),
                ("RENDERED_META", json!(tintuc::embed::RENDERED_META)),
                ("COPY_META", json!(tintuc::embed::COPY_META)),
                ("EMBED_PAGE", json!(tintuc_headers::EMBED_PAGE)),
                ("BUILDER_PAGE", json!(tintuc::route::embed_builder())),
                (
                    "TEXT_FATAL",
                    text(|t| json!({ "fatal": t.fatal, "reload": t.fatal_reload })),
                ),
                (
                    "TEXT_OFFLINE",
                    text(|t| {
                        json!({
                            "save": t.save,
                            "unsave": t.unsave,
                            "saved": t.saved,
                            "empty": t.saved_empty,
                            "read": t.read_lately,
                            "update": t.update,
                            "reload": t.update_reload,
                            "save_failed": t.save_failed,
                        })
                    }),
                ),
                (
                    "TEXT_WIDGET",
                    text(|t| json!({ "failed": t.widget_failed, "blocked": t.widget_blocked })),
                ),
                ("DEFAULT_SITE_NAME", json!(Locale::Vi.script().default_title)),
            ]
            .into_iter()
            .map(|(name, v)| (name.to_string(), v)),
        )
        .collect())
}

/// The module's text.
pub fn module() -> Result<String, String> {
    let mut out = String::from(
        "// Written by `cargo run -p tintuc-xtask -- facts` (xtask/src/facts.rs) from the\n\
         // Rust sources that define each fact: do not edit.\n",
    );
    for (name, value) in exports()? {
        out.push_str(&format!("export const {name} = {value};\n"));
    }
    Ok(out)
}

/// Writes `facts.js`, `meta.html` and `noscript.html` into `dir`.
pub fn write(dir: &Path) -> Result<Vec<PathBuf>, String> {
    // index.html is in the portal's language, Vietnamese by default (the
    // server writes the page of a portal in another language itself).
    let t = Locale::Vi.script();
    let files = [
        ("facts.js", module()?),
        (
            "meta.html",
            format!(
                "<title>{}</title>\n<meta name=\"description\" content=\"{}\">\n",
                escape_text(t.default_title),
                escape_attr(t.default_description)
            ),
        ),
        (
            "noscript.html",
            format!("<noscript>{}</noscript>\n", escape_text(t.needs_javascript)),
        ),
    ];
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut written = Vec::new();
    for (name, text) in files {
        let path = dir.join(name);
        // Unchanged files keep their time: Trunk's watcher and the build's
        // stamps see no change.
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        written.push(path);
    }
    Ok(written)
}
