//! `livedesk-cli` in each language: `--lang`, `LIVEDESK_LANG` and the system locale pick it;
//! the operations' forms and the review come out in it; an unknown language is refused.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{livedesk_cli, ok, World};
use livedesk_i18n::{tr_in, Lang};
use livedesk_sandbox::seed;
use serde_json::{json, Value};

/// `command` without any language setting, so each test says its own.
fn without_language(mut command: Command) -> Command {
    for var in ["LIVEDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        command.env_remove(var);
    }
    command
}

fn cli(data: &Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    without_language(livedesk_cli())
        .envs(env.iter().copied())
        .env("LIVEDESK_DATA_DIR", data)
        .args(args)
        .output()
        .unwrap()
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

/// Texts a translation may leave as in English (product names, codes).
fn allowed_identical() -> BTreeSet<String> {
    std::fs::read_to_string(repo().join("i18n/allow-identical.txt"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// The texts a producer reads in the operations' forms: titles (of operations, fields and
/// choices), descriptions, help and warnings, each with where it is.
fn texts(value: &Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let here = format!("{at}/{key}");
                match v {
                    Value::String(text)
                        if ["title", "description", "help", "warning"].contains(&key.as_str()) =>
                    {
                        out.push((here, text.clone()));
                    }
                    _ => texts(v, &here, out),
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                texts(v, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn operations(data: &Path, lang: &str) -> Vec<(String, String)> {
    let out = ok(&cli(data, &[], &["--lang", lang, "operations", "--json"]));
    let catalog: Value = serde_json::from_str(&out).unwrap();
    let mut found = Vec::new();
    texts(&catalog, "", &mut found);
    found
}

/// Every operation's title, help, field titles and descriptions and choice labels are in the
/// chosen language: none is left as in English unless the whole text may be.
#[test]
fn operations_speak_each_language() {
    let data = tempfile::tempdir().unwrap();
    let allowed = allowed_identical();
    let english = operations(data.path(), "en");
    assert!(english.len() > 100, "{} texts", english.len());
    for lang in ["zh-Hans", "zh-Hant", "ko", "ja"] {
        let theirs = operations(data.path(), lang);
        let where_: Vec<&String> = theirs.iter().map(|(at, _)| at).collect();
        let expected: Vec<&String> = english.iter().map(|(at, _)| at).collect();
        assert_eq!(where_, expected, "{lang}: the forms differ in shape");
        let untranslated: Vec<String> = english
            .iter()
            .zip(&theirs)
            .filter(|((_, en), (_, text))| en == text && !allowed.contains(en))
            .map(|((at, en), _)| format!("{at}: {en}"))
            .collect();
        assert!(
            untranslated.is_empty(),
            "{lang}: {} texts still in English:\n{}",
            untranslated.len(),
            untranslated.join("\n")
        );
    }
}

/// `--lang ko call --dry-run`: the review's headings and sentences come out in Korean.
#[test]
fn a_dry_run_reviews_in_korean() {
    let world = World::with_practice_accounts();
    let account = "Sandbox – NAVER Cloud Live Station";
    let review = |channel: &str| {
        let input = world.path().join("input.json");
        std::fs::write(&input, json!({"channelId": channel}).to_string()).unwrap();
        let args = [
            "--lang",
            "ko",
            "call",
            "--account",
            account,
            "--op",
            "naver.switch_stream",
            "--input",
            input.to_str().unwrap(),
            "--dry-run",
        ];
        let mut command = without_language(world.command());
        ok(&command.args(args).output().unwrap())
    };
    let ko = |id: &str| tr_in(Lang::Ko, id, &[]);
    let text = review(seed::NAVER_PUBLISHING_CHANNEL);
    for heading in [
        "cli-review-effects",
        "cli-review-technical",
        "cli-review-curl",
    ] {
        assert!(text.contains(&ko(heading)), "{heading}:\n{text}");
    }
    for english in ["What sending does:", "Technical details:", "As curl:"] {
        assert!(!text.contains(english), "{english}:\n{text}");
    }
    // The review's own sentences, from the operation, in Korean too.
    assert!(text.contains(&ko("naver-viewers-stay")), "{text}");
    assert!(!text.contains("Viewers stay on the channel"), "{text}");
    let refused = review(seed::NAVER_READY_CHANNEL);
    assert!(refused.contains(&ko("cli-review-refused")), "{refused}");
    assert!(!refused.contains("This would be refused"), "{refused}");
    assert!(
        refused.contains(&ko("naver-not-publishing-hint")),
        "{refused}"
    );
    assert!(!refused.contains("NAVER Cloud switches"), "{refused}");
}

fn no_accounts(lang: Lang) -> String {
    tr_in(lang, "cli-no-accounts", &[])
}

/// Without `--lang`: `LIVEDESK_LANG`, else the system locale; `--lang` wins over both.
#[test]
fn the_language_comes_from_the_option_the_variable_or_the_system() {
    let data = tempfile::tempdir().unwrap();
    let list = |env: &[(&str, &str)], args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["accounts", "list"]);
        ok(&cli(data.path(), env, &all))
    };
    assert_eq!(
        list(&[("LIVEDESK_LANG", "ja")], &[]).trim(),
        no_accounts(Lang::Ja)
    );
    // The system's language is read from LC_ALL/LC_MESSAGES/LANG on Linux and macOS; Windows
    // takes it from the desktop's setting instead (this test also runs under Wine).
    #[cfg(unix)]
    {
        assert_eq!(
            list(&[("LANG", "zh_TW.UTF-8")], &[]).trim(),
            no_accounts(Lang::ZhHant)
        );
        assert_eq!(
            list(&[("LC_ALL", "ko_KR.UTF-8"), ("LANG", "ja_JP.UTF-8")], &[]).trim(),
            no_accounts(Lang::Ko)
        );
    }
    assert_eq!(
        list(
            &[("LIVEDESK_LANG", "ja"), ("LANG", "ko_KR.UTF-8")],
            &["--lang", "zh-Hans"]
        )
        .trim(),
        no_accounts(Lang::ZhHans)
    );
    assert_eq!(list(&[("LANG", "C")], &[]).trim(), "No accounts yet.");
    assert_ne!(no_accounts(Lang::Ja), no_accounts(Lang::En));
}

#[test]
fn an_unknown_language_is_refused_naming_the_option_and_the_choices() {
    let data = tempfile::tempdir().unwrap();
    for env in [vec![], vec![("LIVEDESK_LANG", "xx")]] {
        let args: &[&str] = if env.is_empty() {
            &["--lang", "xx", "accounts", "list"]
        } else {
            &["accounts", "list"]
        };
        let output = cli(data.path(), &env, args);
        assert!(!output.status.success());
        let error = String::from_utf8_lossy(&output.stderr);
        assert!(error.contains("--lang") && error.contains("xx"), "{error}");
        for choice in ["en", "zh-Hans", "zh-Hant", "ko", "ja"] {
            assert!(error.contains(choice), "{choice}: {error}");
        }
    }
}
