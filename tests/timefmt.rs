#![cfg(not(target_arch = "wasm32"))]
//! Publish times: `dd/mm/yyyy - hh:mm AM` in the portal's zone.

use tintuc::i18n::Locale;
use tintuc::timefmt::{Timestamp, Zone};

fn fmt(s: &str, zone: Zone) -> String {
    Timestamp::parse_rfc3339(s).unwrap().format_in(zone, Locale::Vi)
}

#[test]
fn the_seed_article_time() {
    assert_eq!(fmt("2021-02-05T14:39:00+07:00", Zone::VIETNAM), "05/02/2021 - 02:39 PM");
    // The same instant written in UTC, or another offset, shows the same.
    assert_eq!(fmt("2021-02-05T07:39:00Z", Zone::VIETNAM), "05/02/2021 - 02:39 PM");
    assert_eq!(fmt("2021-02-05T16:39:00+09:00", Zone::VIETNAM), "05/02/2021 - 02:39 PM");
}

#[test]
fn noon_and_midnight() {
    assert_eq!(fmt("2021-02-05T12:05:00+07:00", Zone::VIETNAM), "05/02/2021 - 12:05 PM");
    assert_eq!(fmt("2021-02-05T00:05:00+07:00", Zone::VIETNAM), "05/02/2021 - 12:05 AM");
    assert_eq!(fmt("2021-02-05T11:59:00+07:00", Zone::VIETNAM), "05/02/2021 - 11:59 AM");
    assert_eq!(fmt("2021-02-05T23:59:59+07:00", Zone::VIETNAM), "05/02/2021 - 11:59 PM");
    assert_eq!(fmt("2021-02-05T13:00:00+07:00", Zone::VIETNAM), "05/02/2021 - 01:00 PM");
}

#[test]
fn the_date_changes_with_the_zone_not_the_reader() {
    // 20:30 UTC is already the next day in Vietnam.
    assert_eq!(fmt("2021-12-31T20:30:00Z", Zone::VIETNAM), "01/01/2022 - 03:30 AM");
    assert_eq!(fmt("2021-12-31T20:30:00Z", Zone(0)), "31/12/2021 - 08:30 PM");
    assert_eq!(
        fmt("2021-12-31T20:30:00Z", Zone::parse("-03:30").unwrap()),
        "31/12/2021 - 05:00 PM"
    );
}

#[test]
fn datetime_attribute_is_rfc3339_in_the_portal_zone() {
    let t = Timestamp::parse_rfc3339("2021-02-05T07:39:00Z").unwrap();
    assert_eq!(t.to_rfc3339(Zone::VIETNAM), "2021-02-05T14:39:00+07:00");
    assert_eq!(
        t.to_rfc3339(Zone::parse("-03:30").unwrap()),
        "2021-02-05T04:09:00-03:30"
    );
}

#[test]
fn invalid_inputs_are_errors() {
    for s in [
        "",
        "05/02/2021 - 02:39 PM",
        "2021-02-05",
        "2021-02-05T14:39:00",
        "2021-02-30T14:39:00+07:00",
        "2021-13-05T14:39:00+07:00",
        "2021-02-05T25:39:00+07:00",
        "２０２１-02-05T14:39:00+07:00",
        "2021-02-05T14:39:00+07:00 trailing",
    ] {
        assert!(Timestamp::parse_rfc3339(s).is_err(), "{s:?} should be rejected");
    }
}

#[test]
fn zones_parse_in_the_usual_spellings() {
    assert_eq!(Zone::parse("+07:00"), Some(Zone(25200)));
    assert_eq!(Zone::parse("+0700"), Some(Zone(25200)));
    assert_eq!(Zone::parse("UTC+7"), Some(Zone(25200)));
    assert_eq!(Zone::parse("Z"), Some(Zone(0)));
    assert_eq!(Zone::parse("-03:30"), Some(Zone(-12600)));
    for bad in ["", "+", "7", "+25:00", "+07:60", "+0é0", "Asia/Ho_Chi_Minh", "++07"] {
        assert_eq!(
            Zone::parse(bad),
            if bad.is_empty() { Some(Zone(0)) } else { None },
            "{bad:?}"
        );
    }
}

#[test]
fn out_of_range_instants_format_as_empty_not_panic() {
    assert_eq!(Timestamp::from_unix(i64::MAX).format_in(Zone::VIETNAM, Locale::Vi), "");
    assert_eq!(Timestamp::from_unix(i64::MIN).to_rfc3339(Zone::VIETNAM), "");
}

