//! What the fuzz targets share: inputs are text shaped like an HTTP message, so that the seeds
//! in `corpus/` can be read and written by hand.
//!
//! ```text
//! first line
//! Header-Name: value
//! Other: value
//!
//! body (the rest, any bytes)
//! ```

/// An input cut into its first line, its header lines and its body. Never fails: a missing
/// blank line makes everything after the first line headers, and the body empty.
pub struct Message<'a> {
    pub first_line: String,
    pub headers: Vec<(String, String)>,
    pub body: &'a [u8],
}

impl<'a> Message<'a> {
    pub fn parse(data: &'a [u8]) -> Message<'a> {
        let (head, body) = match find(data, b"\n\n") {
            Some(at) => (&data[..at], &data[at + 2..]),
            None => (data, &data[data.len()..]),
        };
        let head = String::from_utf8_lossy(head);
        let mut lines = head.lines();
        let first_line = lines.next().unwrap_or_default().trim().to_owned();
        let headers = lines
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
            .collect();
        Message {
            first_line,
            headers,
            body,
        }
    }

    /// The first line's words.
    pub fn words(&self) -> Vec<&str> {
        self.first_line.split_whitespace().collect()
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
