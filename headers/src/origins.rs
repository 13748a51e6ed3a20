//! What a partner page's own Content-Security-Policy must allow for the
//! widget, without dependencies: the reader's crate reads it (the snippet
//! builder shows it).

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
