//! How WebKitGTK is set up before the first window opens. Both choices were measured by
//! `scripts/bench.sh` under Xvfb on 2 cores (figures in the README).
//!
//! Compositing: WebKit composites with OpenGL when it can; on a machine without a GPU that
//! OpenGL is Mesa's software renderer (llvmpipe), which costs far more than WebKit painting the
//! page itself: the web process took ~180 MB instead of ~105 MB idle, grew by ~60 MB after the
//! forms had been opened (GL textures and JIT-compiled shaders that stay), and an answer took
//! ~18 ms to reach the screen instead of ~13, with llvmpipe's threads taking the cores the engine
//! needs. So where no GPU is found, Livedesk asks WebKit not to composite on GL (its documented
//! switch). With a GPU nothing changes. `LIVEDESK_GPU_COMPOSITING=on|off` overrides the check,
//! and a choice the user already made through WebKit's own variable is left alone.
//!
//! JavaScript: JavaScriptCore compiles code that has run often to machine code, in tiers
//! (baseline JIT, then the optimising DFG and FTL), for pages that compute for long. A forms
//! page never needs them, and their compilations stayed in the web process. Without FTL, 1,000
//! sends left ~7 MB less behind and Send answered sooner (mean 3.9 instead of 4.7 ms); without
//! DFG as well, ~11 MB less after every form and 1,000 calls (117 instead of 128 MB). Without
//! the baseline JIT too (JavaScriptCore's interpreter only, `JSC_useJIT=false`), every form
//! and 300 sends left the web process 8 MB more instead of 16, idle 6 MB less, with Send's time
//! and the start unchanged (2026-12-05, Preact's runtime). No page memory is then ever made
//! executable. Each of these switches the user set is left alone.

use std::path::Path;

/// Livedesk's override: `on` keeps WebKit's default, `off` never composites on GL.
pub const OVERRIDE_ENV: &str = "LIVEDESK_GPU_COMPOSITING";
/// WebKitGTK's switch (read by WebKit at start-up, in this process and the web processes).
pub const WEBKIT_ENV: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// What was decided, and why, for the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// True when WebKit will not composite on GL (asked by Livedesk or by the user).
    pub software_only: bool,
    pub reason: &'static str,
}

/// What the decision looks at; read from the machine by [`Inputs::read`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inputs {
    pub override_value: Option<String>,
    /// `WEBKIT_DISABLE_COMPOSITING_MODE` as the user set it, if they did.
    pub webkit_value: Option<String>,
    /// A DRM render node (`/dev/dri/renderD*`): a GPU that can run OpenGL.
    pub gpu_render_node: bool,
    /// Mesa told to render in software (`LIBGL_ALWAYS_SOFTWARE`).
    pub software_gl_forced: bool,
}

impl Inputs {
    pub fn read() -> Inputs {
        Inputs {
            override_value: std::env::var(OVERRIDE_ENV).ok(),
            webkit_value: std::env::var(WEBKIT_ENV).ok(),
            gpu_render_node: has_render_node(Path::new("/dev/dri")),
            software_gl_forced: std::env::var("LIBGL_ALWAYS_SOFTWARE")
                .is_ok_and(|v| !v.is_empty() && v != "0" && v != "false"),
        }
    }
}

fn has_render_node(dri: &Path) -> bool {
    std::fs::read_dir(dri).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
    })
}

pub fn decide(inputs: &Inputs) -> Choice {
    match inputs.override_value.as_deref().map(str::trim) {
        Some("off") => {
            return Choice {
                software_only: true,
                reason: "LIVEDESK_GPU_COMPOSITING=off",
            }
        }
        Some("on") => {
            return Choice {
                software_only: false,
                reason: "LIVEDESK_GPU_COMPOSITING=on",
            }
        }
        _ => {}
    }
    if let Some(value) = &inputs.webkit_value {
        // WebKit reads any value but "0" as "do not composite".
        return Choice {
            software_only: value != "0",
            reason: "WEBKIT_DISABLE_COMPOSITING_MODE was set by the user; left as it is",
        };
    }
    if inputs.software_gl_forced {
        return Choice {
            software_only: true,
            reason: "LIBGL_ALWAYS_SOFTWARE is set: OpenGL would run in software",
        };
    }
    if !inputs.gpu_render_node {
        return Choice {
            software_only: true,
            reason: "no GPU render node in /dev/dri: OpenGL would run in software",
        };
    }
    Choice {
        software_only: false,
        reason: "a GPU is present: WebKit's default compositing",
    }
}

