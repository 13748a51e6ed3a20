//! tintuc's server: every page of the reader rendered to HTML by the same
//! Leptos components the browser runs, from backend answers it fetches and
//! keeps ([`data`]); the client build's files served from memory
//! ([`assets`]); `/api/` and `/media/` passed on to the backend ([`proxy`]).
//! It keeps nothing per reader: copies behind a load balancer act as one.

pub mod answers;
pub mod assets;
pub mod data;
pub mod feed_link;
pub mod language;
pub mod lcp;
pub mod page;
pub mod pages;
pub mod proxy;
pub mod purge;
pub mod reach;
pub mod render;
pub mod renders;
pub mod serve;
pub mod settings;
pub mod source;
pub mod structured;

use assets::Assets;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Router;
use data::Data;
use render::{Shell, Site};
use settings::Settings;
use std::sync::Arc;
use tintuc::api::backend::AnyBackend;
use tintuc::api::media::MediaBase;
use tintuc::api::transport::native::Native;
use tintuc::config::Config;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;

pub struct AppState {
    pub settings: Settings,
    pub assets: Assets,
    pub shell: Shell,
    /// The pages' Content-Security-Policy (the shell's inline scripts and
    /// styles by hash, the API's origin from the config) and the other
    /// security headers: `tintuc-headers`, as the build writes them for nginx.
    pub security: tintuc_headers::Policies,
    pub site: Site,
    pub config_json: serde_json::Value,
    pub data: Arc<Data>,
    /// The sitemaps' reads of the whole list ([`reach::archive`]).
    pub archive: Arc<Data>,
    /// Pages as rendered, while their answers stay the same.
    pub pages: pages::Pages,
    /// Renders running and waiting: one per page, a few at once.
    pub renders: renders::Renders,
    /// `POST /_tintuc/purge` ([`purge`]).
    pub purger: purge::Purger,
    proxy: reqwest::Client,
}

impl AppState {
    /// Reads the build and the config. Errors say what is missing.
    pub fn new(settings: Settings) -> Result<Arc<AppState>, String> {
        let index_path = settings.dist.join("index.html");
        let index = std::fs::read_to_string(&index_path)
            .map_err(|e| format!("cannot read {} (build the client first): {e}", index_path.display()))?;
        let bundles = std::fs::read_to_string(settings.dist.join("bundles.json"))
            .ok()
            .and_then(|b| serde_json::from_str::<serde_json::Value>(&b).ok());
        let shell = Shell::parse(
            &index,
            settings.config.language,
            settings.config.backend.name(),
            bundles.as_ref(),
        )?;
        let embed = std::fs::read_to_string(settings.dist.join("tin-nhung/index.html")).ok();
        let security = tintuc_headers::Policies::new(&index, embed.as_deref(), &settings.config_text)?;
        let mut assets =
            Assets::load(&settings.dist).map_err(|e| format!("cannot read {}: {e}", settings.dist.display()))?;
        // The config the server renders with is the one browsers get.
        assets.insert(
            "/config.json".into(),
            settings.config_text.clone().into_bytes(),
            None,
            None,
        );
        let config_json: serde_json::Value =
            serde_json::from_str(&settings.config_text).map_err(|e| format!("config.json: {e}"))?;
        let page_is_https = settings.site_url.starts_with("https:");
        let api_origin = origin_of(&settings.api_base).unwrap_or_else(|| settings.site_url.clone());
        // Media URLs in answers point where browsers find them: a relative
        // api_base lives on the portal's own origin.
        let media_origin = if settings.config.api_base.starts_with('/') {
            settings.site_url.clone()
        } else {
            api_origin
        };
        let mut config = settings.config.clone();
        config.api_base = settings.api_base.clone();
        let media = MediaBase {
            origin: media_origin.clone(),
            page_is_https,
        };
        let backend =
            AnyBackend::new(&config, media.clone(), Native::new(settings.timeout)).map_err(|e| e.to_string())?;
        let fresh = std::time::Duration::from_millis(u64::from(settings.config.cache_fresh_ms.max(1_000)));
        let data = Data::new(data::Source::backend(backend), settings.cache_bytes, fresh);
        // The sitemaps' reads: the whole list, the most a call may list,
        // in a cache of their own (an eighth of the answers' bytes).
        let archive_config = Config {
            page_size: reach::archive::PER_CALL,
            ..config.clone()
        };
        let archive_backend =
            AnyBackend::new(&archive_config, media, Native::new(settings.timeout)).map_err(|e| e.to_string())?;
        let archive = Data::new(data::Source::backend(archive_backend), settings.cache_bytes / 8, fresh);
        // A quarter of the cache's bytes for rendered pages (none when the
        // cache is off: every page is rendered, as `--no-cache` promises).
        let pages = pages::Pages::new(settings.cache_bytes / 4, fresh);
        let site = Site {
            config: settings.config.clone(),
            origin: settings.site_url.clone(),
            api_origin: media_origin,
            page_is_https,
        };
        let renders = renders::Renders::new(settings.limits.renders, settings.limits.render_queue);
        let proxy = reqwest::Client::builder()
            .timeout(settings.limits.request)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| e.to_string())?;
        let purger = purge::Purger::new(settings.purge_secret.clone())?;
        Ok(Arc::new(AppState {
            purger,
            settings,
            assets,
            shell,
            security,
            site,
            config_json,
            data,
            archive,
            pages,
            renders,
            proxy,
        }))
    }
}

