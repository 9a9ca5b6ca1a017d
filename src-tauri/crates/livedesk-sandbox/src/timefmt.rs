//! The handful of UTC date formats the vendors use, as `time` format descriptions (the one
//! calendar implementation in Livedesk; see the README). Times are milliseconds since 1970,
//! like the sandbox's clock.

use time::format_description::BorrowedFormatItem;
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime};

const COMPACT: &[BorrowedFormatItem<'_>] =
    format_description!("[year][month][day]T[hour][minute][second]Z");
const ISO: &[BorrowedFormatItem<'_>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
const ALIBABA_LEGACY: &[BorrowedFormatItem<'_>] =
    format_description!("[year]-[month]-[day] [hour]:[minute]:[second].0");
const HTTP_DATE: &[BorrowedFormatItem<'_>] = format_description!(
    "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
);

/// The sandbox's clock stays within `time`'s years (±9999); past them the last representable
/// instant is written, never a panic.
fn format(ms: i64, format: &[BorrowedFormatItem<'_>]) -> String {
    let instant = OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .unwrap_or_else(|_| {
            if ms < 0 {
                PrimitiveDateTime::MIN.assume_utc()
            } else {
                PrimitiveDateTime::MAX.assume_utc()
            }
        });
    instant
        .format(format)
        .expect("every UTC instant formats with a fixed description")
}

fn parse(s: &str, format: &[BorrowedFormatItem<'_>]) -> Option<i64> {
    let instant = PrimitiveDateTime::parse(s, format).ok()?.assume_utc();
    Some(instant.unix_timestamp() * 1000)
}

/// `X-Sdk-Date` (Huawei): `YYYYMMDDTHHMMSSZ`.
pub fn format_compact(ms: i64) -> String {
    format(ms, COMPACT)
}

pub fn parse_compact(s: &str) -> Option<i64> {
    parse(s, COMPACT)
}

/// ISO 8601 / RFC 3339 UTC with whole seconds: `2023-03-13T08:34:30Z`.
pub fn format_iso(ms: i64) -> String {
    format(ms, ISO)
}

/// Accepts exactly `yyyy-MM-ddTHH:mm:ssZ`, the form Alibaba requires.
pub fn parse_iso(s: &str) -> Option<i64> {
    parse(s, ISO)
}

/// Alibaba's `CreateTime` style: `2017-08-30 12:02:57.0`.
pub fn format_alibaba_legacy(ms: i64) -> String {
    format(ms, ALIBABA_LEGACY)
}

/// The HTTP `Date` header (IMF-fixdate).
pub fn format_http_date(ms: i64) -> String {
    format(ms, HTTP_DATE)
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2019-11-15T03:36:55Z, the date of Huawei's worked signing example.
    const HUAWEI_EXAMPLE_MS: i64 = 1_573_789_015_000;

    #[test]
    fn compact_round_trips_the_vendor_example() {
        assert_eq!(parse_compact("20191115T033655Z"), Some(HUAWEI_EXAMPLE_MS));
        assert_eq!(format_compact(HUAWEI_EXAMPLE_MS), "20191115T033655Z");
    }

    #[test]
    fn iso_round_trips_and_rejects_other_shapes() {
        let ms = parse_iso("2023-03-13T08:34:30Z").unwrap();
        assert_eq!(ms, 1_678_696_470_000);
        assert_eq!(format_iso(ms), "2023-03-13T08:34:30Z");
        assert_eq!(parse_iso("2023-03-13 08:34:30Z"), None);
        assert_eq!(parse_iso("2023-02-30T08:34:30Z"), None);
        assert_eq!(parse_iso("2024-02-29T00:00:00Z"), Some(1_709_164_800_000));
    }

    #[test]
    fn http_date_matches_rfc_example() {
        // RFC 9110's example: Sun, 06 Nov 1994 08:49:37 GMT.
        assert_eq!(
            format_http_date(784_111_777_000),
            "Sun, 06 Nov 1994 08:49:37 GMT"
        );
        assert_eq!(
            format_alibaba_legacy(784_111_777_000),
            "1994-11-06 08:49:37.0"
        );
    }

    #[test]
    fn before_the_epoch_still_formats() {
        assert_eq!(format_iso(-1000), "1969-12-31T23:59:59Z");
    }
}
