//! Publish times: RFC 3339 from the backend, shown in the portal's fixed time
//! zone (never the reader's), as `05/02/2021 - 02:39 PM`.

use crate::i18n::Locale;
use std::fmt;
use time::{format_description::well_known::Rfc3339, OffsetDateTime, UtcOffset};

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
    pub fn parse_rfc3339(s: &str) -> Result<Self, InvalidTimestamp> {
        OffsetDateTime::parse(s.trim(), &Rfc3339)
            .map(|t| Timestamp {
                unix: t.unix_timestamp(),
            })
            .map_err(|_| InvalidTimestamp(truncate_for_message(s)))
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
        let offset = UtcOffset::from_whole_seconds(zone.0).ok()?;
        let t = OffsetDateTime::from_unix_timestamp(self.unix)
            .ok()?
            .checked_to_offset(offset)?;
        Some(Civil {
            year: t.year(),
            month: u8::from(t.month()),
            day: t.day(),
            hour: t.hour(),
            minute: t.minute(),
            second: t.second(),
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

/// A wall-clock time in some zone: what is shown. (The widget computes it
/// with the browser's Date instead of the `time` crate, to stay small.)
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
