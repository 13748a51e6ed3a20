//! Publish times: RFC 3339 from the backend, shown in the portal's fixed time
//! zone (never the reader's), as `05/02/2021 - 02:39 PM`.
//!
//! The calendar arithmetic is written here (days from a civil date and
//! back, Howard Hinnant's algorithms) rather than taken from the `time`
//! crate: its RFC 3339 parser and calendar code were ~4 KB of the partner
//! widget's brotli'd WASM (measured), a tenth of its budget. The tests hold
//! both to the `time` crate's answers (`tests/properties.rs`).

use crate::i18n::Locale;
use std::fmt;

mod calendar;

use calendar::{civil_from_days, parse_date_time, MAX_UNIX, MIN_UNIX};

/// An instant read from the backend, kept as UTC seconds: the offset the
/// backend wrote is irrelevant once the instant is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Timestamp {
    unix: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidTimestamp(pub String);

impl fmt::Display for InvalidTimestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not an RFC 3339 date-time with offset: \"{}\"", self.0)
    }
}

impl Timestamp {
    /// RFC 3339's `date-time`, as the `time` crate reads it: any one
    /// character between date and time, an optional fraction (dropped), `Z`
    /// or an offset up to ±23:59, and a leap second (`:60`) only where one
    /// can be (the last second of a month, UTC), read as the second before.
    pub fn parse_rfc3339(s: &str) -> Result<Self, InvalidTimestamp> {
        parse_date_time(s.trim().as_bytes())
            .map(|unix| Timestamp { unix })
            .ok_or_else(|| InvalidTimestamp(truncate_for_message(s)))
    }

    pub fn from_unix(unix: i64) -> Self {
        Timestamp { unix }
    }

    pub fn unix(self) -> i64 {
        self.unix
    }

    /// The wall clock in `zone`, or `None` when the instant is outside the
    /// range the calendar code supports (hostile input: year 30000).
    pub fn civil(self, zone: Zone) -> Option<Civil> {
        // Years -9999 to 9999, before and after the offset, and offsets up
        // to ±25:59:59 (the `time` crate's ranges).
        let range = MIN_UNIX..=MAX_UNIX;
        if !range.contains(&self.unix) || zone.0.unsigned_abs() > 93_599 {
            return None;
        }
        let local = self.unix + i64::from(zone.0);
        if !range.contains(&local) {
            return None;
        }
        let (year, month, day) = civil_from_days(local.div_euclid(86_400));
        let secs = local.rem_euclid(86_400) as u32;
        Some(Civil {
            year: year as i32,
            month,
            day,
            hour: (secs / 3600) as u8,
            minute: (secs / 60 % 60) as u8,
            second: (secs % 60) as u8,
            offset: zone.0,
        })
    }

    /// The machine-readable form for `<time datetime>`, in the portal's zone.
    pub fn to_rfc3339(self, zone: Zone) -> String {
        self.civil(zone).map(|c| c.rfc3339()).unwrap_or_default()
    }

    /// The absolute time in `locale`: `05/02/2021 - 02:39 PM` (the portal's
    /// format: zero-padded day/month, 12-hour clock) in Vietnamese,
    /// `Feb 5, 2021, 2:39 PM` in English.
    pub fn format_in(self, zone: Zone, locale: Locale) -> String {
        self.civil(zone).map(|c| c.format(locale)).unwrap_or_default()
    }

    /// When a copy was fetched, as a page says it: the time of day when it
    /// is `now`'s day in `zone` ("14:05", "2:05 PM"), else the whole time.
    /// (Offline reading's: in other builds it would change how the rest is
    /// inlined, and cost the widget bytes.)
    #[cfg(feature = "offline")]
    pub fn fetched_at(self, now: Timestamp, zone: Zone, locale: Locale) -> String {
        match (self.civil(zone), now.civil(zone)) {
            (Some(c), Some(n)) if (c.year, c.month, c.day) == (n.year, n.month, n.day) => c.clock(locale),
            (Some(c), _) => c.format(locale),
            _ => String::new(),
        }
    }

