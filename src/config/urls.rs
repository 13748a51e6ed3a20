//! The addresses `config.json` names: the API's base and the portal's own
//! origin, accepted only in forms every URL parser reads alike.

/// `api_base` as written, trimmed, if it is an http(s) URL with a host or an
/// absolute path on the portal's origin; else an error naming the key.
/// `//host/` and `/\host/` are not paths: a browser reads both as another
/// host (in http URLs a backslash is a slash, and tabs and newlines are
/// dropped), so neither is accepted, nor credentials in the URL (`fetch`
/// refuses them).
pub fn check_api_base(raw: &str) -> Result<&str, String> {
    let base = raw.trim();
    if base.is_empty() {
        return Err("api_base is empty".into());
    }
    let bad = |why: &str| {
        Err(format!(
            "api_base must be an http(s) URL or an absolute path on this site ({why}), got \"{}\"",
            shown(base)
        ))
    };
    if base.contains(|c: char| c == '\\' || c.is_whitespace() || c.is_control()) {
        return bad("no backslash, space or control character");
    }
    let lower = base.get(..8).unwrap_or(base).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &base[8..]
    } else if lower.starts_with("http://") {
        &base[7..]
    } else if base.starts_with("//") {
        return bad("`//` starts another host");
    } else if base.starts_with('/') {
        return Ok(base);
    } else {
        return bad("neither");
    };
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    if authority.is_empty() || authority.contains('@') {
        return bad("a host, without credentials");
    }
    Ok(base)
}

/// `logo` as written, if [`check_api_base`] would accept it (the key named
/// in the error is `logo`). Natively only: the server's pages name it.
#[cfg(not(target_arch = "wasm32"))]
pub fn check_logo(raw: &str) -> Result<String, String> {
    check_api_base(raw)
        .map(str::to_string)
        .map_err(|e| e.replacen("api_base", "logo", 1))
}

/// `text` with its control characters written as `\u{…}` (without
/// `escape_debug`'s Unicode tables: the widget's bundle reads configs too).
fn shown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// `https://host[:port]` from an origin-like URL (a trailing `/` allowed),
/// lower-cased scheme and host; `None` for anything with a path, query,
/// credentials or another scheme.
pub fn site_origin(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches('/');
    let at = crate::text::find_bytes(s, "://")?;
    let (scheme, rest) = (&s[..at], &s[at + 3..]);
    let scheme = scheme.to_ascii_lowercase();
    if !(scheme == "https" || scheme == "http") || rest.is_empty() {
        return None;
    }
    let ok = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']');
    if !rest.bytes().all(ok) {
        return None;
    }
    Some(format!("{scheme}://{}", rest.to_ascii_lowercase()))
}
