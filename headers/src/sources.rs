//! Where a page may fetch from and load images from, read off `config.json`.

/// Where a page may fetch from and load images from, besides itself: the
/// API's origin (none when `api_base` is a path on the portal's origin) and
/// `image_origins`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sources {
    pub connect: Vec<String>,
    pub img: Vec<String>,
}

/// Reads the sources from `config.json`'s text. Errors name the key.
pub fn sources(config_json: &str) -> Result<Sources, String> {
    let v: serde_json::Value = serde_json::from_str(config_json).map_err(|e| format!("config.json: {e}"))?;
    let api_base = v
        .get("api_base")
        .and_then(|a| a.as_str())
        .ok_or("config.json: api_base is missing")?
        .trim();
    let api = if api_base.starts_with('/') {
        None
    } else {
        Some(origin(api_base).ok_or_else(|| {
            format!("config.json: api_base must be an http(s) URL or an absolute path, got \"{api_base}\"")
        })?)
    };
    let mut img: Vec<String> = vec!["'self'".into(), "data:".into()];
    let mut connect: Vec<String> = vec!["'self'".into()];
    if let Some(api) = &api {
        connect.push(api.clone());
        img.push(api.clone());
    }
    match v.get("image_origins") {
        None | Some(serde_json::Value::Null) => {}
        Some(serde_json::Value::Array(items)) => {
            for item in items {
                let s = item
                    .as_str()
                    .ok_or("config.json: image_origins must be a list of strings")?;
                let s = image_source(s).ok_or_else(|| {
                    format!("config.json: image_origins: \"{s}\" is not an origin like https://img.example or https:")
                })?;
                if !img.contains(&s) {
                    img.push(s);
                }
            }
        }
        Some(_) => return Err("config.json: image_origins must be a list of strings".into()),
    }
    Ok(Sources { connect, img })
}

/// `scheme://host[:port]` of an http(s) URL, lower-cased.
fn origin(url: &str) -> Option<String> {
    let (scheme, rest) = url.trim().split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if !(scheme == "http" || scheme == "https") || authority.is_empty() || authority.contains('@') {
        return None;
    }
    Some(format!("{scheme}://{}", authority.to_ascii_lowercase()))
}

/// An `image_origins` entry as a CSP source: `https:` (any https image),
/// `https://host[:port]` or `https://*.host`, lower-cased, no path.
fn image_source(s: &str) -> Option<String> {
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
