//! A failed call's error in History is worded when it is shown, in the language the window
//! speaks then (issue 18). What its words were made from is kept with it: Livedesk's code, the
//! vendor's code and own message (quoted as the vendor wrote it, in every language) and the
//! values the words name. Shown in the language it was stored in, it reads as it did; in
//! another, it is worded again from those. Errors of other kinds, and entries stored before
//! this was kept, are shown as stored.

use std::collections::BTreeMap;
use std::time::Duration;

use livedesk_history::EntryError;
use livedesk_http::{ErrorKind, HttpError, UnreachableReason, Vendor};
use livedesk_i18n::Lang;
use livedesk_operations::OpError;

use crate::error::{ApiError, ErrorCode};

/// What an error's words were made from besides its codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wording {
    /// The vendor's own message, as sent (tokens that were sent are blanked out).
    pub vendor_message: Option<String>,
    /// The values the words name; `None` when this kind of error cannot be worded again.
    pub args: Option<BTreeMap<String, String>>,
    /// The language the words were made in.
    pub lang: Lang,
}

const REASONS: [(UnreachableReason, &str); 5] = [
    (UnreachableReason::Refused, "refused"),
    (UnreachableReason::NameNotFound, "name_not_found"),
    (UnreachableReason::TimedOut, "timed_out"),
    (UnreachableReason::Tls, "tls"),
    (UnreachableReason::Other, "other"),
];

