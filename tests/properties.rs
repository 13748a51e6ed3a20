#![cfg(not(target_arch = "wasm32"))]
//! Property tests: every function that takes backend or URL data, on
//! arbitrary input. None may panic; where there is an invariant, it holds.
//! Each test prints how many cases ran (`./tasks test` shows it).

#[path = "support/fields.rs"]
mod fields;
#[path = "support/seed.rs"]
mod seed;
use proptest::prelude::*;
use proptest::test_runner::{Config as RunnerConfig, TestRunner};
use serde_json::{json, Value};
use tintuc::api::decode::{decode_article, decode_article_page, decode_categories, decode_other_news};
use tintuc::api::media::MediaBase;
use tintuc::api::ApiError;
use tintuc::config::Config;
use tintuc::i18n::Locale;
use tintuc::pagination::{parse_page, PageCell, Pager};
use tintuc::percent::{decode, encode, query_param};
use tintuc::route::{self, Page, MAX_QUERY_CHARS};
use tintuc::sanitize::rules::*;
use tintuc::sanitize::url_rules::*;
use tintuc::timefmt::{Timestamp, Zone};

const CASES: u32 = 2_000;

/// Runs `test` on `CASES` inputs from `strategy` and reports the count.
fn check<S: Strategy>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let mut runner = TestRunner::new(RunnerConfig {
        cases: CASES,
        failure_persistence: None,
        ..RunnerConfig::default()
    });
    if let Err(e) = runner.run(&strategy, test) {
        panic!("{name}: {e}");
    }
    println!("property {name}: {CASES} cases, all held");
}

use fields::FIELDS;

/// Any JSON value, with object keys mostly from the contract's field names
/// so that decoding gets deep before it fails.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u32>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        ".{0,40}".prop_map(Value::String),
        Just(json!("2021-02-05T14:39:00+07:00")),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(FIELDS).prop_map(String::from), inner), 0..10)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

fn seed_json() -> Value {
    serde_json::from_str(seed::DATA_FILE).unwrap()
}

fn decode_all(text: &str) {
    for r in [
        decode_article(text).map(|_| ()),
        decode_article_page(text).map(|_| ()),
        decode_categories(text).map(|_| ()),
        decode_other_news(text).map(|_| ()),
    ] {
        if let Err(e) = r {
            assert!(matches!(e, ApiError::Decode(_)), "{e:?}");
        }
    }
}

#[test]
fn decoding_arbitrary_text_never_panics() {
    check("decode arbitrary text", any::<String>(), |s| {
        decode_all(&s);
        Ok(())
    });
}

#[test]
fn decoding_arbitrary_json_never_panics() {
    check("decode arbitrary JSON", any_json(), |v| {
        decode_all(&v.to_string());
        Ok(())
    });
}

#[test]
fn a_real_article_with_one_field_replaced_never_panics() {
    let fields: Vec<String> = seed_json().as_object().unwrap().keys().cloned().collect();
    check(
        "decode the seed article with a field replaced",
        (prop::sample::select(fields), any_json()),
        |(field, value)| {
            let mut a = seed_json();
            a[&field] = value;
            decode_all(&a.to_string());
            // Also as one item of a page: the whole page decodes or fails whole.
            let page = json!({"items": [a], "page": 1, "per_page": 10, "total": 1});
            decode_all(&page.to_string());
            Ok(())
        },
    );
}

#[test]
fn truncated_json_is_a_decode_error() {
    let text = seed_json().to_string();
    check("decode truncated JSON", 0..text.len(), |cut| {
        let mut end = cut;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        prop_assert!(matches!(decode_article(&text[..end]), Err(ApiError::Decode(_))));
        Ok(())
    });
}

#[test]
fn times_parse_or_fail_and_always_format() {
    check("parse arbitrary date strings", any::<String>(), |s| {
        let _ = Timestamp::parse_rfc3339(&s);
        Ok(())
    });
    check(
        "format any instant in any zone",
        (any::<i64>(), any::<i32>()),
        |(unix, off)| {
            let t = Timestamp::from_unix(unix);
            let _ = t.format_in(Zone(off), Locale::Vi);
            let _ = t.to_rfc3339(Zone(off));
            Ok(())
        },
    );
    check(
        "format then parse gives the same instant",
        (-62_135_596_800i64..253_402_300_799i64, -50_400i32..=50_400i32),
        |(unix, off)| {
            let zone = Zone(off / 60 * 60);
            let t = Timestamp::from_unix(unix);
            let text = t.to_rfc3339(zone);
            prop_assert_eq!(Timestamp::parse_rfc3339(&text).map(|p| p.unix()), Ok(unix), "{}", text);
            let shown = t.format_in(zone, Locale::Vi);
            prop_assert_eq!(shown.len(), 21, "{}", shown);
            Ok(())
        },
    );
    check("parse arbitrary zones", any::<String>(), |s| {
        if let Some(z) = Zone::parse(&s) {
            prop_assert!(z.0.abs() <= 14 * 3600 + 59 * 60);
        }
        Ok(())
    });
}

