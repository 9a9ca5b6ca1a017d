//! The handful of UTC date formats the vendors use, without a date library.

const MS_PER_DAY: i64 = 86_400_000;

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

/// Broken-down UTC time: (year, month, day, hour, minute, second, weekday 0 = Sunday).
fn parts(ms: i64) -> (i64, i64, i64, i64, i64, i64, i64) {
    let days = ms.div_euclid(MS_PER_DAY);
    let secs = ms.rem_euclid(MS_PER_DAY) / 1000;
    let (y, m, d) = civil_from_days(days);
    let weekday = (days + 4).rem_euclid(7);
    (y, m, d, secs / 3600, secs / 60 % 60, secs % 60, weekday)
}

fn to_ms(y: i64, mo: i64, d: i64, h: i64, mi: i64, s: i64) -> Option<i64> {
    let valid = (1..=12).contains(&mo)
        && (1..=days_in_month(y, mo)).contains(&d)
        && (0..24).contains(&h)
        && (0..60).contains(&mi)
        && (0..=60).contains(&s);
    valid.then(|| (days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + s) * 1000)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn digits(s: &str) -> Option<i64> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// `X-Sdk-Date` (Huawei): `YYYYMMDDTHHMMSSZ`.
pub fn format_compact(ms: i64) -> String {
    let (y, m, d, h, mi, s, _) = parts(ms);
    format!("{y:04}{m:02}{d:02}T{h:02}{mi:02}{s:02}Z")
}

pub fn parse_compact(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    to_ms(
        digits(&s[0..4])?,
        digits(&s[4..6])?,
        digits(&s[6..8])?,
        digits(&s[9..11])?,
        digits(&s[11..13])?,
        digits(&s[13..15])?,
    )
}

/// ISO 8601 / RFC 3339 UTC with whole seconds: `2023-03-13T08:34:30Z`.
pub fn format_iso(ms: i64) -> String {
    let (y, m, d, h, mi, s, _) = parts(ms);
    format!("{y:04}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
}

/// Accepts exactly `yyyy-MM-ddTHH:mm:ssZ`, the form Alibaba requires.
pub fn parse_iso(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let shape = b.len() == 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && b[19] == b'Z';
    if !shape {
        return None;
    }
    to_ms(
        digits(&s[0..4])?,
        digits(&s[5..7])?,
        digits(&s[8..10])?,
        digits(&s[11..13])?,
        digits(&s[14..16])?,
        digits(&s[17..19])?,
    )
}

/// Alibaba's `CreateTime` style: `2017-08-30 12:02:57.0`.
pub fn format_alibaba_legacy(ms: i64) -> String {
    let (y, m, d, h, mi, s, _) = parts(ms);
    format!("{y:04}-{m:02}-{d:02} {h:02}:{mi:02}:{s:02}.0")
}

/// The HTTP `Date` header (IMF-fixdate).
pub fn format_http_date(ms: i64) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (y, m, d, h, mi, s, wd) = parts(ms);
    format!(
        "{}, {d:02} {} {y:04} {h:02}:{mi:02}:{s:02} GMT",
        DAYS[wd as usize],
        MONTHS[(m - 1) as usize]
    )
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