#[test]
fn english_dates_and_relative_times_in_both_languages() {
    let t = Timestamp::parse_rfc3339("2021-02-05T14:39:00+07:00").unwrap();
    assert_eq!(t.format_in(Zone::VIETNAM, Locale::En), "Feb 5, 2021, 2:39 PM");
    assert_eq!(t.format_in(Zone::VIETNAM, Locale::Vi), "05/02/2021 - 02:39 PM");
    assert_eq!(
        Timestamp::parse_rfc3339("2021-12-31T17:05:00Z")
            .unwrap()
            .format_in(Zone::VIETNAM, Locale::En),
        "Jan 1, 2022, 12:05 AM"
    );
    let at = |secs: i64| Timestamp::from_unix(t.unix() + secs);
    let rel = |secs: i64, l: Locale| t.relative(at(secs), l);
    assert_eq!(rel(0, Locale::Vi).as_deref(), Some("Vừa xong"));
    assert_eq!(rel(30, Locale::En).as_deref(), Some("Just now"));
    assert_eq!(rel(60, Locale::En).as_deref(), Some("1 minute ago"), "singular");
    assert_eq!(rel(5 * 60, Locale::En).as_deref(), Some("5 minutes ago"), "plural");
    assert_eq!(rel(5 * 60, Locale::Vi).as_deref(), Some("5 phút trước"));
    assert_eq!(rel(3600, Locale::En).as_deref(), Some("1 hour ago"));
    assert_eq!(rel(23 * 3600, Locale::Vi).as_deref(), Some("23 giờ trước"));
    assert_eq!(rel(24 * 3600, Locale::Vi), None, "from a day on: the absolute time");
    assert_eq!(rel(-30, Locale::Vi).as_deref(), Some("Vừa xong"), "a little clock skew");
    assert_eq!(rel(-3600, Locale::Vi), None, "the future is shown as it is");
    assert_eq!(
        Timestamp::from_unix(i64::MIN).relative(Timestamp::from_unix(i64::MAX), Locale::Vi),
        None
    );
}

#[test]
fn plural_rules_and_language_choice() {
    use tintuc::i18n::{en::EN, vi::VI};
    assert_eq!((EN.search_count)(1), "1 result");
    assert_eq!((EN.search_count)(0), "0 results");
    assert_eq!((EN.search_count)(12), "12 results");
    assert_eq!((VI.search_count)(1), "1 kết quả");
    assert_eq!((VI.search_count)(12), "12 kết quả");
    assert_eq!((EN.retry_in)(1), "Trying again in 1 second.");
    assert_eq!((EN.retry_in)(5), "Trying again in 5 seconds.");
    assert_eq!(
        Locale::choose(None, Locale::Vi),
        Locale::Vi,
        "the portal's language by default"
    );
    assert_eq!(Locale::choose(None, Locale::En), Locale::En);
    assert_eq!(
        Locale::choose(Some("en"), Locale::Vi),
        Locale::En,
        "a saved choice wins"
    );
    assert_eq!(Locale::choose(Some("vi"), Locale::En), Locale::Vi);
    assert_eq!(
        Locale::choose(Some("de"), Locale::Vi),
        Locale::Vi,
        "an unknown saved value is ignored"
    );
    assert_eq!(Locale::from_tag("EN_us"), Some(Locale::En));
}

#[test]
fn a_copy_says_when_it_was_fetched() {
    let zone = Zone(7 * 3600);
    let at = Timestamp::parse_rfc3339("2026-03-04T14:05:00+07:00").unwrap();
    let later = Timestamp::parse_rfc3339("2026-03-04T23:59:00+07:00").unwrap();
    assert_eq!(at.fetched_at(later, zone, Locale::Vi), "14:05");
    assert_eq!(at.fetched_at(later, zone, Locale::En), "2:05 PM");
    // Another day in the portal's zone (the same day in UTC): the date too.
    let next_day = Timestamp::parse_rfc3339("2026-03-05T00:01:00+07:00").unwrap();
    assert_eq!(at.fetched_at(next_day, zone, Locale::Vi), "04/03/2026 - 02:05 PM");
    assert_eq!(at.fetched_at(next_day, zone, Locale::En), "Mar 4, 2026, 2:05 PM");
    let c = tintuc::i18n::Locale::Vi.catalog();
    assert_eq!((c.updated_at)("14:05"), "Cập nhật lúc 14:05");
    assert_eq!((Locale::En.catalog().updated_at)("2:05 PM"), "Updated at 2:05 PM");
}
