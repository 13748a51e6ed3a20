//! Origins as CSP sources, without dependencies: what the reader's own
//! crate reads too (its config's `image_origins`, the snippet builder's
//! directives for a partner page).

/// An `image_origins` entry as a CSP source: `https:` (any https image),
/// `https://host[:port]` or `https://*.host`, lower-cased, no path.
pub fn image_source(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches('/').to_ascii_lowercase();
    if s == "https:" || s == "http:" {
        return Some(s);
    }
    let (scheme, rest) = s.split_once("://")?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let rest = rest.strip_prefix("*.").unwrap_or(rest);
    let (host, port) = match rest.split_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (rest, None),
    };
    let label_ok = |l: &str| !l.is_empty() && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-');
    let port_ok = port.is_none_or(|p| (1..=5).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit()));
    (host.split('.').all(label_ok) && port_ok).then_some(s)
}

/// The directives a partner page with a Content-Security-Policy of its own
/// must allow for the widget of the portal at `portal` (an origin): its
/// script and WASM from the portal (`'wasm-unsafe-eval'` to compile it);
/// its reads from the portal (config.json, the WASM) and from the API at
/// `api_origin` (the portal's own when `api_base` is a path); pictures
/// from the API's origin and `images` (`image_origins`, already sources).
pub fn partner_policy(portal: &str, api_origin: &str, images: &[String]) -> String {
    let mut connect = vec![portal];
    if !api_origin.is_empty() && api_origin != portal {
        connect.push(api_origin);
    }
    let mut img = connect.clone();
    for i in images {
        if !img.contains(&i.as_str()) {
            img.push(i);
        }
    }
    format!(
        "script-src {portal} 'wasm-unsafe-eval'; connect-src {}; img-src {}",
        connect.join(" "),
        img.join(" ")
    )
}
