//! Dates as feeds write them: RFC 822 (RSS 2.0's `pubDate`), in the
//! portal's zone with its offset: `Fri, 05 Feb 2021 14:39:00 +0700`.

use tintuc::timefmt::{Timestamp, Zone};

const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `t` in RFC 822 (four-digit years), or none for a time no such date
/// can write (before year 1000 or after 9999: the backend's, not a real one).
pub fn rfc822(t: Timestamp, zone: Zone) -> Option<String> {
    let c = t.civil(zone)?;
    if !(1000..=9999).contains(&c.year) {
        return None;
    }
    // 1970-01-01 was a Thursday.
    let days = (t.unix() + i64::from(zone.0)).div_euclid(86_400);
    let weekday = WEEKDAYS[usize::try_from((days + 4).rem_euclid(7)).ok()?];
    let month = MONTHS.get(usize::from(c.month).checked_sub(1)?)?;
    let (sign, off) = if c.offset < 0 {
        ('-', -c.offset)
    } else {
        ('+', c.offset)
    };
    Some(format!(
        "{weekday}, {:02} {month} {:04} {:02}:{:02}:{:02} {sign}{:02}{:02}",
        c.day,
        c.year,
        c.hour,
        c.minute,
        c.second,
        off / 3600,
        off % 3600 / 60
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_articles_time_in_vietnam() {
        let t = Timestamp::parse_rfc3339("2021-02-05T07:39:00Z").unwrap();
        assert_eq!(
            rfc822(t, Zone::VIETNAM).as_deref(),
            Some("Fri, 05 Feb 2021 14:39:00 +0700")
        );
        assert_eq!(rfc822(t, Zone(0)).as_deref(), Some("Fri, 05 Feb 2021 07:39:00 +0000"));
        assert_eq!(
            rfc822(t, Zone(-(3 * 3600 + 1800))).as_deref(),
            Some("Fri, 05 Feb 2021 04:09:00 -0330")
        );
    }

    #[test]
    fn weekday_crosses_midnight_with_the_zone() {
        // 20:00 UTC on Sunday is 03:00 on Monday in Vietnam.
        let t = Timestamp::parse_rfc3339("2024-03-03T20:00:00Z").unwrap();
        assert_eq!(
            rfc822(t, Zone::VIETNAM).as_deref(),
            Some("Mon, 04 Mar 2024 03:00:00 +0700")
        );
        let before_1970 = Timestamp::parse_rfc3339("1969-12-31T23:00:00Z").unwrap();
        assert_eq!(
            rfc822(before_1970, Zone(0)).as_deref(),
            Some("Wed, 31 Dec 1969 23:00:00 +0000")
        );
    }

    #[test]
    fn no_date_for_years_rfc_822_cannot_write() {
        assert_eq!(rfc822(Timestamp::from_unix(-62_000_000_000), Zone(0)), None);
        assert_eq!(rfc822(Timestamp::from_unix(300_000_000_000), Zone(0)), None);
    }
}