/// JavaScriptCore's switches for its compiling tiers (read by the web process at start).
pub const JIT_ENV: &str = "JSC_useJIT";
pub const FTL_ENV: &str = "JSC_useFTLJIT";
pub const DFG_ENV: &str = "JSC_useDFGJIT";

/// The JavaScriptCore settings to set: every compiling tier off, except where the user set one.
/// The optimising tiers are named too, so that a user who turns the JIT back on gets the
/// baseline JIT alone.
pub fn jsc_settings(already_set: impl Fn(&str) -> bool) -> Vec<(&'static str, &'static str)> {
    [(JIT_ENV, "false"), (DFG_ENV, "false"), (FTL_ENV, "false")]
        .into_iter()
        .filter(|(name, _)| !already_set(name))
        .collect()
}

/// Decides and applies both choices. Must run before the first window is created and while
/// the process has a single thread (it sets environment variables the web process inherits).
pub fn apply() -> Choice {
    let choice = decide(&Inputs::read());
    #[cfg(target_os = "linux")]
    {
        if choice.software_only && std::env::var_os(WEBKIT_ENV).is_none() {
            std::env::set_var(WEBKIT_ENV, "1");
        }
        for (name, value) in jsc_settings(|name| std::env::var_os(name).is_some()) {
            std::env::set_var(name, value);
        }
    }
    choice
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gpu() -> Inputs {
        Inputs {
            gpu_render_node: true,
            ..Inputs::default()
        }
    }

    #[test]
    fn a_gpu_keeps_webkits_default() {
        assert!(!decide(&gpu()).software_only);
    }

    #[test]
    fn no_gpu_means_no_gl_compositing() {
        let choice = decide(&Inputs::default());
        assert!(choice.software_only);
        assert!(choice.reason.contains("no GPU"), "{}", choice.reason);
    }

    #[test]
    fn forced_software_gl_means_no_gl_compositing_even_with_a_gpu() {
        let inputs = Inputs {
            software_gl_forced: true,
            ..gpu()
        };
        assert!(decide(&inputs).software_only);
    }

    #[test]
    fn the_override_wins_both_ways() {
        let on = Inputs {
            override_value: Some("on".into()),
            ..Inputs::default()
        };
        assert!(!decide(&on).software_only);
        let off = Inputs {
            override_value: Some(" off ".into()),
            ..gpu()
        };
        assert!(decide(&off).software_only);
    }

    #[test]
    fn the_users_own_webkit_choice_is_left_alone() {
        let inputs = Inputs {
            webkit_value: Some("0".into()),
            ..Inputs::default()
        };
        let choice = decide(&inputs);
        assert!(!choice.software_only);
        assert!(choice.reason.contains("left as it is"));
        let disabled = Inputs {
            webkit_value: Some("1".into()),
            ..gpu()
        };
        assert!(
            decide(&disabled).software_only,
            "reported as WebKit will draw"
        );
    }

    #[test]
    fn javascript_compiling_tiers_are_off_unless_the_user_chose() {
        assert_eq!(
            jsc_settings(|_| false),
            vec![(JIT_ENV, "false"), (DFG_ENV, "false"), (FTL_ENV, "false")]
        );
        assert_eq!(
            jsc_settings(|name| name == JIT_ENV),
            vec![(DFG_ENV, "false"), (FTL_ENV, "false")]
        );
    }

    #[test]
    fn render_nodes_are_found_by_name() {
        let dir = std::env::temp_dir().join(format!("livedesk-dri-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("card0"), b"").unwrap();
        assert!(!has_render_node(&dir));
        std::fs::write(dir.join("renderD128"), b"").unwrap();
        assert!(has_render_node(&dir));
        assert!(!has_render_node(&dir.join("absent")));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
