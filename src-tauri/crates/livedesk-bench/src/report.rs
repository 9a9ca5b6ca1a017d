//! The benchmark's verdict: one row per target, printed as a table and written as JSON.

use serde::Serialize;

use crate::summary::Summary;

#[derive(Clone, Debug, Serialize)]
pub struct Row {
    pub measure: String,
    pub unit: &'static str,
    pub livedesk: Option<Summary>,
    /// What the target compares against: the blank window, or Livedesk idle.
    pub baseline: Option<Summary>,
    pub baseline_name: Option<&'static str>,
    /// Livedesk's median over the baseline's median.
    pub ratio: Option<f64>,
    pub target: String,
    pub pass: bool,
    /// Shown for understanding, not judged.
    pub informational: bool,
}

impl Row {
    /// Met when Livedesk's median is at most `max_ratio` × the baseline's median.
    pub fn ratio(
        measure: &str,
        unit: &'static str,
        livedesk: Option<Summary>,
        baseline: Option<Summary>,
        baseline_name: &'static str,
        max_ratio: f64,
    ) -> Row {
        let ratio = match (&livedesk, &baseline) {
            (Some(l), Some(b)) if b.median > 0.0 => Some(l.median / b.median),
            _ => None,
        };
        Row {
            measure: measure.into(),
            unit,
            livedesk,
            baseline,
            baseline_name: Some(baseline_name),
            ratio,
            target: format!("≤ {max_ratio:.2}× {baseline_name}"),
            pass: ratio.is_some_and(|r| r <= max_ratio),
            informational: false,
        }
    }

    /// Met when Livedesk's median is under `limit`.
    pub fn below(measure: &str, unit: &'static str, livedesk: Option<Summary>, limit: f64) -> Row {
        Row {
            measure: measure.into(),
            unit,
            pass: livedesk.as_ref().is_some_and(|l| l.median < limit),
            livedesk,
            baseline: None,
            baseline_name: None,
            ratio: None,
            target: format!("< {limit} {unit}"),
            informational: false,
        }
    }

    /// The same row shown for understanding only: its ratio is printed, not judged.
    pub fn for_information(self) -> Row {
        Row {
            target: "(for information)".into(),
            pass: true,
            informational: true,
            ..self
        }
    }

    /// A figure that explains others; it has no target.
    pub fn info(measure: &str, unit: &'static str, livedesk: Option<Summary>) -> Row {
        Row {
            measure: measure.into(),
            unit,
            livedesk,
            baseline: None,
            baseline_name: None,
            ratio: None,
            target: "(for information)".into(),
            pass: true,
            informational: true,
        }
    }
}

fn figure(s: &Option<Summary>) -> String {
    match s {
        None => "not measured".into(),
        Some(s) if s.samples == 1 => format!("{:.2}", s.median),
        Some(s) => format!(
            "{:.2} ({:.2}–{:.2}, n={})",
            s.median, s.min, s.max, s.samples
        ),
    }
}

pub fn table(rows: &[Row]) -> String {
    let header = [
        "measure",
        "Livedesk median (min–max)",
        "baseline median (min–max)",
        "ratio",
        "target",
        "met",
    ];
    let cells: Vec<[String; 6]> = rows
        .iter()
        .map(|r| {
            [
                format!("{} [{}]", r.measure, r.unit),
                figure(&r.livedesk),
                r.baseline_name
                    .map_or(String::new(), |n| format!("{n}: {}", figure(&r.baseline))),
                r.ratio.map_or(String::new(), |x| format!("{x:.2}×")),
                r.target.clone(),
                match (r.informational, r.pass) {
                    (true, _) => String::new(),
                    (false, true) => "yes".into(),
                    (false, false) => "NO".into(),
                },
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |row: &[String]| -> String {
        let padded: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        format!("| {} |\n", padded.join(" | "))
    };
    let mut out = line(&header.map(String::from));
    out += &line(&widths.map(|w| "-".repeat(w)));
    for row in &cells {
        out += &line(row);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratio_rows_judge_the_medians() {
        let slow = Row::ratio(
            "start",
            "ms",
            Summary::of(&[140.0]),
            Summary::of(&[100.0, 90.0, 110.0]),
            "blank window",
            1.3,
        );
        assert!((slow.ratio.unwrap() - 1.4).abs() < 1e-9);
        assert!(!slow.pass);
        let fine = Row::ratio(
            "start",
            "ms",
            Summary::of(&[120.0]),
            Summary::of(&[100.0]),
            "blank window",
            1.3,
        );
        assert!(fine.pass);
        assert!(
            !Row::ratio(
                "start",
                "ms",
                None,
                Summary::of(&[1.0]),
                "blank window",
                1.3
            )
            .pass,
            "not measured is not met"
        );
    }

    #[test]
    fn limit_rows_and_the_table() {
        let rows = [
            Row::below("binary", "MB", Summary::of(&[9.5]), 15.0),
            Row::below("deb", "MB", None, 10.0),
        ];
        assert!(rows[0].pass && !rows[1].pass);
        let table = table(&rows);
        assert!(
            table.contains("| binary [MB]")
                && table.contains("< 15 MB")
                && table.contains("not measured")
                && table.contains("NO")
        );
        assert_eq!(table.lines().count(), 4);
    }
}
