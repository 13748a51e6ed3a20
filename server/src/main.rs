//! `tintuc-server`: see `lib.rs` and `--help`.

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
    eprintln!(
        "tintuc-server: http://{listen} ({} files, backend {})",
        state.assets.len(),
        state.settings.api_base
    );
    let limits = state.settings.limits.clone();
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    tintuc_server::serve::serve(listener, app(state), &limits, shutdown).await;
}