/// The `time` crate's reading of `s`, as src/timefmt.rs's used to be.
fn time_crate_parse(s: &str) -> Option<i64> {
    use time::format_description::well_known::Rfc3339;
    time::OffsetDateTime::parse(s.trim(), &Rfc3339)
        .ok()
        .map(|t| t.unix_timestamp())
}

#[test]
fn times_parse_and_show_as_the_time_crate_does() {
    let ours = |s: &str| Timestamp::parse_rfc3339(s).ok().map(|t| t.unix());
    check("parse arbitrary strings as the time crate", any::<String>(), |s| {
        prop_assert_eq!(ours(&s), time_crate_parse(&s), "{:?}", s);
        Ok(())
    });
    // Nearly RFC 3339: every field at and past its bounds, any separator,
    // fractions, offsets, leap seconds.
    let near = "[0-9]{4}-(0[0-9]|1[0-3]|[0-9]{1,3})-([0-3][0-9]|[0-9])[Tt x_][0-2][0-9]:[0-6][0-9]:[0-6][0-9](\\.[0-9]{0,12})?([Zz]|[+-][0-2][0-9]:[0-6][0-9]|[+-][0-9]{2,4}|)[ a]?";
    check("parse nearly RFC 3339 strings as the time crate", near, |s| {
        prop_assert_eq!(ours(&s), time_crate_parse(&s), "{:?}", s);
        Ok(())
    });
    let leap = (
        0u32..=9999,
        prop_oneof![Just(1u8), Just(2), Just(3), Just(6), Just(12)],
        27u8..=31,
        22u8..=23,
        -2i32..=2,
    );
    check("leap seconds as the time crate", leap, |(y, m, d, h, off)| {
        let s = format!(
            "{y:04}-{m:02}-{d:02}T{h:02}:59:60{}{:02}:00",
            if off < 0 { '-' } else { '+' },
            off.abs()
        );
        prop_assert_eq!(ours(&s), time_crate_parse(&s), "{:?}", s);
        Ok(())
    });
    check(
        "the wall clock of any instant in any zone as the time crate",
        (
            prop_oneof![any::<i64>(), -377_705_200_000i64..253_402_400_000],
            -100_000i32..=100_000,
        ),
        |(unix, off)| {
            let theirs = time::UtcOffset::from_whole_seconds(off).ok().and_then(|o| {
                let t = time::OffsetDateTime::from_unix_timestamp(unix)
                    .ok()?
                    .checked_to_offset(o)?;
                Some((t.year(), u8::from(t.month()), t.day(), t.hour(), t.minute(), t.second()))
            });
            let ours = Timestamp::from_unix(unix)
                .civil(Zone(off))
                .map(|c| (c.year, c.month, c.day, c.hour, c.minute, c.second));
            prop_assert_eq!(ours, theirs, "{} {}", unix, off);
            Ok(())
        },
    );
}

#[test]
fn pager_arithmetic_holds_for_any_numbers() {
    check(
        "pager on any numbers",
        (any::<u32>(), any::<u32>(), any::<u64>(), 0u32..5),
        |(cur, per, total, radius)| {
            let p = Pager::new(cur, per, total);
            prop_assert!(p.current >= 1);
            let cells = p.cells(radius);
            prop_assert!(cells.len() <= (2 * radius + 5) as usize);
            let pages: Vec<u32> = cells
                .iter()
                .filter_map(|c| match c {
                    PageCell::Page(n) => Some(*n),
                    PageCell::Gap => None,
                })
                .collect();
            prop_assert!(pages.windows(2).all(|w| w[0] < w[1]), "{:?}", cells);
            prop_assert!(pages.iter().all(|&n| n >= 1 && n <= p.total_pages));
            if let Some(n) = p.next() {
                prop_assert!(n <= p.total_pages && n > p.current);
            }
            if let Some(n) = p.prev() {
                prop_assert!(n >= 1 && n < p.current);
            }
            if p.total_pages > 0 && p.current <= p.total_pages {
                prop_assert!(pages.contains(&p.current));
            }
            Ok(())
        },
    );
    check("page query values", any::<String>(), |s| {
        prop_assert!(parse_page(Some(&s)) >= 1);
        Ok(())
    });
}

/// Pages as the route model writes them: canonical params.
fn any_page() -> impl Strategy<Value = Page> {
    let slug = any::<String>().prop_filter("a slug", |s| route::is_slug(s));
    let query = any::<String>().prop_map(|q| route::clean_query(&q));
    prop_oneof![
        (1u32..u32::MAX).prop_map(|page| Page::Home { page }),
        (slug.clone(), 1u32..1000).prop_map(|(slug, page)| Page::Category { slug, page }),
        slug.prop_map(|slug| Page::Article { slug }),
        (query, 1u32..1000).prop_map(|(q, page)| Page::Search { q, page }),
        Just(Page::Embed),
    ]
}

