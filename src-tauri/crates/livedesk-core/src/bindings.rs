//! Generates `ui/src/bindings.ts` from [`crate::for_each_command`]: every type that crosses
//! to the UI and one typed function per command. `tests/core/bindings.rs` fails when the
//! committed file is stale;
//! `LIVEDESK_UPDATE_BINDINGS=1 cargo test -p livedesk-core --test core bindings` rewrites it.

use std::any::TypeId;
use std::collections::HashSet;
use ts_rs::{Config, TypeVisitor, TS};

use crate::error::ApiError;

const HEADER: &str = "\
// Generated from src-tauri/crates/livedesk-core (commands.rs, api.rs). Do not edit by hand:
// run `LIVEDESK_UPDATE_BINDINGS=1 cargo test -p livedesk-core --test core bindings`.
import { invoke } from \"@tauri-apps/api/core\";

";

const JSON_VALUE: &str = "export type JsonValue = null | boolean | number | string | Array<JsonValue> | { [key in string]?: JsonValue };";

struct JsonValueMarker;

/// Walks a type and everything it mentions, keeping one declaration per named type.
struct Collector<'a> {
    cfg: &'a Config,
    seen: HashSet<TypeId>,
    /// (type name, declaration); sorted by name on output, because ts-rs does not visit
    /// dependencies in a stable order.
    decls: Vec<(String, String)>,
}

impl TypeVisitor for Collector<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        // Every type once, containers included: ts-rs containers forward to their items'
        // dependencies directly, so a recursive type would otherwise never stop.
        if !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        // ts-rs's own JsonValue declaration recurses forever when inlined; declare it by hand.
        if T::name(self.cfg) == "JsonValue" {
            if self.seen.insert(TypeId::of::<JsonValueMarker>()) {
                self.decls
                    .push(("JsonValue".to_owned(), JSON_VALUE.to_owned()));
            }
            return;
        }
        if T::output_path().is_some() {
            self.decls
                .push((T::ident(self.cfg), format!("export {}", T::decl(self.cfg))));
        }
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn command_ts(name: &str, docs: &[&str], args: &[(&str, String)], ret: &str) -> String {
    let mut out = String::new();
    if !docs.is_empty() {
        out.push_str("  /**");
        for line in docs {
            out.push_str(line);
        }
        out.push_str(" */\n");
    }
    let params: Vec<String> = args.iter().map(|(n, t)| format!("{n}: {t}")).collect();
    let keys: Vec<&str> = args.iter().map(|(n, _)| *n).collect();
    let payload = if keys.is_empty() {
        String::new()
    } else {
        format!(", {{ {} }}", keys.join(", "))
    };
    out.push_str(&format!(
        "  {}: ({}): Promise<{ret}> => invoke<{ret}>(\"{name}\"{payload}),\n",
        camel_case(name),
        params.join(", "),
    ));
    out
}

macro_rules! typescript_for_commands {
    ($( $(#[doc = $doc:literal])* $name:ident ( $($arg:ident : $argty:ty),* ) -> $ret:ty ; )*) => {
        /// The whole TypeScript bindings file, deterministic for a given source tree.
        pub fn typescript_bindings() -> String {
            let cfg = Config::new();
            let mut collector = Collector { cfg: &cfg, seen: HashSet::new(), decls: Vec::new() };
            collector.visit::<ApiError>();
            $( $( collector.visit::<$argty>(); )* collector.visit::<$ret>(); )*
            let mut out = String::from(HEADER);
            collector.decls.sort();
            for (_, decl) in &collector.decls {
                out.push_str(decl);
                out.push_str("\n\n");
            }
            out.push_str(&format!(
                "/** The global the window's initialization script sets to the `FirstScreen`. */\nexport const FIRST_SCREEN_GLOBAL = \"{}\";\n\n",
                crate::api::FIRST_SCREEN_GLOBAL
            ));
            out.push_str("/** Every command of the Livedesk engine; a failed call rejects with an `ApiError`. */\n");
            out.push_str("export const commands = {\n");
            $(
                out.push_str(&command_ts(
                    stringify!($name),
                    &[$($doc),*],
                    &[$((stringify!($arg), <$argty as TS>::name(&cfg))),*],
                    &<$ret as TS>::name(&cfg),
                ));
            )*
            out.push_str("};\n\n");
            out.push_str(
                "/** True when a rejected command carries Livedesk's `{code, message, hint}`. */\n\
                 export function isApiError(value: unknown): value is ApiError {\n  \
                 return typeof value === \"object\" && value !== null && \"code\" in value && \"message\" in value;\n}\n",
            );
            out
        }
    };
}

crate::for_each_command!(typescript_for_commands);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_cases_command_names() {
        assert_eq!(camel_case("list_accounts"), "listAccounts");
        assert_eq!(camel_case("app_info"), "appInfo");
    }

    #[test]
    fn every_command_and_type_is_declared() {
        let ts = typescript_bindings();
        assert!(ts.contains("export type AppInfo = "));
        assert!(ts.contains("export type AccountSummary = "));
        assert!(ts.contains("export type Vendor = "));
        assert!(ts.contains("export type ApiError = "));
        assert!(ts.contains("listAccounts: (): Promise<Array<AccountSummary>> => invoke<Array<AccountSummary>>(\"list_accounts\"),"));
    }
}