/// `https://host:port` of a URL, if it has one.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    Some(format!("{scheme}://{host}"))
}

/// The server's routes: files of the build, the backend passed on, and
/// every other address a page.
pub fn app(state: Arc<AppState>) -> Router {
    let limit = state.settings.limits.request;
    Router::new()
        .fallback(handle)
        .with_state(state)
        .layer(CompressionLayer::new().br(true).gzip(true))
        // No answer takes longer (a page's backend calls have their own,
        // shorter limit; a proxied body has this one).
        .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, limit))
}

async fn handle(State(app): State<Arc<AppState>>, req: Request<Body>) -> Response {
    let (parts, _) = req.into_parts();
    let method = parts.method.clone();
    let path = parts.uri.path();
    if path == purge::PATH {
        let mut resp = app.purger.handle(&app, &method, &parts.uri, &parts.headers);
        resp.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        return resp;
    }
    let proxied = tintuc_headers::PROXIED.iter().any(|p| path.starts_with(p));
    if let (Some(backend), true) = (app.settings.backend.as_deref(), proxied) {
        // With its own headers (the policy of passed-on answers).
        return proxy::forward(&app.proxy, backend, method, &parts.uri, &parts.headers).await;
    }
    let mut resp = if method != Method::GET && method != Method::HEAD {
        (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "GET, HEAD")]).into_response()
    } else if let Some(asset) = app.assets.get(path) {
        asset.respond(&parts.headers, method == Method::HEAD)
    } else if let Some(doc) = tintuc::route::Document::parse(path) {
        reach::respond(&app, &doc, &parts.headers).await
    } else if let Some(asset) = app
        .assets
        .get(&format!("{path}index.html"))
        .filter(|_| path.ends_with('/') && path != "/")
    {
        // A directory's page (the iframe embed at /tin-nhung/); not the
        // home page, which is rendered (`/index.html` is the static shell
        // the service worker falls back to).
        asset.respond(&parts.headers, method == Method::HEAD)
    } else if app.assets.get(&format!("{path}/index.html")).is_some() {
        Redirect::permanent(&format!("{path}/")).into_response()
    } else {
        page::page(app.clone(), parts.uri.clone(), parts.headers.clone()).await
    };
    let is_html = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let h = resp.headers_mut();
    if is_html {
        // A document: its policy (the iframe embed page's may be framed).
        for (name, value) in app.security.headers(path) {
            if let Ok(v) = HeaderValue::from_str(value) {
                h.insert(name, v);
            }
        }
    } else {
        for (name, value) in [
            ("x-content-type-options", "nosniff"),
            ("referrer-policy", tintuc_headers::REFERRER_POLICY),
        ] {
            h.entry(name).or_insert(HeaderValue::from_static(value));
        }
    }
    resp
}
