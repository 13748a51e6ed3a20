//! What the server's tests share: a build folder of their own, and a
//! backend of their own on a free port.
// Each test file uses a part of it.
#![allow(dead_code)]

pub mod hostile;

use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

/// The smallest shell the server renders into.
pub const SHELL: &str = "<!DOCTYPE html><html lang=\"vi\"><head><!--tt:meta--><title>T</title><!--/tt:meta--></head>\
     <body><!--tt:app--><!--/tt:app--></body></html>";

/// A new folder for one test's build, with `files` (path, content) in it.
/// One a call: tests run at once, and a folder they shared would hand one
/// test another's half-written file.
pub fn build(name: &str, files: &[(&str, &str)]) -> PathBuf {
    static N: AtomicU32 = AtomicU32::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("tintuc-{name}-{}-{n}", std::process::id()));
    for (path, content) in files {
        let file = dir.join(path);
        std::fs::create_dir_all(file.parent().unwrap_or(&dir)).unwrap();
        std::fs::write(file, content).unwrap();
    }
    dir
}

/// `router` served on a free port of 127.0.0.1: its origin.
pub async fn serve(router: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    format!("http://{addr}")
}
