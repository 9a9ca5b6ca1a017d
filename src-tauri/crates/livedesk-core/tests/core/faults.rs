//! Faults on the way to the vendor end in a clear message and are recorded in history
//! (issue 8): a 5xx, a dropped connection, a malformed and a truncated answer.

use livedesk_core::api::Vendor;
use livedesk_sandbox::{seed, Fault, FaultKind};
use serde_json::json;

use crate::world::{account, naver_switch_path, setup};

#[tokio::test]
async fn every_fault_is_explained_and_recorded() {
    let (engine, sandbox, _dir) = setup().await;
    let naver = account(&engine, Vendor::Naver).await;
    let input = json!({"channelId": seed::NAVER_PUBLISHING_CHANNEL});
    let write_path = naver_switch_path();

    let faults = [
        (FaultKind::ServerError { status: 503 }, "vendor."),
        (FaultKind::DropConnection, "http."),
        (FaultKind::MalformedBody, ""),
        (FaultKind::TruncatedBody, "http."),
    ];
    for (kind, code_prefix) in faults {
        sandbox.clear_faults();
        // Only the write is hit: the read of the current state before it goes through.
        sandbox
            .set_fault(Fault::new(kind.clone()).on_path(write_path.clone()).once())
            .unwrap();
        let outcome = engine
            .send_call(
                naver.clone(),
                "naver.switch_stream".into(),
                input.clone(),
                None,
                None,
            )
            .await;
        match outcome {
            Ok(result) => {
                // A malformed body after a successful change: the change happened, the
                // summary still says what was asked.
                assert!(
                    matches!(kind, FaultKind::MalformedBody),
                    "{kind:?} succeeded: {result:?}"
                );
            }
            Err(error) => {
                assert!(
                    error.code.as_str().starts_with(code_prefix),
                    "{kind:?}: {error:?}"
                );
                assert!(
                    !error.message.is_empty() && error.hint.is_some(),
                    "{kind:?}: {error:?}"
                );
            }
        }
    }
    let recorded = engine.list_history(None, None, None).await.unwrap();
    assert_eq!(
        recorded.len(),
        4,
        "every attempt is in history: {recorded:?}"
    );
    assert!(
        recorded
            .iter()
            .filter(|r| r.outcome.as_str() != "ok")
            .count()
            >= 3,
        "{recorded:?}"
    );
}
