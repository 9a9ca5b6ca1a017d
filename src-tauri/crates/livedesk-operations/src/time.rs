//! RFC 3339 date-times (`2025-06-01T08:00:00Z`, `2025-06-01T17:00:00.5+09:00`), read
//! strictly: the form's `date-time` fields and comparisons between them. The calendar is
//! the `time` crate's, as everywhere in Livedesk (see the README).

use ::time::format_description::well_known::Rfc3339;
use ::time::OffsetDateTime;

/// Milliseconds since the Unix epoch, or `None` when `text` is not an RFC 3339 date-time.
pub(crate) fn parse_rfc3339(text: &str) -> Option<i64> {
    // `time` accepts any byte between date and time (RFC 3339 lets applications pick a
    // space); the vendors' forms want the `T` of the schema's `date-time`.
    if !matches!(text.as_bytes().get(10), Some(b'T' | b't')) {
        return None;
    }
    let instant = OffsetDateTime::parse(text, &Rfc3339).ok()?;
    i64::try_from(instant.unix_timestamp_nanos().div_euclid(1_000_000)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rfc3339() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(
            parse_rfc3339("2025-06-01T08:00:00Z"),
            Some(1_748_764_800_000)
        );
        assert_eq!(
            parse_rfc3339("2025-06-01T17:00:00.5+09:00"),
            Some(1_748_764_800_500)
        );
        assert!(parse_rfc3339("2024-02-29T00:00:00Z").is_some());
    }

    #[test]
    fn refuses_anything_else() {
        for bad in [
            "",
            "2025-06-01",
            "2025-06-01 08:00:00Z",
            "2025-06-01T08:00:00",
            "2025-13-01T08:00:00Z",
            "2023-02-29T08:00:00Z",
            "2025-06-01T24:00:00Z",
            "2025-06-01T08:00:00+0900",
            "2025-06-01T08:00:00.Z",
            "２025-06-01T08:00:00Z",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }
}
