//! The engine's words in the producer's language.
//!
//! Every sentence the engine shows (review, summaries, errors and hints, account forms, CLI
//! output) is a Project Fluent message in `i18n/<lang>/engine/*.ftl`, looked up with [`t!`]
//! by id with named placeholders; the operation and account forms are localized from ids
//! derived from their fields (`livedesk-operations`, `schema_messages`). English is the
//! fallback for a message a catalog lacks. The catalog check (`tests/catalogs.rs`) keeps the
//! five languages complete.
//!
//! The language is one per process: the window's choice (the app's `set_language` command)
//! or the CLI's `--lang`. Tests that need another language use [`scoped`], which applies to
//! the current thread only, so tests running side by side do not see each other's choice.

mod lang;

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use lang::Lang;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));
    /// Between two files of a language (see build.rs).
    pub(crate) const SEPARATOR: char = '\u{1e}';
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the process's language (the app's window choice, the CLI's `--lang`).
pub fn set_language(lang: Lang) {
    CURRENT.store(lang.index(), Ordering::Relaxed);
}

/// The language the engine speaks on this thread now.
pub fn language() -> Lang {
    OVERRIDE
        .with(Cell::get)
        .unwrap_or_else(|| Lang::ALL[usize::from(CURRENT.load(Ordering::Relaxed))])
}

/// Speaks `lang` on this thread until the guard is dropped (tests, and a request made in a
/// language other than the process's).
#[must_use = "the language applies while the guard lives"]
pub fn scoped(lang: Lang) -> Scoped {
    let before = OVERRIDE.with(|o| o.replace(Some(lang)));
    Scoped { before }
}

pub struct Scoped {
    before: Option<Lang>,
}

impl Drop for Scoped {
    fn drop(&mut self) {
        OVERRIDE.with(|o| o.set(self.before));
    }
}

/// A placeholder's value: text, or a number (which selects plural forms).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(s: std::borrow::Cow<'_, str>) -> Self {
        Arg::Str(s.into_owned())
    }
}
macro_rules! numeric_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
    )*};
}
numeric_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64, f32, f64);

/// The message `id` in the current language, placeholders filled: `t!("naver-switched",
/// name = name)`. A message missing from the language falls back to English, and one
/// missing from English (a mistake the catalog check catches) shows its id.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::tr($id, &[])
    };
    ($id:expr, $($key:ident = $value:expr),+ $(,)?) => {
        $crate::tr($id, &[$((stringify!($key), $crate::Arg::from($value))),+])
    };
}

/// See [`t!`].
pub fn tr(id: &str, args: &[(&str, Arg)]) -> String {
    tr_in(language(), id, args)
}

/// The message `id` in `lang` (English when `lang`'s catalog lacks it).
pub fn tr_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    format(lang, id, None, args)
        .or_else(|| format(Lang::En, id, None, args))
        .unwrap_or_else(|| id.to_owned())
}

/// The message `id` (or its attribute) exactly as `lang`'s own catalog has it, without
/// falling back: the forms keep their English text where a catalog has no message.
pub fn lookup(lang: Lang, id: &str, attribute: Option<&str>) -> Option<String> {
    format(lang, id, attribute, &[])
}

/// Every embedded catalog file: `(language tag, file name, text)` (each language unpacked).
pub fn catalog_files() -> Vec<(&'static str, &'static str, String)> {
    embedded::LANGUAGES
        .iter()
        .flat_map(|(tag, names, _)| {
            names
                .iter()
                .zip(unpack(tag))
                .map(move |(name, text)| (*tag, *name, text))
        })
        .collect()
}

/// The texts of one language's files, in the order of their names.
fn unpack(tag: &str) -> Vec<String> {
    let Some((_, _, packed)) = embedded::LANGUAGES.iter().find(|(t, _, _)| *t == tag) else {
        return Vec::new();
    };
    let mut bytes = Vec::new();
    // Packed by build.rs from UTF-8 files: failing here is a broken build, not user input.
    brotli::BrotliDecompress(&mut &packed[..], &mut bytes).expect("an embedded catalog unpacks");
    String::from_utf8(bytes)
        .expect("embedded catalogs are UTF-8")
        .split(embedded::SEPARATOR)
        .map(str::to_owned)
        .collect()
}

fn format(lang: Lang, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> Option<String> {
    let bundle = bundle(lang)?;
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut fluent_args = FluentArgs::new();
    for (key, value) in args {
        match value {
            Arg::Str(s) => fluent_args.set(*key, FluentValue::from(s.as_str())),
            Arg::Num(n) => fluent_args.set(*key, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

type Bundle = FluentBundle<FluentResource>;

/// The bundle of `lang`, parsed at its first use (only the languages used are parsed).
fn bundle(lang: Lang) -> Option<&'static Bundle> {
    static BUNDLES: [OnceLock<Option<Bundle>>; 5] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    BUNDLES[usize::from(lang.index())]
        .get_or_init(|| build(lang))
        .as_ref()
}

fn build(lang: Lang) -> Option<Bundle> {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
    // No Unicode isolation marks around placeables: the text goes to a terminal, a log and
    // tests as plain text (the window renders no right-to-left language).
    bundle.set_use_isolating(false);
    let mut any = false;
    for text in unpack(lang.tag()) {
        // A broken entry is skipped by Fluent's parser; the catalog check reports it.
        let resource = FluentResource::try_new(text).unwrap_or_else(|(r, _)| r);
        // Duplicate ids across files are reported by the catalog check; the first one wins.
        let _ = bundle.add_resource(resource);
        any = true;
    }
    any.then_some(bundle)
}
