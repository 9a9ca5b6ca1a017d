//! The five languages Livedesk speaks, and how a system locale maps to one of them.

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language of the window and the engine. The tags are BCP 47, as in `i18n/<tag>/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "zh-Hant")]
    ZhHant,
    #[serde(rename = "ko")]
    Ko,
    #[serde(rename = "ja")]
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::ZhHans, Lang::ZhHant, Lang::Ko, Lang::Ja];

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::Ko => "ko",
            Lang::Ja => "ja",
        }
    }

    /// One of the five tags exactly (`--lang zh-Hant`), or a system locale it stands for.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
            .or_else(|| Lang::from_locale(tag))
    }

    /// A system locale (`LANG=zh_TW.UTF-8`, `ko-KR`, `zh-Hant-HK`) as one of the five, if it
    /// is one of them: Taiwan, Hong Kong, Macao and Hant are Traditional Chinese, any other
    /// Chinese Simplified. `C`, `POSIX` and other languages are `None`.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let base = locale
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .replace('_', "-");
        let id: LanguageIdentifier = base.parse().ok()?;
        match id.language.as_str() {
            "en" => Some(Lang::En),
            "ko" => Some(Lang::Ko),
            "ja" => Some(Lang::Ja),
            "zh" => {
                let script = id.script.map(|s| s.as_str().to_owned());
                let region = id.region.map(|r| r.as_str().to_owned());
                let traditional = script.as_deref() == Some("Hant")
                    || (script.is_none() && matches!(region.as_deref(), Some("TW" | "HK" | "MO")));
                Some(if traditional {
                    Lang::ZhHant
                } else {
                    Lang::ZhHans
                })
            }
            _ => None,
        }
    }

    /// The system's language, if it is one of the five (else English): the user's preferred
    /// languages in order (`LC_ALL`, `LC_MESSAGES`, `LANG` on Linux; the desktop's setting on
    /// Windows and macOS).
    pub fn system() -> Lang {
        sys_locale::get_locales()
            .find_map(|l| Lang::from_locale(&l))
            .unwrap_or_default()
    }

    pub(crate) fn index(self) -> u8 {
        match self {
            Lang::En => 0,
            Lang::ZhHans => 1,
            Lang::ZhHant => 2,
            Lang::Ko => 3,
            Lang::Ja => 4,
        }
    }

    pub(crate) fn langid(self) -> LanguageIdentifier {
        self.tag().parse().expect("the five tags are valid BCP 47")
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn system_locales_map_to_the_five_languages() {
        let cases = [
            ("zh_TW.UTF-8", Some(Lang::ZhHant)),
            ("zh-HK", Some(Lang::ZhHant)),
            ("zh_MO", Some(Lang::ZhHant)),
            ("zh-Hant", Some(Lang::ZhHant)),
            ("zh_CN.UTF-8", Some(Lang::ZhHans)),
            ("zh-SG", Some(Lang::ZhHans)),
            ("zh", Some(Lang::ZhHans)),
            ("ko_KR.UTF-8", Some(Lang::Ko)),
            ("ja_JP.eucJP", Some(Lang::Ja)),
            ("en_GB.UTF-8", Some(Lang::En)),
            ("fr_FR.UTF-8", None),
            ("C", None),
            ("POSIX", None),
            ("", None),
        ];
        for (locale, want) in cases {
            assert_eq!(Lang::from_locale(locale), want, "{locale}");
        }
        assert_eq!(Lang::from_tag("ZH-hant"), Some(Lang::ZhHant));
    }
}
