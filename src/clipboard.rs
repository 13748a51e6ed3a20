//! Copying text (a share link, a widget snippet), where the browser allows it.

use leptos::prelude::window;
use wasm_bindgen::JsCast;

/// Writes `text` to the clipboard: false where there is no clipboard (a page
/// served over plain http has no `navigator.clipboard`; calling it anyway
/// would throw through the app) or the browser refused.
pub async fn copy(text: &str) -> bool {
    let Some(clipboard) = js_sys::Reflect::get(&window().navigator(), &"clipboard".into())
        .ok()
        .filter(|c| c.is_object())
    else {
        return false;
    };
    let promise = clipboard.unchecked_into::<web_sys::Clipboard>().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