fn parse_href(href: &str) -> Page {
    let (path, search) = href.split_once('?').unwrap_or((href, ""));
    Page::parse(path, search)
}

#[test]
fn urls_and_slugs_survive_anything() {
    check("segments round-trip", any::<String>(), |s| {
        let e = encode(&s);
        prop_assert!(
            e.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)),
            "{}",
            e
        );
        prop_assert_eq!(decode(&e), s);
        Ok(())
    });
    check("every page's address parses back to it", any_page(), |p| {
        prop_assert_eq!(parse_href(&p.href()), p);
        Ok(())
    });
    check(
        "any address is a page whose address is canonical",
        (any::<String>(), any::<String>()),
        |(path, search)| {
            let page = Page::parse(&path, &search);
            prop_assert!(page.page_number() >= 1);
            if let Page::Search { q, .. } = &page {
                prop_assert!(q.chars().count() <= MAX_QUERY_CHARS);
                prop_assert_eq!(q.trim(), q.as_str());
            }
            if page != Page::NotFound {
                prop_assert_eq!(parse_href(&page.href()), page.clone());
            }
            let _ = query_param(&search, "page");
            Ok(())
        },
    );
}

/// `javascript:` as attackers spell it: any case, with tabs, newlines and
/// control characters sprinkled in, behind leading junk.
fn obfuscated_javascript() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(
            prop::sample::select(vec![' ', '\u{0}', '\u{1}', '\u{1f}', '\t', '\n']),
            0..4,
        ),
        prop::collection::vec((any::<bool>(), prop::sample::select(vec!["", "\t", "\n", "\r"])), 10),
        ".{0,20}",
    )
        .prop_map(|(lead, mix, tail)| {
            let mut s: String = lead.into_iter().collect();
            for (c, (upper, junk)) in "javascript".chars().zip(mix) {
                s.push(if upper { c.to_ascii_uppercase() } else { c });
                s.push_str(junk);
            }
            s.push(':');
            s + &tail
        })
}

#[test]
fn sanitizer_rules_hold_for_any_strings() {
    check(
        "no spelling of javascript: is allowed",
        obfuscated_javascript(),
        |url| {
            prop_assert!(!scheme_allowed(&url, UrlUse::Link), "{:?}", url);
            prop_assert!(!scheme_allowed(&url, UrlUse::Image), "{:?}", url);
            Ok(())
        },
    );
    check("url rules on arbitrary strings", any::<String>(), |s| {
        if scheme_allowed(&s, UrlUse::Link) {
            let scheme = url_scheme(&s);
            prop_assert!(
                matches!(scheme.as_deref(), None | Some("http" | "https" | "mailto")),
                "{:?}",
                scheme
            );
        }
        let _ = read_style(&s);
        let _ = clean_number(&s, u32::MAX);
        let _ = clean_dir(&s);
        let _ = tag_action(&s);
        let _ = is_byline(&s, &s);
        let _ = normalize_ws(&s);
        Ok(())
    });
    check(
        "thumbnail URLs are http(s) or absolute paths",
        (any::<String>(), any::<bool>()),
        |(s, https)| {
            let base = MediaBase {
                origin: "https://news.example".into(),
                page_is_https: https,
            };
            if let Some(u) = base.absolutize(&s) {
                let lower = u.to_ascii_lowercase();
                prop_assert!(
                    lower.starts_with("https://") || (!https && lower.starts_with("http://")),
                    "{}",
                    u
                );
            }
            Ok(())
        },
    );
}

#[test]
fn configs_parse_or_say_why() {
    check("config from arbitrary JSON", any_json(), |v| {
        let _ = Config::from_json(&v.to_string());
        Ok(())
    });
    // A config with a bad value in one key: the error names that key.
    let bad = prop_oneof![
        Just(("api_base", json!("ftp://x/"))),
        Just(("api_base", json!(""))),
        // Paths that are other hosts: `//host`, `/\host`, with any tabs or
        // newlines the URL parser drops between.
        (
            "[a-z]{1,12}(\\.[a-z]{2,3})?",
            "[/\\\\]",
            prop::collection::vec("[\t\n\r]", 0..3)
        )
            .prop_map(|(host, second, ws)| ("api_base", json!(format!("/{}{second}{host}/api/", ws.concat())))),
        any::<i64>()
            .prop_filter("out of range", |n| !(1..=100).contains(n))
            .prop_map(|n| ("page_size", json!(n))),
        "[a-z0-9:+ -]{0,8}"
            .prop_filter("not an offset", |z| Zone::parse(z).is_none())
            .prop_map(|z| ("time_zone", json!(z))),
        Just(("backend", json!("drupal"))),
        Just(("other_news_scope", json!("all"))),
    ];
    check("a bad config names its key", bad, |(key, value)| {
        let mut c = json!({"api_base": "/api/"});
        c[key] = value;
        let err = Config::from_json(&c.to_string()).expect_err("a bad value must not pass");
        prop_assert!(err.contains(key), "{} does not name {}", err, key);
        Ok(())
    });
}
