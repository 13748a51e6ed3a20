//! robots.txt: the reader's pages and photos are for every crawler; search
//! results (endless, thin), the backend's API and the per-browser saved
//! page are not; each sitemap by its absolute URL.

/// The paths no crawler needs (prefixes, as robots.txt matches them).
pub const DISALLOWED: [&str; 3] = ["/tim-kiem", "/api/", "/bai-da-luu"];

/// robots.txt for the portal at `origin` (`https://portal`, no slash at the
/// end) with its `sitemaps` (paths).
pub fn robots(origin: &str, sitemaps: &[String]) -> String {
    let mut out = String::from("User-agent: *\n");
    for path in DISALLOWED {
        out.push_str(&format!("Disallow: {path}\n"));
    }
    out.push_str("Allow: /\n");
    if !sitemaps.is_empty() {
        out.push('\n');
    }
    for s in sitemaps {
        out.push_str(&format!("Sitemap: {origin}{s}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_allowed_search_and_api_not_sitemaps_absolute() {
        let r = robots("https://portal.vn", &["/sitemap.xml".into()]);
        assert!(r.starts_with("User-agent: *\n"));
        assert!(r.contains("Disallow: /tim-kiem\n") && r.contains("Disallow: /api/\n"));
        assert!(!r.contains("Disallow: /\n") && !r.contains("Disallow: /tin-tuc") && !r.contains("Disallow: /media"));
        assert!(r.ends_with("Sitemap: https://portal.vn/sitemap.xml\n"));
    }
}
