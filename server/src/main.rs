//! `tintuc-server`: see `lib.rs` and `--help`.

use axum::serve::ListenerExt;
use tintuc_server::settings::Settings;
use tintuc_server::{app, AppState};

#[tokio::main]
async fn main() {
    let settings = match Settings::from_args(std::env::args().skip(1)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    // Leptos's own tasks (the head's injection) run on this runtime.
    if any_spawner::Executor::init_tokio().is_err() {
        eprintln!("tintuc-server: Leptos's executor was already set");
    }
    let listen = settings.listen;
    let state = match AppState::new(settings) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("tintuc-server: {e}");
            std::process::exit(1);
        }
    };
    let listener = match tokio::net::TcpListener::bind(listen).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("tintuc-server: cannot listen on {listen}: {e}");
            std::process::exit(1);
        }
    };
    // Responses go out at once, not held back for the peer's delayed ACK
    // (Nagle): a reused connection would stall ~40 ms per request.
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    eprintln!(
        "tintuc-server: http://{listen} ({} files, backend {})",
        state.assets.len(),
        state.settings.api_base
    );
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    if let Err(e) = axum::serve(listener, app(state)).with_graceful_shutdown(shutdown).await {
        eprintln!("tintuc-server: {e}");
        std::process::exit(1);
    }
}
