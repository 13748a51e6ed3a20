//! What a widget shows: the portal's config, then one list from its
//! backend, read through the reader's own backend layer
//! (`tintuc::api::backend`: tintuc's contract or WordPress, whichever this
//! build reads) over the widget's transport ([`crate::transport`], which
//! shares requests among the page's widgets).

use crate::options::{Kind, WidgetOptions};
use crate::transport::Shared;
use std::sync::Arc;
use tintuc::api::abort::Abort;
use tintuc::api::backend::AnyBackend;
use tintuc::api::media::MediaBase;
use tintuc::api::models::ArticleSummary;
use tintuc::api::transport::Transport;
use tintuc::api::ApiError;
use tintuc::config::{Config, REQUEST_TIMEOUT_MS};
use tintuc::timefmt::Zone;

pub struct Loaded {
    pub items: Vec<ArticleSummary>,
    pub zone: Zone,
}

fn resolve(url: &str, base: &str) -> Option<String> {
    web_sys::Url::new_with_base(url, base).ok().map(|u| u.href())
}

/// Loads the list a widget shows, then calls `done`.
pub fn load(opts: Arc<WidgetOptions>, done: impl FnOnce(Result<Loaded, ApiError>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move { done(list(&opts).await) });
}

async fn list(opts: &WidgetOptions) -> Result<Loaded, ApiError> {
    let config_url = resolve("config.json", &opts.portal).ok_or_else(|| ApiError::Config("portal".into()))?;
    // Nothing aborts a widget's requests (they end by their timeout).
    let abort = Abort::default();
    let portal = Shared {
        timeout_ms: REQUEST_TIMEOUT_MS.default,
    };
    let text = match portal.get(&config_url, &abort).await {
        Ok(r) => r.text,
        Err(ApiError::NotFound) => return Err(ApiError::Config("config.json is missing".into())),
        Err(e) => return Err(e),
    };
    // The reader's rules: a config the portal can't use, the widget can't.
    let mut config = Config::from_json(&text).map_err(ApiError::Config)?;
    // An api_base that is a path is the portal's, not the partner's.
    config.api_base = resolve(&config.api_base, &opts.portal).ok_or_else(|| ApiError::Config("api_base".into()))?;
    // A page of the widget's length: each length is its own request.
    config.page_size = opts.limit;
    let page_is_https = web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "https:");
    let media = MediaBase {
        origin: web_sys::Url::new(&config.api_base)
            .map(|u| u.origin())
            .unwrap_or_default(),
        page_is_https,
    };
    let transport = Shared {
        timeout_ms: config.request_timeout_ms,
    };
    let backend = AnyBackend::new(&config, media, transport)?;
    let category = match &opts.kind {
        Kind::Latest => None,
        Kind::Category(c) => Some(c.clone()),
    };
    let page = backend.articles(category, 1, &abort).await?;
    Ok(Loaded {
        items: page.items.iter().take(opts.limit as usize).cloned().collect(),
        zone: config.zone,
    })
}
