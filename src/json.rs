//! JSON text to a serde model. In the browser the browser parses (its
//! `JSON.parse` is fast and already there) and serde-wasm-bindgen maps the
//! result onto the model; natively (tests) serde_json does. Same derives,
//! same models; the wasm path is tested in tests/browser.rs.

use serde::de::DeserializeOwned;

#[cfg(target_arch = "wasm32")]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let msg = js_sys::Error::from(e).message();
        format!("not JSON: {}", String::from(msg))
    })?;
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}
