//! The catalog check of the engine's words (`i18n/<lang>/engine/*.ftl`): the same files and
//! messages in all five languages, the same placeholders, nothing left in English unless it is
//! on `i18n/allow-identical.txt`, every message the code asks for present and every English
//! message used, and each glossary term used wherever the English text has its source word.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use livedesk_i18n::Lang;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

/// `id` or `id.attribute` → its placeholders.
type Keys = BTreeMap<String, BTreeSet<String>>;

struct Catalog {
    /// file name → keys in it.
    files: BTreeMap<String, Keys>,
    bundle: FluentBundle<FluentResource>,
    errors: Vec<String>,
}

fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        _ => {}
    }
}

fn load(lang: Lang) -> Catalog {
    let mut catalog = Catalog {
        files: BTreeMap::new(),
        bundle: FluentBundle::new(vec![lang.tag().parse().unwrap()]),
        errors: Vec::new(),
    };
    catalog.bundle.set_use_isolating(false);
    let dir = repo().join("i18n").join(lang.tag()).join("engine");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    names.sort();
    for path in names
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
    {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut keys = Keys::new();
        match fluent_syntax::parser::parse(text.as_str()) {
            Ok(resource) => {
                for entry in &resource.body {
                    let ast::Entry::Message(m) = entry else {
                        continue;
                    };
                    let mut vars = BTreeSet::new();
                    if let Some(v) = &m.value {
                        variables(v, &mut vars);
                        keys.insert(m.id.name.to_owned(), vars);
                    }
                    for a in &m.attributes {
                        let mut vars = BTreeSet::new();
                        variables(&a.value, &mut vars);
                        keys.insert(format!("{}.{}", m.id.name, a.id.name), vars);
                    }
                }
            }
            Err((_, errors)) => catalog
                .errors
                .push(format!("{}/{name}: {errors:?}", lang.tag())),
        }
        if let Err(errors) = catalog
            .bundle
            .add_resource(FluentResource::try_new(text).unwrap_or_else(|(r, _)| r))
        {
            catalog
                .errors
                .push(format!("{}/{name}: {errors:?}", lang.tag()));
        }
        catalog.files.insert(name, keys);
    }
    catalog
}

impl Catalog {
    fn all_keys(&self) -> Keys {
        self.files.values().flat_map(|k| k.clone()).collect()
    }

    /// The key's text with every placeholder shown as `{name}` and counts as 2.
    fn format(&self, key: &str, vars: &BTreeSet<String>) -> String {
        let (id, attribute) = key
            .split_once('.')
            .map_or((key, None), |(i, a)| (i, Some(a)));
        let Some(message) = self.bundle.get_message(id) else {
            return String::new();
        };
        let pattern = match attribute {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else {
            return String::new();
        };
        let mut args = FluentArgs::new();
        for name in vars {
            if name == "count" {
                args.set(name.as_str(), FluentValue::from(2));
            } else {
                args.set(name.as_str(), FluentValue::from(format!("{{{name}}}")));
            }
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }
}

fn translated() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|l| *l != Lang::En)
}

