//! The page's timers with their ids as the page gives them. Leptos's and
//! web-sys's helpers take an id as an `i32`, but a page's timers are not
//! always native (a test's fake clock numbers its timers from 10^12): a
//! truncated id clears nothing, and a countdown left running after its view
//! went reads a value that is gone (a panic, the page dead). These keep the
//! id as the JavaScript number it is.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &JsValue, ms: i32) -> f64;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: f64);
    #[wasm_bindgen(js_name = setInterval)]
    fn set_interval(callback: &JsValue, ms: i32) -> f64;
    #[wasm_bindgen(js_name = clearInterval)]
    fn clear_interval(id: f64);
}

fn ms(ms: u32) -> i32 {
    ms.min(i32::MAX as u32) as i32
}

/// A timeout that is cleared when this is dropped, and frees its callback
/// then (a callback handed to JavaScript for good is never freed if it
/// never fires: one leak per timer).
pub struct Timeout {
    id: f64,
    _callback: Closure<dyn FnMut()>,
}

impl Timeout {
    pub fn new(after_ms: u32, callback: impl FnMut() + 'static) -> Timeout {
        let callback = Closure::<dyn FnMut()>::new(callback);
        let id = set_timeout(callback.as_ref(), ms(after_ms));
        Timeout {
            id,
            _callback: callback,
        }
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        clear_timeout(self.id);
    }
}

/// An interval, by its id (a plain number: it can go into a reactive
/// owner's cleanup); its callback lives as long as the page's timer does.
#[derive(Clone, Copy, Debug)]
pub struct Interval(f64);

impl Interval {
    pub fn new(every_ms: u32, callback: impl FnMut() + 'static) -> Interval {
        let callback = Closure::<dyn FnMut()>::new(callback).into_js_value();
        Interval(set_interval(&callback, ms(every_ms)))
    }

    pub fn clear(self) {
        clear_interval(self.0);
    }
}
