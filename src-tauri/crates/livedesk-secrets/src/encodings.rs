//! The forms a secret takes once formatted into text.

/// The secret as it is, and as Rust `Debug` and JSON escape it, and percent-encoded as a URL
/// (RFC 3986, upper- and lower-case hex) and a form (`+` for a space) write it. In this order,
/// without repeats; none for an empty secret.
pub fn encodings(secret: &str) -> Vec<String> {
    if secret.is_empty() {
        return Vec::new();
    }
    let debug = format!("{secret:?}");
    let json = serde_json::to_string(secret).unwrap_or_else(|_| format!("\"{secret}\""));
    let upper = percent_encode(secret);
    let lower = lower_hex(&upper);
    let forms = [
        secret.to_owned(),
        debug[1..debug.len() - 1].to_owned(),
        json[1..json.len() - 1].to_owned(),
        upper,
        lower,
        form_urlencoded::byte_serialize(secret.as_bytes()).collect(),
    ];
    let mut out: Vec<String> = Vec::with_capacity(forms.len());
    for form in forms {
        if !out.contains(&form) {
            out.push(form);
        }
    }
    out
}

/// Everything but RFC 3986's unreserved characters, encoded.
const URL_COMPONENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

fn percent_encode(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, URL_COMPONENT).to_string()
}

/// `%2F` → `%2f`, leaving the rest alone.
fn lower_hex(encoded: &str) -> String {
    let mut out = String::with_capacity(encoded.len());
    let mut hex_left = 0;
    for c in encoded.chars() {
        if c == '%' {
            hex_left = 2;
            out.push(c);
        } else if hex_left > 0 {
            hex_left -= 1;
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_escaped_and_percent_encoded() {
        assert_eq!(
            encodings("a/b\"c"),
            vec!["a/b\"c", "a/b\\\"c", "a%2Fb%22c", "a%2fb%22c"]
        );
        assert!(encodings("").is_empty());
        assert_eq!(encodings("plain-token_1.2"), vec!["plain-token_1.2"]);
    }

    #[test]
    fn debug_and_json_escape_differently() {
        let forms = encodings("tab\there\u{7f}ü");
        assert!(
            forms.contains(&"tab\\there\\u{7f}ü".to_owned()),
            "{forms:?}"
        );
        assert!(forms.contains(&"tab\\there\u{7f}ü".to_owned()), "{forms:?}");
    }

    #[test]
    fn url_and_form_encodings() {
        let forms = encodings("k y+/=");
        for form in ["k%20y%2B%2F%3D", "k%20y%2b%2f%3d", "k+y%2B%2F%3D"] {
            assert!(forms.contains(&form.to_owned()), "{form} not in {forms:?}");
        }
    }
}
