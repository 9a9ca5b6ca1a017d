//! Embeds the engine's catalogs, `i18n/<lang>/engine/*.ftl` at the repository root, so a
//! language file added there needs no code change. Parsing waits until a language is used.

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
    let mut out = String::from("pub(crate) static FILES: &[(&str, &str, &str)] = &[\n");
    for (lang, file, path) in files {
        let path = path.canonicalize().expect("catalog path");
        writeln!(
            out,
            "    ({lang:?}, {file:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("write to string");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").expect("set by cargo")).join("catalogs.rs");
    fs::write(dest, out).expect("write catalogs.rs");
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
