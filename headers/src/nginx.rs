//! The headers as nginx includes them: `DIST/nginx/reader.conf` and
//! `embed.conf` (each page's Content-Security-Policy, for the build's
//! inline scripts and styles and its `config.json`), `headers.conf` (the
//! security headers of every answer), `api.conf` and `media.conf` (what
//! answers passed on from the backend carry), for `deploy/nginx/`'s recipes.
//! Written by the build (`xtask headers DIST`), and again by `./tasks csp
//! DIST` after `config.json` is edited (the policy names the API's origin).

use crate::{Policies, PERMISSIONS_POLICY, REFERRER_POLICY};
use std::path::Path;

/// Where the build keeps what nginx includes (never served: every server
/// answers 404 under it).
pub const DIR: &str = "nginx";

/// One `add_header` line; `None` for a value nginx cannot quote.
fn add_header(name: &str, value: &str) -> Option<String> {
    (!value.contains(['"', '\\', '$', '\n', '\r'])).then(|| format!("add_header {name} \"{value}\" always;\n"))
}

fn head(what: &str) -> String {
    format!(
        "# {what}: written by tintuc-headers from this build's pages and its config.json.\n\
         # Do not edit: after changing config.json run `./tasks csp DIST`,\n\
         # then reload nginx.\n"
    )
}

/// An include for a location passing `prefix` on to the backend: the
/// backend's own versions of these headers hidden, ours added.
fn proxied(prefix: &str) -> Result<String, String> {
    let mut text = head(&format!("Answers passed on from the backend ({prefix})"));
    for (name, value) in crate::proxied_headers(prefix) {
        text.push_str(&format!("proxy_hide_header {name};\n"));
        text.push_str(&add_header(name, value).ok_or_else(|| format!("a {name} nginx cannot quote: {value}"))?);
    }
    Ok(text)
}

/// The files' contents: `[(file name, text)]`.
pub fn files(p: &Policies) -> Result<Vec<(&'static str, String)>, String> {
    let line = |name: &str, value: &str| {
        add_header(name, value).ok_or_else(|| format!("a {name} nginx cannot quote: {value}"))
    };
    Ok(vec![
        (
            "reader.conf",
            head("Reader pages (index.html and every page of the app)") + &line("Content-Security-Policy", &p.reader)?,
        ),
        (
            "embed.conf",
            head("The iframe embed page (tin-nhung/)") + &line("Content-Security-Policy", &p.embed)?,
        ),
        (
            "headers.conf",
            head("Every answer")
                + &line("X-Content-Type-Options", "nosniff")?
                + &line("Referrer-Policy", REFERRER_POLICY)?
                + &line("Permissions-Policy", PERMISSIONS_POLICY)?,
        ),
        ("api.conf", proxied(crate::PROXIED[0])?),
        ("media.conf", proxied(crate::PROXIED[1])?),
    ])
}

/// Writes `DIST/nginx/*` for `config` (default `DIST/config.json`); returns
/// the policies.
pub fn write(dist: &Path, config: Option<&Path>) -> Result<Policies, String> {
    let config = config.map_or_else(|| dist.join("config.json"), Path::to_path_buf);
    let p = Policies::from_files(dist, &config)?;
    let dir = dist.join(DIR);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for (name, text) in files(&p)? {
        let path = dir.join(name);
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(p)
}