fn args<const N: usize>(pairs: [(&str, String); N]) -> Option<BTreeMap<String, String>> {
    Some(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

/// The values the words of `error` name, when they can be worded again from them.
fn args_of(error: &OpError) -> Option<BTreeMap<String, String>> {
    match error {
        OpError::Vendor(e) => match &e.kind {
            ErrorKind::ClockOff { minutes: Some(m) } => args([("minutes", m.to_string())]),
            ErrorKind::InvalidInput { field: Some(f) } => args([("field", f.clone())]),
            _ => Some(BTreeMap::new()),
        },
        OpError::Http(HttpError::Timeout { host, after, write }) => args([
            ("host", host.clone()),
            ("after_ms", after.as_millis().to_string()),
            ("write", write.to_string()),
        ]),
        OpError::Http(HttpError::Unreachable { host, reason }) => {
            let (_, reason) = REASONS.iter().find(|(r, _)| r == reason)?;
            args([("host", host.clone()), ("reason", (*reason).to_owned())])
        }
        OpError::Http(
            HttpError::ConnectionLost { host, write } | HttpError::Truncated { host, write },
        ) => args([("host", host.clone()), ("write", write.to_string())]),
        _ => None,
    }
}

/// What the words of `error` are made from (kept with the `ApiError` it becomes).
pub fn wording(error: &OpError) -> Option<Box<Wording>> {
    Some(Box::new(Wording {
        vendor_message: error
            .vendor_error()
            .map(|e| e.vendor_message.clone())
            .filter(|m| !m.trim().is_empty()),
        args: args_of(error),
        lang: livedesk_i18n::language(),
    }))
}

/// The error of a failed call as History keeps it.
pub fn entry_error(error: &ApiError) -> EntryError {
    let wording = error.wording.as_deref();
    EntryError {
        code: error.code.to_string(),
        message: error.message.clone(),
        hint: error.hint.clone(),
        vendor_code: error.vendor_code.clone(),
        vendor_message: wording.and_then(|w| w.vendor_message.clone()),
        args: wording.and_then(|w| w.args.clone()),
        lang: Some(
            wording
                .map_or_else(livedesk_i18n::language, |w| w.lang)
                .tag()
                .to_owned(),
        ),
    }
}

/// A stored error, as History read it.
pub struct Stored<'a> {
    pub code: Option<&'a str>,
    pub vendor: &'a str,
    pub request_id: Option<&'a str>,
    pub message: Option<String>,
    pub hint: Option<String>,
    pub vendor_message: Option<&'a str>,
    pub args: Option<&'a BTreeMap<String, String>>,
    pub lang: Option<&'a str>,
}

impl Stored<'_> {
    /// Its message and hint in the current language.
    pub fn words(self) -> (Option<String>, Option<String>) {
        let current = livedesk_i18n::language();
        if self.lang.and_then(Lang::from_tag) == Some(current) {
            return (self.message, self.hint);
        }
        match self.again() {
            Some((message, hint)) => (Some(message), hint),
            None => (self.message, self.hint),
        }
    }

    fn again(&self) -> Option<(String, Option<String>)> {
        let args = self.args?;
        let code: ErrorCode = self.code?.parse().ok()?;
        let arg = |name: &str| args.get(name).map(String::as_str);
        let host = || arg("host").map(str::to_owned);
        let write = arg("write") == Some("true");
        let http = |error: HttpError| Some((error.to_string(), error.hint()));
        let kind = match code {
            ErrorCode::VendorWrongKey => ErrorKind::WrongKey,
            ErrorCode::VendorClockOff => ErrorKind::ClockOff {
                minutes: arg("minutes").and_then(|m| m.parse().ok()),
            },
            ErrorCode::VendorNoPermission => ErrorKind::NoPermission,
            ErrorCode::VendorNotFound => ErrorKind::NotFound,
            ErrorCode::VendorPreconditionFailed => ErrorKind::PreconditionFailed,
            ErrorCode::VendorInvalidInput => ErrorKind::InvalidInput {
                field: arg("field").map(str::to_owned),
            },
            ErrorCode::VendorRateLimited => ErrorKind::RateLimited,
            ErrorCode::VendorServerError => ErrorKind::ServerError,
            ErrorCode::VendorOther => ErrorKind::Other,
            ErrorCode::HttpTimeout => {
                return http(HttpError::Timeout {
                    host: host()?,
                    after: Duration::from_millis(arg("after_ms")?.parse().ok()?),
                    write,
                })
            }
            ErrorCode::HttpUnreachable => {
                let (reason, _) = REASONS.iter().find(|(_, r)| Some(*r) == arg("reason"))?;
                return http(HttpError::Unreachable {
                    host: host()?,
                    reason: *reason,
                });
            }
            ErrorCode::HttpConnectionLost => {
                return http(HttpError::ConnectionLost {
                    host: host()?,
                    write,
                })
            }
            ErrorCode::HttpTruncated => {
                return http(HttpError::Truncated {
                    host: host()?,
                    write,
                })
            }
            _ => return None,
        };
        let vendor = Vendor::ALL
            .into_iter()
            .find(|v| v.as_str() == self.vendor)?;
        let said = self.vendor_message.unwrap_or_default();
        let (message, hint) = kind.words(vendor, said, self.request_id);
        Some((message, Some(hint)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use livedesk_i18n::scoped;

    fn stored<'a>(args: Option<&'a BTreeMap<String, String>>, lang: Option<&'a str>) -> Stored<'a> {
        Stored {
            code: Some("http.connection_lost"),
            vendor: "naver",
            request_id: None,
            message: Some("as stored".into()),
            hint: Some("hint as stored".into()),
            vendor_message: None,
            args,
            lang,
        }
    }

    #[test]
    fn words_are_made_again_only_in_another_language_and_when_kept() {
        let _ja = scoped(Lang::Ja);
        let kept = args([("host", "api.test".into()), ("write", "true".into())]).unwrap();
        let stored_words = (Some("as stored".into()), Some("hint as stored".into()));
        assert_eq!(stored(Some(&kept), Some("ja")).words(), stored_words);
        assert_eq!(stored(None, None).words(), stored_words, "an older entry");
        assert_eq!(stored(None, Some("en")).words(), stored_words);
        let lost = HttpError::ConnectionLost {
            host: "api.test".into(),
            write: true,
        };
        assert_eq!(
            stored(Some(&kept), Some("en")).words(),
            (Some(lost.to_string()), lost.hint())
        );
    }

    #[test]
    fn every_reason_is_kept() {
        for (reason, _) in REASONS {
            let error = OpError::Http(HttpError::Unreachable {
                host: "h".into(),
                reason,
            });
            let args = args_of(&error).unwrap();
            let back = Stored {
                code: Some("http.unreachable"),
                args: Some(&args),
                ..stored(None, Some("xx"))
            };
            assert_eq!(back.words().0, Some(error.to_string()));
        }
    }
}
