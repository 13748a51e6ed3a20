//! The proleptic Gregorian calendar, by hand: days from a civil date and
//! back (Howard Hinnant's algorithms), and an RFC 3339 timestamp's seconds
//! since the epoch. See the module above for why it is not the `time`
//! crate's.

/// -9999-01-01T00:00:00Z and 9999-12-31T23:59:59Z.
pub(super) const MIN_UNIX: i64 = -377_705_116_800;
pub(super) const MAX_UNIX: i64 = 253_402_300_799;

/// Days since 1970-01-01 of a date in the proleptic Gregorian calendar.
fn days_from_civil(y: i64, m: u8, d: u8) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01.
pub(super) fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    (era * 400 + yoe + i64::from(m <= 2), m, d)
}

fn days_in_month(y: i64, m: u8) -> u8 {
    match m {
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `YYYY-MM-DD?HH:MM:SS[.fraction](Z|±HH:MM)` as Unix seconds.
pub(super) fn parse_date_time(b: &[u8]) -> Option<i64> {
    let num = |at: usize, len: usize| -> Option<i64> {
        b.get(at..at + len)?
            .iter()
            .try_fold(0, |n, c| c.is_ascii_digit().then(|| n * 10 + i64::from(c - b'0')))
    };
    let is = |at: usize, c: u8| b.get(at) == Some(&c);
    if !(is(4, b'-') && is(7, b'-') && is(13, b':') && is(16, b':')) {
        return None;
    }
    let (year, month, day) = (num(0, 4)?, num(5, 2)? as u8, num(8, 2)? as u8);
    let (hour, minute, second) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    if !(1..=12).contains(&month)
        || day == 0
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    let mut at = 19;
    if is(at, b'.') {
        let digits = b[at + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            return None;
        }
        at += 1 + digits;
    }
    let offset = match *b.get(at)? {
        b'Z' | b'z' if b.len() == at + 1 => 0,
        sign @ (b'+' | b'-') if b.len() == at + 6 && is(at + 3, b':') => {
            let (h, m) = (num(at + 1, 2)?, num(at + 4, 2)?);
            if h > 23 || m > 59 {
                return None;
            }
            if sign == b'-' {
                -(h * 3600 + m * 60)
            } else {
                h * 3600 + m * 60
            }
        }
        _ => return None,
    };
    let unix = days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second.min(59) - offset;
    // A leap second is read as the second before it, and only where one can be.
    if second == 60 {
        let (y, m, d) = civil_from_days(unix.div_euclid(86_400));
        if unix.rem_euclid(86_400) != 86_399 || d != days_in_month(y, m) {
            return None;
        }
    }
    Some(unix)
}
