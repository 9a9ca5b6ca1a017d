//! `livedesk-cli sandbox` (issue 5): the vendor sandbox in the foreground until Ctrl-C.

use livedesk_sandbox::{credentials_and_seed_json, Sandbox, SandboxConfig};
use serde_json::Value;

#[derive(clap::Args)]
pub struct Args {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Print one JSON line (base URL, credentials, seed ids) instead of the text summary.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| livedesk_i18n::t!("cli-no-runtime", problem = e.to_string()))?;
    runtime.block_on(async {
        let config = SandboxConfig {
            port: args.port,
            ..SandboxConfig::default()
        };
        let sandbox = Sandbox::start(config).await.map_err(|e| e.to_string())?;
        let info = credentials_and_seed_json();
        if args.json {
            let mut line = info;
            line["base_url"] = sandbox.base_url().into();
            println!("{line}");
        } else {
            print!("{}", summary(&sandbox.base_url(), &info));
        }
        sandbox.run_until_ctrl_c().await.map_err(|e| e.to_string())
    })
}

fn summary(base_url: &str, info: &Value) -> String {
    let c = &info["credentials"];
    let s = &info["seed"];
    let v = |value: &Value| match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    // The table is the vendors' own key names and test values: it stays as the consoles say.
    format!(
        "{}\n\
         \n\
         Huawei Cloud Live    AK {}  SK {}\n\
         \x20                    project {}  region {}\n\
         \x20                    domains {}\n\
         NAVER Live Station   access key {}  secret {}  region {}\n\
         \x20                    read-only key {}  secret {}\n\
         \x20                    channels {}\n\
         BlendVision One      API token {}  org {}\n\
         \x20                    read-only token {}\n\
         \x20                    lives {}\n\
         Alibaba Live         AccessKey ID {}  secret {}  region {}\n\
         \x20                    casters {}\n\
         \n\
         {}\n",
        livedesk_i18n::t!("cli-sandbox-listening", url = base_url),
        v(&c["huawei"]["access_key"]),
        v(&c["huawei"]["secret_key"]),
        v(&c["huawei"]["project_id"]),
        v(&c["huawei"]["region"]),
        list(&s["huawei"]["publish_domains"]),
        v(&c["naver"]["access_key"]),
        v(&c["naver"]["secret_key"]),
        v(&c["naver"]["region_code"]),
        v(&c["naver"]["readonly_access_key"]),
        v(&c["naver"]["readonly_secret_key"]),
        list(&s["naver"]["channels"]),
        v(&c["blendvision"]["api_token"]),
        v(&c["blendvision"]["org_id"]),
        v(&c["blendvision"]["readonly_api_token"]),
        list(&s["blendvision"]["lives"]),
        v(&c["alibaba"]["access_key_id"]),
        v(&c["alibaba"]["access_key_secret"]),
        v(&c["alibaba"]["region"]),
        list(&s["alibaba"]["casters"]),
        livedesk_i18n::t!(
            "cli-sandbox-control",
            addresses = format!(
                "{base_url}/__sandbox/faults, /__sandbox/clock, /__sandbox/reset, /__sandbox/credentials"
            )
        ),
    )
}

fn list(values: &Value) -> String {
    values
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}
