//! What the home screen tells the producer: a damaged settings file, a history kept in memory,
//! a change whose outcome is unknown, ... Most are raised at start, before the producer may
//! switch languages, so a notice keeps how to word it rather than its words: it is worded each
//! time the window asks, in the language of that moment.

use std::fmt;
use std::sync::Arc;

use crate::error::{ApiError, ErrorCode, UserFacing};

/// One notice, worded on demand (see [`Notice::word`]).
#[derive(Clone)]
pub struct Notice {
    code: ErrorCode,
    word: Arc<dyn Fn() -> ApiError + Send + Sync>,
}

impl Notice {
    /// A notice worded by `word`, which is called again each time it is shown: everything it
    /// says must come from `t!` inside it, with what it names (paths, the vendor's or the
    /// system's own words) captured as they were.
    pub fn new(word: impl Fn() -> ApiError + Send + Sync + 'static) -> Notice {
        let code = word().code;
        Notice {
            code,
            word: Arc::new(word),
        }
    }

    /// A notice that says what `error` says (its message and hint are worded anew each time).
    pub fn from_error<E: UserFacing + Send + Sync + 'static>(error: E) -> Notice {
        Notice::new(move || ApiError::from_error(&error))
    }

    /// Its code: the same problem is told once (see `Engine::add_notice`).
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The notice in the current language.
    pub fn word(&self) -> ApiError {
        (self.word)()
    }
}

impl fmt::Debug for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.word(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use livedesk_i18n::{scoped, t, Lang};

    #[test]
    fn a_notice_speaks_the_language_of_the_moment_it_is_shown() {
        let _english = scoped(Lang::En);
        let notice = Notice::new(|| {
            ApiError::new(
                ErrorCode::HistoryUnavailable,
                t!("core-history-unavailable"),
                Some(t!("core-history-unavailable-hint")),
            )
        });
        let english = notice.word();
        let _japanese = scoped(Lang::Ja);
        let japanese = notice.word();
        assert_eq!(notice.code(), ErrorCode::HistoryUnavailable);
        assert_eq!(japanese.code, english.code);
        assert_ne!(japanese.message, english.message);
        assert_eq!(
            japanese.message,
            livedesk_i18n::tr_in(Lang::Ja, "core-history-unavailable", &[])
        );
    }
}