    /// "5 phút trước" for the last day; `None` from a day on (or for a time
    /// in the future beyond a minute of clock skew): then the absolute time.
    pub fn relative(self, now: Timestamp, locale: Locale) -> Option<String> {
        let age = now.unix.checked_sub(self.unix)?;
        if !(-60..86_400).contains(&age) {
            return None;
        }
        let c = locale.catalog();
        let age = age.max(0) as u64;
        Some(match age {
            0..=59 => c.just_now.to_string(),
            60..=3_599 => (c.minutes_ago)(age / 60),
            _ => (c.hours_ago)(age / 3_600),
        })
    }
}

/// A wall-clock time in some zone: what is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Civil {
    pub year: i32,
    /// 1-12.
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    /// The zone's offset from UTC, in seconds.
    pub offset: i32,
}

impl Civil {
    /// Vietnamese: `05/02/2021 - 02:39 PM`; English: `Feb 5, 2021, 2:39 PM`.
    pub fn format(&self, locale: Locale) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let (h12, ampm) = to_12h(self.hour);
        match locale {
            Locale::Vi => format!(
                "{:02}/{:02}/{:04} - {:02}:{:02} {}",
                self.day, self.month, self.year, h12, self.minute, ampm
            ),
            Locale::En => {
                let month = MONTHS[usize::from(self.month).saturating_sub(1) % 12];
                format!("{month} {}, {}, {h12}:{:02} {ampm}", self.day, self.year, self.minute)
            }
        }
    }

    /// The time of day: `14:05` in Vietnamese, `2:05 PM` in English.
    #[cfg(feature = "offline")]
    pub fn clock(&self, locale: Locale) -> String {
        match locale {
            Locale::Vi => format!("{:02}:{:02}", self.hour, self.minute),
            Locale::En => {
                let (h12, ampm) = to_12h(self.hour);
                format!("{h12}:{:02} {ampm}", self.minute)
            }
        }
    }

    /// `2021-02-05T14:39:00+07:00`.
    pub fn rfc3339(&self) -> String {
        let (sign, off) = if self.offset < 0 {
            ('-', -self.offset)
        } else {
            ('+', self.offset)
        };
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}",
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute,
            self.second,
            sign,
            off / 3600,
            off % 3600 / 60
        )
    }
}

fn to_12h(hour: u8) -> (u8, &'static str) {
    match hour {
        0 => (12, "AM"),
        1..=11 => (hour, "AM"),
        12 => (12, "PM"),
        _ => (hour - 12, "PM"),
    }
}

fn truncate_for_message(s: &str) -> String {
    s.chars().take(40).collect()
}

/// A fixed UTC offset in seconds. Vietnam has had no daylight saving time
/// since 1975, so a fixed offset is exact and needs no time-zone database.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Zone(pub i32);

impl Zone {
    pub const VIETNAM: Zone = Zone(7 * 3600);

    /// Parses `+07:00`, `-03:30`, `+0700`, `UTC+7`, `Z`.
    pub fn parse(s: &str) -> Option<Zone> {
        let s = s.trim();
        let s = s.strip_prefix("UTC").or_else(|| s.strip_prefix("GMT")).unwrap_or(s);
        if s.is_empty() || s == "Z" {
            return Some(Zone(0));
        }
        let (sign, rest) = match s.as_bytes()[0] {
            b'+' => (1, &s[1..]),
            b'-' => (-1, &s[1..]),
            _ => return None,
        };
        // Checked first: the split below is by byte index.
        if !rest.bytes().all(|b| b.is_ascii_digit() || b == b':') {
            return None;
        }
        let (h, m) = match rest.split_once(':') {
            Some((h, m)) => (h, m),
            None if rest.len() == 4 => rest.split_at(2),
            None => (rest, "0"),
        };
        let h: i32 = h.parse().ok().filter(|h| (0..=14).contains(h))?;
        let m: i32 = m.parse().ok().filter(|m| (0..60).contains(m))?;
        Some(Zone(sign * (h * 3600 + m * 60)))
    }
}

impl Default for Zone {
    fn default() -> Self {
        Zone::VIETNAM
    }
}
