//! The signing clock: one instant, written in each vendor's own format.
//!
//! Hand-rolled civil-date arithmetic (a few lines) instead of a date crate: the only
//! formats needed are fixed-width UTC, and round-tripping them exactly is what matters.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::SignError;

/// Huawei's `X-Sdk-Date` form.
pub(crate) const BASIC_FORMAT: &str = "20191115T033655Z";
/// Alibaba's ISO 8601 form (`Timestamp`, `x-acs-date`).
pub(crate) const ISO_FORMAT: &str = "2023-03-13T08:34:30Z";
/// NAVER's `x-ncp-apigw-timestamp`: milliseconds since 1970.
pub(crate) const MILLIS_FORMAT: &str = "1735787045123";

/// An instant in UTC with millisecond precision (NAVER signs milliseconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SigningTime {
    unix_millis: u64,
}

impl SigningTime {
    pub const UNIX_EPOCH: Self = Self { unix_millis: 0 };

    pub fn from_unix_millis(unix_millis: u64) -> Self {
        Self { unix_millis }
    }

    /// Times before 1970 do not occur on a working clock; they clamp to the epoch.
    pub fn from_system_time(time: SystemTime) -> Self {
        let millis = time
            .duration_since(UNIX_EPOCH)
            .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
            .unwrap_or(0);
        Self::from_unix_millis(millis)
    }

    pub fn now() -> Self {
        Self::from_system_time(SystemTime::now())
    }

    pub fn unix_millis(self) -> u64 {
        self.unix_millis
    }

    /// `20191115T033655Z` (Huawei `X-Sdk-Date`).
    pub fn to_basic(self) -> String {
        let t = self.civil();
        format!(
            "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
            t.year, t.month, t.day, t.hour, t.minute, t.second
        )
    }

    /// `2023-03-13T08:34:30Z` (Alibaba).
    pub fn to_iso8601(self) -> String {
        let t = self.civil();
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            t.year, t.month, t.day, t.hour, t.minute, t.second
        )
    }

    /// `1735787045123` (NAVER).
    pub fn to_unix_millis_string(self) -> String {
        self.unix_millis.to_string()
    }

    pub fn parse_basic(field: &str, value: &str) -> Result<Self, SignError> {
        parse_civil(value, b"dddddddd_dddddd_", b'T', b'Z')
            .ok_or_else(|| invalid(field, value, BASIC_FORMAT))
    }

    pub fn parse_iso8601(field: &str, value: &str) -> Result<Self, SignError> {
        parse_civil(value, b"dddd-dd-dd_dd:dd:dd_", b'T', b'Z')
            .ok_or_else(|| invalid(field, value, ISO_FORMAT))
    }

    pub fn parse_unix_millis(field: &str, value: &str) -> Result<Self, SignError> {
        let digits_only = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit());
        value
            .parse::<u64>()
            .ok()
            .filter(|_| digits_only)
            .map(Self::from_unix_millis)
            .ok_or_else(|| invalid(field, value, MILLIS_FORMAT))
    }

    fn civil(self) -> Civil {
        let secs = self.unix_millis / 1000;
        // u64 seconds / 86_400 always fits i64.
        let days = (secs / 86_400) as i64;
        let of_day = secs % 86_400;
        let (year, month, day) = civil_from_days(days);
        Civil {
            year,
            month,
            day,
            hour: of_day / 3600,
            minute: of_day % 3600 / 60,
            second: of_day % 60,
        }
    }
}

struct Civil {
    year: i64,
    month: u32,
    day: u32,
    hour: u64,
    minute: u64,
    second: u64,
}

fn invalid(field: &str, value: &str, format: &'static str) -> SignError {
    SignError::InvalidTimestamp {
        field: field.to_owned(),
        value: value.to_owned(),
        format,
    }
}

/// Reads a fixed-width UTC time. `shape` has `d` for a digit, `_` where `t` or `z` go (in that
/// order), and any other byte for itself. Dates are checked for real (no 31 April, no leap
/// second: the result must format back to the same text).
fn parse_civil(value: &str, shape: &[u8], t: u8, z: u8) -> Option<SigningTime> {
    let bytes = value.as_bytes();
    if bytes.len() != shape.len() {
        return None;
    }
    let mut digits = Vec::with_capacity(14);
    let mut separators = [t, z].into_iter();
    for (&b, &s) in bytes.iter().zip(shape) {
        match s {
            b'd' if b.is_ascii_digit() => digits.push(u64::from(b - b'0')),
            b'_' if Some(b) == separators.next() => {}
            b'd' | b'_' => return None,
            other if other == b => {}
            _ => return None,
        }
    }
    let number = |range: std::ops::Range<usize>| digits[range].iter().fold(0, |n, d| n * 10 + d);
    let (year, month, day) = (number(0..4), number(4..6), number(6..8));
    let (hour, minute, second) = (number(8..10), number(10..12), number(12..14));
    if year < 1970 || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let days = days_from_civil(year as i64, month as u32, day as u32);
    let secs = days as u64 * 86_400 + hour * 3600 + minute * 60 + second;
    Some(SigningTime::from_unix_millis(secs * 1000))
}

fn days_in_month(year: u64, month: u64) -> u64 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = i64::from((month + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_format_round_trips() {
        let t = SigningTime::parse_basic("timestamp", "20191115T033655Z").unwrap();
        assert_eq!(t.to_basic(), "20191115T033655Z");
        assert_eq!(t.unix_millis(), 1_573_789_015_000);
        let t = SigningTime::parse_iso8601("timestamp", "2023-03-13T08:34:30Z").unwrap();
        assert_eq!(t.to_iso8601(), "2023-03-13T08:34:30Z");
        assert_eq!(t.to_basic(), "20230313T083430Z");
        let t = SigningTime::parse_unix_millis("timestamp", "1735787045123").unwrap();
        assert_eq!(t.to_unix_millis_string(), "1735787045123");
        assert_eq!(t.to_iso8601(), "2025-01-02T03:04:05Z");
    }

    #[test]
    fn leap_days_and_month_ends() {
        for ok in ["20240229T000000Z", "20000229T235959Z", "19700101T000000Z"] {
            let t = SigningTime::parse_basic("timestamp", ok).unwrap();
            assert_eq!(t.to_basic(), ok);
        }
        for bad in [
            "20230229T000000Z",
            "19000229T000000Z",
            "20230431T000000Z",
            "20231301T000000Z",
            "20231200T000000Z",
            "20231201T240000Z",
            "20231201T235960Z",
            "19691231T235959Z",
        ] {
            assert!(SigningTime::parse_basic("timestamp", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn rejects_other_shapes_with_the_expected_format_named() {
        for bad in [
            "",
            "2019-11-15T03:36:55Z",
            "20191115T033655",
            "20191115t033655z",
            "２0191115T033655Z",
        ] {
            let error = SigningTime::parse_basic("timestamp", bad).unwrap_err();
            assert!(error.to_string().contains(BASIC_FORMAT), "{error}");
        }
        assert!(SigningTime::parse_iso8601("timestamp", "20191115T033655Z").is_err());
        for bad in ["", "+1", "-1", "1.5", "1e3", "99999999999999999999999"] {
            assert!(
                SigningTime::parse_unix_millis("timestamp", bad).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn clock_before_1970_clamps() {
        let before = UNIX_EPOCH - std::time::Duration::from_secs(5);
        assert_eq!(
            SigningTime::from_system_time(before),
            SigningTime::UNIX_EPOCH
        );
    }
}
