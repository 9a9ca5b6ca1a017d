//! The signing clock: one instant, written in each vendor's own format.
//!
//! Calendar work is the `time` crate's, as everywhere in Livedesk (see the README): it is
//! already in the app through `tracing-appender` and Tauri, and its compile-time format
//! descriptions keep formatting to a few table-free writes on every call's path.

use std::time::{SystemTime, UNIX_EPOCH};

use ::time::format_description::BorrowedFormatItem;
use ::time::macros::format_description;
use ::time::{OffsetDateTime, PrimitiveDateTime};

use crate::SignError;

/// Huawei's `X-Sdk-Date` form.
pub(crate) const BASIC_FORMAT: &str = "20191115T033655Z";
/// Alibaba's ISO 8601 form (`Timestamp`, `x-acs-date`).
pub(crate) const ISO_FORMAT: &str = "2023-03-13T08:34:30Z";
/// NAVER's `x-ncp-apigw-timestamp`: milliseconds since 1970.
pub(crate) const MILLIS_FORMAT: &str = "1735787045123";

const BASIC: &[BorrowedFormatItem<'_>] =
    format_description!("[year][month][day]T[hour][minute][second]Z");
const ISO: &[BorrowedFormatItem<'_>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");

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
        self.format(BASIC)
    }

    /// `2023-03-13T08:34:30Z` (Alibaba).
    pub fn to_iso8601(self) -> String {
        self.format(ISO)
    }

    /// `1735787045123` (NAVER).
    pub fn to_unix_millis_string(self) -> String {
        self.unix_millis.to_string()
    }

    pub fn parse_basic(field: &str, value: &str) -> Result<Self, SignError> {
        parse_utc(value, BASIC).ok_or_else(|| invalid(field, value, BASIC_FORMAT))
    }

    pub fn parse_iso8601(field: &str, value: &str) -> Result<Self, SignError> {
        parse_utc(value, ISO).ok_or_else(|| invalid(field, value, ISO_FORMAT))
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

    /// Past year 9999 no vendor format can say the time: such instants (only ever typed
    /// into the harness as milliseconds) are written as the last second of 9999.
    fn format(self, format: &[BorrowedFormatItem<'_>]) -> String {
        let seconds = i64::try_from(self.unix_millis / 1000).unwrap_or(i64::MAX);
        let instant = OffsetDateTime::from_unix_timestamp(seconds)
            .unwrap_or_else(|_| PrimitiveDateTime::MAX.assume_utc());
        instant
            .format(format)
            .expect("a UTC instant of years 1970-9999 formats")
    }
}

fn invalid(field: &str, value: &str, format: &'static str) -> SignError {
    SignError::InvalidTimestamp {
        field: field.to_owned(),
        value: value.to_owned(),
        format,
    }
}

/// A fixed-width UTC time, checked for real by `time` (no 31 April, no leap second); years
/// before 1970 have no place on a signing clock.
fn parse_utc(value: &str, format: &[BorrowedFormatItem<'_>]) -> Option<SigningTime> {
    let instant = PrimitiveDateTime::parse(value, format).ok()?.assume_utc();
    let millis = u64::try_from(instant.unix_timestamp()).ok()? * 1000;
    Some(SigningTime::from_unix_millis(millis))
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
