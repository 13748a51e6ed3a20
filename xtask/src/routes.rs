//! The route model as a table for the boot script (`web/boot.js`): each
//! page's address and what it asks tintuc's contract for first, as
//! templates whose `{…}` the script fills from the address and the config.
//! Nothing here is written twice: the table is read off the model itself,
//! asked with stand-in values that are then replaced by their placeholders
//! (and checked to come back whole, so a change of the model that the
//! table cannot say fails the build instead).

use serde_json::{json, Value};
use tintuc::api::backend::tintuc::url;
use tintuc::api::request::Request;
use tintuc::config::{Config, OtherNewsScope};
use tintuc::route::{app_needs, Page, PageKind};

/// Stand-ins, each found nowhere else in an address or a URL.
const SLUG: &str = "zqslugzq";
const QUERY: &str = "zqqueryzq";
const PAGE: u32 = 6_262_626;
const PAGE_SIZE: u32 = 7_373_737;
const LIMIT: u32 = 8_383_838;
const BASE: &str = "/zqbasezq/";

/// A page of `kind` with stand-ins for its params (none for the 404 page,
/// which has no address of its own).
fn sample(kind: PageKind, q: &str) -> Option<Page> {
    Some(match kind {
        PageKind::Home => Page::Home { page: PAGE },
        PageKind::Category => Page::Category {
            slug: SLUG.into(),
            page: PAGE,
        },
        PageKind::Topic => Page::Topic {
            slug: SLUG.into(),
            page: PAGE,
        },
        PageKind::Article => Page::Article { slug: SLUG.into() },
        PageKind::Search => Page::Search {
            q: q.into(),
            page: PAGE,
        },
        PageKind::Embed => Page::Embed,
        PageKind::Saved => Page::Saved,
        PageKind::NotFound => return None,
    })
}

/// `text` with the stand-ins as placeholders; an error if one is left.
fn placeholders(text: &str) -> Result<String, String> {
    let out = text
        .replace(BASE, "{base}")
        .replace(SLUG, "{slug}")
        .replace(QUERY, "{q}")
        .replace(&PAGE_SIZE.to_string(), "{page_size}")
        .replace(&LIMIT.to_string(), "{other_news_limit}")
        .replace(&PAGE.to_string(), "{page}");
    if out.contains("zq") || out.contains("6262") || out.contains("7373") || out.contains("8383") {
        return Err(format!("a stand-in was changed on its way into {text}"));
    }
    Ok(out)
}

fn config(scope: OtherNewsScope) -> Result<Config, String> {
    let mut c = Config::from_json(&format!("{{\"api_base\": \"{BASE}\"}}"))?;
    c.page_size = PAGE_SIZE;
    c.other_news_limit = LIMIT;
    c.other_news_scope = scope;
    Ok(c)
}

/// The contract's URL for `req` as a template: the stand-ins and the other
/// news's scope (where the URLs of the two scopes differ) as placeholders.
fn need(req: &Request) -> Result<String, String> {
    let [first, other] = OtherNewsScope::ALL;
    let (a, b) = (url(req, &config(first)?), url(req, &config(other)?));
    let templ = if a == b {
        a
    } else {
        let pre = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
        let suf = a.bytes().rev().zip(b.bytes().rev()).take_while(|(x, y)| x == y).count();
        if (&a[pre..a.len() - suf], &b[pre..b.len() - suf]) != (first.name(), other.name()) {
            return Err(format!("the scope is not one value of {a}"));
        }
        format!("{}{{other_news_scope}}{}", &a[..pre], &a[a.len() - suf..])
    };
    placeholders(&templ)
}

fn needs(reqs: &[Request]) -> Result<Vec<String>, String> {
    reqs.iter().map(need).collect()
}

/// One route's row: its path's segments and query params as templates,
/// and its needs.
fn row(kind: PageKind) -> Result<Option<Value>, String> {
    let Some(page) = sample(kind, QUERY) else {
        return Ok(None);
    };
    let href = page.href();
    let (path, query) = href.split_once('?').unwrap_or((&href, ""));
    if Page::parse(path, &format!("?{query}")) != page {
        return Err(format!("{href} does not parse back to {page:?}"));
    }
    let segments: Vec<String> = path
        .trim_end_matches('/')
        .split('/')
        .skip(1)
        .map(placeholders)
        .collect::<Result<_, _>>()?;
    let mut params = serde_json::Map::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        params.insert(name.into(), placeholders(value)?.into());
    }
    let wants = page.needs();
    let all: Vec<Request> = wants.primary.into_iter().chain(wants.secondary).collect();
    let templates = needs(&all)?;
    // The script's one rule for a param left empty: the needs that use it
    // are not asked. It must be the model's (a search without words asks
    // for no list).
    if let Some(empty) = sample(kind, "") {
        let e = empty.needs();
        let asked = needs(&e.primary.into_iter().chain(e.secondary).collect::<Vec<_>>())?;
        let kept: Vec<String> = templates.iter().filter(|t| !t.contains("{q}")).cloned().collect();
        if asked != kept {
            return Err(format!("{kind:?} without q asks {asked:?}, not {kept:?}"));
        }
    }
    Ok(Some(json!({
        "path": segments,
        "query": params,
        "needs": templates,
    })))
}

/// The table: `{ app: [...], routes: [...], unknown: [...] }`: every
/// route and what it asks for besides the app's needs, and what an address
/// that is no route asks for (the 404's latest news).
pub fn table() -> Result<Value, String> {
    let mut routes = Vec::new();
    for kind in PageKind::ALL {
        if let Some(r) = row(kind)? {
            routes.push(r);
        }
    }
    let unknown = Page::NotFound.needs();
    let unknown: Vec<Request> = unknown.primary.into_iter().chain(unknown.secondary).collect();
    Ok(json!({ "app": needs(&app_needs())?, "routes": routes, "unknown": needs(&unknown)? }))
}

/// What the model asks first at each of `locations` (`/path?query`) under
/// `config` (its JSON): the app's needs, then the page's.
pub fn needs_at(config: &str, locations: &[&str]) -> Result<Value, String> {
    let c = Config::from_json(config)?;
    let lists = locations.iter().map(|l| {
        let (path, query) = l.split_once('?').unwrap_or((l, ""));
        let urls: Vec<String> = Page::parse(path, &format!("?{query}"))
            .requests()
            .iter()
            .map(|r| url(r, &c))
            .collect();
        json!(urls)
    });
    Ok(Value::Array(lists.collect()))
}
