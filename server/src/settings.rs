//! What the server runs with: command-line flags over `config.json`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;
use tintuc::config::{site_origin, Config};

pub const USAGE: &str = "usage: tintuc-server --dist DIR [--config FILE] [--port N | --listen ADDR]
                     [--site-url URL] [--backend URL] [--timeout-ms N]
                     [--cache-mb N | --no-cache] [--page-max-age S]
                     [--max-renders N] [--render-queue-ms N] [--max-connections N]
                     [--header-timeout-ms N] [--request-timeout-ms N]
                     [--purge-secret-file FILE]

  --dist DIR       the client's release build (trunk build --release)
  --config FILE    config.json (default: DIR/config.json); the same keys the
                   client reads; it is also served at /config.json
  --port N         listen on 127.0.0.1:N (default 8080); --listen ADDR for another address
  --site-url URL   the portal's public origin, for canonical and share URLs
                   (default: config.json's site_url, else http://ADDR)
  --backend URL    the backend's origin as the server reaches it: the base of a
                   relative api_base, and where /api/ and /media/ are proxied
  --timeout-ms N   how long a page waits for the backend (default: config.json's
                   server_timeout_ms, else 3000)
  --cache-mb N     the cache of backend answers, in MB (default 64); rendered
                   pages get a quarter of that again
  --no-cache       ask the backend for every page (for measuring)
  --page-max-age S how long browsers and shared caches (nginx, a CDN) may keep
                   a page before they ask again (default 60 seconds); they may
                   serve it stale 600 s more while they ask, a day while the
                   server fails
  --max-renders N  pages rendered at once (default: twice the cores); a
                   request waits --render-queue-ms for its turn (default 2000),
                   then gets 503 with Retry-After
  --max-connections N  open connections (default 1000; more wait in the
                   listen backlog); keep the open-files limit (ulimit -n) above
  --header-timeout-ms N  how long a client may take to send a request's
                   headers, or stay idle between requests (default 10000)
  --request-timeout-ms N  how long an answer may take, a proxied one to its
                   last byte (default 15000)
  --purge-secret-file FILE  the secret of POST /_tintuc/purge (16 characters
                   or more; or the environment's TINTUC_PURGE_SECRET); without
                   one there is no purge endpoint";

#[derive(Clone, Debug)]
pub struct Settings {
    pub listen: SocketAddr,
    pub dist: PathBuf,
    pub config_path: PathBuf,
    pub config_text: String,
    pub config: Config,
    /// The portal's public origin (`https://host`).
    pub site_url: String,
    /// The backend's origin as the server reaches it, if given.
    pub backend: Option<String>,
    /// The API's base URL as the server reaches it (absolute).
    pub api_base: String,
    pub timeout: Duration,
    /// Bytes of backend answers kept; 0: none.
    pub cache_bytes: u64,
    /// Seconds a page may be kept by browsers and shared caches.
    pub page_max_age: u32,
    pub limits: Limits,
    /// The purge endpoint's secret, if it has one.
    pub purge_secret: Option<String>,
}

/// What one machine takes on at once, and how long it waits for a client.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Renders at once.
    pub renders: usize,
    /// How long a request waits for its render to start.
    pub render_queue: Duration,
    /// Open connections.
    pub connections: usize,
    /// How long a client may take to send its headers (or idle between
    /// requests on one connection).
    pub header_read: Duration,
    /// How long an answer may take.
    pub request: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        Limits {
            renders: 2 * cores,
            render_queue: Duration::from_millis(2_000),
            connections: 1_000,
            header_read: Duration::from_millis(10_000),
            request: Duration::from_millis(15_000),
        }
    }
}