#[test]
fn every_file_parses_and_no_id_is_defined_twice() {
    for lang in Lang::ALL {
        let catalog = load(lang);
        assert!(catalog.errors.is_empty(), "{:#?}", catalog.errors);
        let mut seen = BTreeMap::new();
        for (file, keys) in &catalog.files {
            for key in keys.keys().filter(|k| !k.contains('.')) {
                if let Some(other) = seen.insert(key.clone(), file.clone()) {
                    panic!("{}: {key} is in both {other} and {file}", lang.tag());
                }
            }
        }
    }
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let english = load(Lang::En);
    let mut problems = Vec::new();
    for lang in translated() {
        let catalog = load(lang);
        for (file, keys) in &english.files {
            let Some(theirs) = catalog.files.get(file) else {
                problems.push(format!("{}: no engine/{file}", lang.tag()));
                continue;
            };
            for (key, vars) in keys {
                match theirs.get(key) {
                    None => problems.push(format!("{}/{file}: {key} is missing", lang.tag())),
                    Some(v) if v != vars => problems.push(format!(
                        "{}/{file}: {key} has placeholders {v:?}, English {vars:?}",
                        lang.tag()
                    )),
                    Some(_) => {}
                }
            }
            for key in theirs.keys().filter(|k| !keys.contains_key(*k)) {
                problems.push(format!("{}/{file}: {key} is not in English", lang.tag()));
            }
        }
        for file in catalog
            .files
            .keys()
            .filter(|f| !english.files.contains_key(*f))
        {
            problems.push(format!("{}: engine/{file} has no English file", lang.tag()));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn nothing_is_left_in_english_unless_allowed() {
    let allowed: BTreeSet<String> =
        std::fs::read_to_string(repo().join("i18n/allow-identical.txt"))
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(str::to_owned)
            .collect();
    let english = load(Lang::En);
    let keys = english.all_keys();
    let mut problems = Vec::new();
    for lang in translated() {
        let catalog = load(lang);
        for (key, vars) in &keys {
            let theirs = catalog.format(key, vars);
            let ours = english.format(key, vars);
            if !theirs.is_empty() && theirs == ours && !allowed.contains(&ours) {
                problems.push(format!("{}: {key} = {ours}", lang.tag()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} left in English:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

fn rust_sources() -> Vec<(PathBuf, String)> {
    walkdir::WalkDir::new(repo().join("src-tauri"))
        .into_iter()
        .filter_entry(|e| e.file_name() != "target" && e.file_name() != "gen")
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| {
            (
                e.path().to_owned(),
                std::fs::read_to_string(e.path()).unwrap_or_default(),
            )
        })
        .collect()
}

/// The generated form catalogs' ids are derived from the schemas, not written in the code.
fn is_generated(file: &str) -> bool {
    file.starts_with("schema-")
}

#[test]
fn every_message_the_code_asks_for_exists_and_every_message_is_used() {
    let english = load(Lang::En);
    let keys = english.all_keys();
    let sources = rust_sources();
    let asked = regex::Regex::new(r#"\bt!\(\s*"([^"]+)""#).unwrap();
    let mut problems = Vec::new();
    for (path, text) in &sources {
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for c in asked.captures_iter(&code) {
            if !keys.contains_key(&c[1]) {
                problems.push(format!(
                    "{}: t!(\"{}\") has no English message",
                    path.display(),
                    &c[1]
                ));
            }
        }
    }
    let literal = regex::Regex::new(r#""([a-zA-Z][\w-]*)""#).unwrap();
    let used: BTreeSet<&str> = sources
        .iter()
        .flat_map(|(_, text)| {
            literal
                .captures_iter(text)
                .map(|c| c.get(1).unwrap().as_str())
        })
        .collect();
    for (file, file_keys) in &english.files {
        if is_generated(file) {
            continue;
        }
        for key in file_keys.keys().filter(|k| !k.contains('.')) {
            if !used.contains(key.as_str()) {
                problems.push(format!("en/{file}: {key} is not used by the code"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[derive(serde::Deserialize)]
struct Glossary {
    term: Vec<Term>,
}

#[derive(serde::Deserialize)]
struct Term {
    en: String,
    term: String,
    vendor: String,
    platform: Option<String>,
}

/// The vendor a catalog file speaks for (`naver.ftl`, `schema-naver.ftl`), if any.
fn file_vendor(file: &str) -> Option<&'static str> {
    let stem = file.trim_end_matches(".ftl").trim_start_matches("schema-");
    ["huawei", "alibaba", "naver", "blendvision"]
        .into_iter()
        .find(|v| stem == *v)
}

fn glossary_problems(lang: Lang, english: &Catalog, catalog: &Catalog) -> Vec<String> {
    let path = repo().join(format!("i18n/glossary/{}.toml", lang.tag()));
    let glossary: Glossary = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut terms: Vec<&Term> = glossary
        .term
        .iter()
        .filter(|t| t.platform.is_none())
        .collect();
    terms.sort_by_key(|t| std::cmp::Reverse(t.en.len()));
    // Compiled once: Unicode classes make each pattern costly to build.
    let patterns: Vec<(&Term, regex::Regex)> = terms
        .into_iter()
        .map(|term| {
            let word = regex::RegexBuilder::new(&format!(
                r"(^|[^\p{{L}}\p{{N}}]){}($|[^\p{{L}}\p{{N}}])",
                regex::escape(&term.en)
            ))
            .case_insensitive(true)
            .build()
            .unwrap();
            (term, word)
        })
        .collect();
    let mut problems = Vec::new();
    for (file, keys) in &english.files {
        let vendor = file_vendor(file);
        let applies = |t: &&Term| t.vendor == "app" || Some(t.vendor.as_str()) == vendor;
        for (key, vars) in keys {
            let mut rest = english.format(key, vars);
            let theirs = catalog.format(key, vars);
            for (term, word) in patterns.iter().filter(|(t, _)| applies(t)) {
                if !word.is_match(&rest) {
                    continue;
                }
                // What a longer term matched is not matched again by a shorter one.
                rest = word.replace_all(&rest, "$1 $2").into_owned();
                if !theirs.is_empty() && !theirs.contains(&term.term) {
                    problems.push(format!(
                        "{}/{file}: {key}: \"{}\" → {}",
                        lang.tag(),
                        term.en,
                        term.term
                    ));
                }
            }
        }
    }
    problems
}

#[test]
fn translations_follow_their_glossary() {
    let english = load(Lang::En);
    let problems: Vec<String> = translated()
        .flat_map(|lang| glossary_problems(lang, &english, &load(lang)))
        .collect();
    assert!(
        problems.is_empty(),
        "{} terms not followed:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_embedded_catalogs_are_the_files_on_disk() {
    let on_disk: BTreeSet<(String, String)> = Lang::ALL
        .into_iter()
        .flat_map(|l| {
            load(l)
                .files
                .into_keys()
                .map(move |f| (l.tag().to_owned(), f))
        })
        .collect();
    let embedded = livedesk_i18n::catalog_files();
    for (lang, file, text) in &embedded {
        let disk = std::fs::read_to_string(repo().join(format!("i18n/{lang}/engine/{file}")));
        assert_eq!(
            disk.ok().as_deref(),
            Some(text.as_str()),
            "{lang}/{file} as embedded"
        );
    }
    let embedded: BTreeSet<(String, String)> = embedded
        .into_iter()
        .map(|(l, f, _)| (l.to_owned(), f.to_owned()))
        .collect();
    assert_eq!(embedded, on_disk);
}
