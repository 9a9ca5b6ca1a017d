//! Embeds the engine's catalogs, `i18n/<lang>/engine/*.ftl` at the repository root, so a
//! language file added there needs no code change. Each language is one brotli stream (about
//! a fifth of the text: the binary has a size budget); it is unpacked and parsed only when the
//! language is first used.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest.join("../../../i18n");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    for lang in sorted_dir(&root) {
        let engine = lang.join("engine");
        if !engine.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", engine.display());
        for file in sorted_dir(&engine) {
            if file.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                files.push((name(&lang), name(&file), file));
            }
        }
    }
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("set by cargo"));
    let mut out = String::from(
        "/// `(language tag, file names, the files' texts joined by [`SEPARATOR`], brotli)`.\n\
         pub(crate) static LANGUAGES: &[(&str, &[&str], &[u8])] = &[\n",
    );
    let mut langs: Vec<String> = files.iter().map(|(l, _, _)| l.clone()).collect();
    langs.dedup();
    for lang in langs {
        let mut names = Vec::new();
        let mut joined = String::new();
        for (_, file, path) in files.iter().filter(|(l, _, _)| *l == lang) {
            if !names.is_empty() {
                joined.push(SEPARATOR);
            }
            let text = fs::read_to_string(path).expect("read a catalog");
            assert!(!text.contains(SEPARATOR), "{} holds U+001E", path.display());
            joined.push_str(&text);
            names.push(file.clone());
        }
        let packed = out_dir.join(format!("{lang}.ftl.br"));
        fs::write(&packed, compress(joined.as_bytes())).expect("write a packed catalog");
        writeln!(
            out,
            "    ({lang:?}, &{names:?}, include_bytes!({:?})),",
            packed.display().to_string()
        )
        .expect("write to string");
    }
    out.push_str("];\n");
    let dest = out_dir.join("catalogs.rs");
    fs::write(dest, out).expect("write catalogs.rs");
}

/// Between two files of a language: a character no catalog holds (checked below).
const SEPARATOR: char = '\u{1e}';

fn compress(text: &[u8]) -> Vec<u8> {
    let mut packed = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &text[..], &mut packed, &params).expect("compress a catalog");
    packed
}

fn sorted_dir(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    entries.sort();
    entries
}

fn name(path: &Path) -> String {
    path.file_name()
        .expect("a file name")
        .to_string_lossy()
        .into_owned()
}