impl Settings {
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Settings, String> {
        let mut args = args.into_iter();
        let (mut listen, mut dist, mut config_path, mut site_url, mut backend, mut timeout_ms) =
            (None, None, None, None, None, None);
        let mut cache_mb: u64 = 64;
        let mut page_max_age: u32 = 60;
        let mut purge_secret = std::env::var(crate::purge::SECRET_ENV).ok();
        let mut limits = Limits::default();
        let ms = |v: String, flag: &str| {
            v.parse::<u64>()
                .ok()
                .filter(|n| *n > 0)
                .map(Duration::from_millis)
                .ok_or_else(|| format!("{flag} needs a number of milliseconds"))
        };
        let count = |v: String, flag: &str| {
            v.parse::<usize>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| format!("{flag} needs a number above 0"))
        };
        while let Some(a) = args.next() {
            let mut value = || args.next().ok_or_else(|| format!("{a} needs a value"));
            match a.as_str() {
                "--dist" => dist = Some(PathBuf::from(value()?)),
                "--config" => config_path = Some(PathBuf::from(value()?)),
                "--port" => {
                    let port: u16 = value()?.parse().map_err(|_| "--port needs a number".to_string())?;
                    listen = Some(SocketAddr::from(([127, 0, 0, 1], port)));
                }
                "--listen" => listen = Some(value()?.parse().map_err(|_| "--listen needs ADDR:PORT".to_string())?),
                "--site-url" => site_url = Some(value()?),
                "--backend" => backend = Some(value()?),
                "--timeout-ms" => {
                    timeout_ms = Some(value()?.parse::<u32>().map_err(|_| "--timeout-ms needs a number")?);
                }
                "--cache-mb" => cache_mb = value()?.parse().map_err(|_| "--cache-mb needs a number")?,
                "--no-cache" => cache_mb = 0,
                "--page-max-age" => {
                    page_max_age = value()?
                        .parse()
                        .map_err(|_| "--page-max-age needs a number of seconds")?;
                }
                "--max-renders" => limits.renders = count(value()?, &a)?,
                "--render-queue-ms" => limits.render_queue = ms(value()?, &a)?,
                "--max-connections" => limits.connections = count(value()?, &a)?,
                "--header-timeout-ms" => limits.header_read = ms(value()?, &a)?,
                "--request-timeout-ms" => limits.request = ms(value()?, &a)?,
                "--purge-secret-file" => {
                    let file = value()?;
                    purge_secret =
                        Some(std::fs::read_to_string(&file).map_err(|e| format!("cannot read {file}: {e}"))?);
                }
                "-h" | "--help" => return Err(USAGE.into()),
                other => return Err(format!("unknown argument {other}\n{USAGE}")),
            }
        }
        let dist = dist.ok_or_else(|| format!("--dist is required\n{USAGE}"))?;
        let listen = listen.unwrap_or(SocketAddr::from(([127, 0, 0, 1], 8080)));
        let config_path = config_path.unwrap_or_else(|| dist.join("config.json"));
        let config_text =
            std::fs::read_to_string(&config_path).map_err(|e| format!("cannot read {}: {e}", config_path.display()))?;
        let config = Config::from_json(&config_text).map_err(|e| format!("{}: {e}", config_path.display()))?;
        let site_url = match site_url.or_else(|| config.site_url.clone()) {
            Some(s) => site_origin(&s).ok_or_else(|| format!("--site-url: not an http(s) origin: {s}"))?,
            None => format!("http://{listen}"),
        };
        let backend = match backend {
            Some(b) => Some(site_origin(&b).ok_or_else(|| format!("--backend: not an http(s) origin: {b}"))?),
            None => None,
        };
        let api_base = if config.api_base.starts_with('/') {
            let origin = backend.clone().ok_or_else(|| {
                format!(
                    "config.json's api_base {} is a path: say where the backend is with --backend URL",
                    config.api_base
                )
            })?;
            format!("{origin}{}", config.api_base)
        } else {
            config.api_base.clone()
        };
        let timeout = Duration::from_millis(u64::from(
            timeout_ms.unwrap_or(config.server_timeout_ms).clamp(100, 60_000),
        ));
        Ok(Settings {
            listen,
            dist,
            config_path,
            config_text,
            config,
            site_url,
            backend,
            api_base,
            timeout,
            cache_bytes: cache_mb.saturating_mul(1024 * 1024),
            page_max_age,
            limits,
            purge_secret,
        })
    }
}
