//! Marks on the browser's performance timeline, read by the benchmark
//! (nothing on the server).

/// Marks `name` now.
pub fn mark(name: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = name;
}

/// Measures from the mark `from` to now, as `name` (if `from` was marked).
pub fn measure(name: &str, from: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        if p.get_entries_by_name_with_entry_type(from, "mark").length() > 0 {
            let _ = p.measure_with_start_mark(name, from);
            p.clear_marks_with_mark_name(from);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, from);
}
