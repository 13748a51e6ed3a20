//! The wall clock, in milliseconds since the epoch: the browser's in the
//! client, the system's natively. The client's first render of a
//! server-rendered page reads the server's clock instead ([`frozen`]), so
//! relative times ("5 phút trước") come out as the server wrote them.

use std::cell::Cell;

thread_local! {
    static FROZEN: Cell<Option<f64>> = const { Cell::new(None) };
}

pub fn now_ms() -> f64 {
    FROZEN.with(Cell::get).unwrap_or_else(system_ms)
}

/// Runs `f` with the clock stopped at `at`.
pub fn frozen<R>(at: f64, f: impl FnOnce() -> R) -> R {
    let before = FROZEN.with(|c| c.replace(Some(at)));
    let out = f();
    FROZEN.with(|c| c.set(before));
    out
}

#[cfg(target_arch = "wasm32")]
fn system_ms() -> f64 {
    js_sys::Date::now()
}

#[cfg(not(target_arch = "wasm32"))]
fn system_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or(0.0)
}
