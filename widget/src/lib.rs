//! `<tintuc-news>`: the portal's news on partner sites. widget.js (the
//! loader the partner includes) defines the custom element, gives each one a
//! shadow root with the widget's stylesheet, and calls [`mount`] and
//! [`unmount`] here. This bundle has no router and no pages.
//!
//! It is built once per backend, as the reader is (cargo features
//! `contract` and `wordpress`, passed on to the `tintuc` crate): a partner
//! page of a portal on tintuc's contract never downloads WordPress's
//! adapter, nor the other way round. widget.js reads the portal's
//! config.json and loads the build its `backend` names.

// The browser's side (the native build has the options alone, tested
// natively).
#[cfg(target_arch = "wasm32")]
pub mod data;
pub mod options;
#[cfg(target_arch = "wasm32")]
pub mod render;
#[cfg(target_arch = "wasm32")]
pub mod transport;

#[cfg(target_arch = "wasm32")]
mod mount;
#[cfg(target_arch = "wasm32")]
pub use mount::{keep, mount, mounted, unmount};

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
