//! The demo backend: tintuc's backend contract over the demo newsroom, on
//! 127.0.0.1. Optionally it also serves a built client the way a production
//! web server would (precompressed files, long-lived caching of hashed
//! assets, SPA fallback), so one process can stand in for a deployment.

mod api;
mod data;
mod faults;
mod statics;

use axum::http::{header, HeaderValue, Method};
use axum::Router;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use tower_http::cors::{Any, CorsLayer};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

struct Args {
    port: u16,
    data: PathBuf,
    static_dir: Option<PathBuf>,
    config: Option<PathBuf>,
    no_api: bool,
    faults: bool,
}

const USAGE: &str =
    "usage: demo-backend [--port N] [--data DIR] [--static DIST_DIR [--config FILE]] [--no-api] [--faults]

Serves the tintuc backend contract under /api and the demo photos under
/media on 127.0.0.1:PORT (default 8081), to requests for 127.0.0.1 or
localhost only (any other Host is refused: 421). With --static, also serves a built
tintuc client from DIST_DIR (and FILE as /config.json, when given).
With --faults, tests can inject faults through /__control/faults.";

fn parse_args() -> Result<Args, String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut args = Args {
        port: 8081,
        data: root.join("data"),
        static_dir: None,
        config: None,
        no_api: false,
        faults: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--port" => args.port = value()?.parse().map_err(|e| format!("--port: {e}"))?,
            "--data" => args.data = value()?.into(),
            "--static" => args.static_dir = Some(value()?.into()),
            "--config" => args.config = Some(value()?.into()),
            "--no-api" => args.no_api = true,
            "--faults" => args.faults = true,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(args)
}

/// Everything the process serves, as `args` asks.
fn app(args: &Args) -> Result<Router, String> {
    let mut app = Router::new();
    if !args.no_api {
        let news = match data::Newsroom::load(&args.data) {
            Ok(n) => Arc::new(n),
            Err(e) => return Err(format!("bad data in {}: {e}", args.data.display())),
        };
        eprintln!(
            "demo-backend: {} articles in {} categories",
            news.articles.len(),
            news.categories.len()
        );
        let media = Router::new()
            .fallback_service(ServeDir::new(args.data.join("media")))
            .layer(SetResponseHeaderLayer::overriding(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=86400"),
            ));
        let api = api::router(news).layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        ));
        app = app.nest("/api", api).nest("/media", media);
    }
    if let Some(dir) = &args.static_dir {
        app = app.merge(statics::router(dir.clone(), args.config.clone()));
    }
    if args.faults {
        let faults = faults::Faults::default();
        app = app
            .layer(axum::middleware::from_fn_with_state(faults.clone(), faults::inject))
            .merge(faults::control(faults));
    }
    // Any origin may read: partner sites and tintuc builds elsewhere use it.
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::HEAD, Method::OPTIONS])
        .allow_headers(Any)
        .expose_headers(Any);
    Ok(app.layer(cors).layer(axum::middleware::from_fn(own_host)))
}

/// Whether `host` (a `Host` header) names this machine's loopback, the only
/// addresses the backend listens on: `127.0.0.1`, `localhost`, `[::1]`,
/// with any port or none (nginx passes `$host`, without one).
fn is_own_host(host: &str) -> bool {
    let name = match host.rsplit_once(':') {
        // `[::1]:8081`, `127.0.0.1:8081`; a bare `[::1]` has no port.
        Some((name, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) && !name.ends_with(':') => {
            name
        }
        _ => host,
    };
    name == "127.0.0.1" || name == "[::1]" || name.eq_ignore_ascii_case("localhost")
}

/// Refuses a request for another host name: any local page can reach
/// 127.0.0.1, and a site whose name is rebound to it (DNS rebinding) would
/// otherwise read the backend and drive its fault control as its own
/// origin. Its requests carry its own name in `Host`.
async fn own_host(req: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    use axum::response::IntoResponse;
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .or_else(|| req.uri().authority().map(|a| a.as_str()));
    match host {
        Some(h) if is_own_host(h) => next.run(req).await,
        _ => (
            axum::http::StatusCode::MISDIRECTED_REQUEST,
            "demo-backend answers 127.0.0.1 and localhost only\n",
        )
            .into_response(),
    }
}

#[tokio::main]
async fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("{e}");
            }
            eprintln!("{USAGE}");
            std::process::exit(2);
        }
    };
    let app = match app(&args) {
        Ok(app) => app,
        Err(e) => {
            eprintln!("demo-backend: {e}");
            std::process::exit(1);
        }
    };
    let addr = SocketAddr::from(([127, 0, 0, 1], args.port));
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("demo-backend: cannot listen on {addr}: {e}");
            std::process::exit(1);
        }
    };
    // Each answer goes out at once: with Nagle's algorithm on, a response
    // written in two pieces waits for the peer's delayed ACK (~40 ms per
    // request on a reused connection).
    let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
        let _ = tcp.set_nodelay(true);
    });
    eprintln!("demo-backend: listening on http://{addr}");
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    if let Err(e) = axum::serve(listener, app).with_graceful_shutdown(shutdown).await {
        eprintln!("demo-backend: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests;
