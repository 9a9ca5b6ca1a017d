//! History shows a failed call's error in the language of the moment (issue 18): stored while
//! the engine spoke English, it reads in Japanese after a switch, the vendor's own message
//! quoted as the vendor wrote it; back in English it reads as it did.

use livedesk_core::api::Vendor;
use livedesk_core::history::HistoryItem;
use livedesk_core::{ApiError, Engine};
use livedesk_history::{Filter, History};
use livedesk_i18n::{scoped, Lang};
use livedesk_sandbox::{seed, Fault, FaultKind};
use serde_json::json;

use crate::world::{account, naver_switch_path, setup, HISTORY_FILE};

/// Japanese script: hiragana, katakana.
fn japanese(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{3040}'..='\u{309f}' | '\u{30a0}'..='\u{30ff}'))
}

async fn listed(engine: &Engine, id: u32) -> (HistoryItem, HistoryItem) {
    let list = engine.list_history(None, None, None).await.unwrap();
    let item = list.into_iter().find(|i| i.id == id).unwrap();
    let detail = engine.history_entry(id).await.unwrap().item;
    (item, detail)
}

#[tokio::test]
async fn a_failed_call_stored_in_english_reads_in_japanese_after_a_switch() {
    let (engine, sandbox, dir) = setup().await;
    let naver = account(&engine, Vendor::Naver).await;
    let input = json!({"channelId": seed::NAVER_PUBLISHING_CHANNEL});
    let write_path = naver_switch_path();

    // Only the switch itself fails: the vendor's 503 with its own words, then a connection
    // cut before the answer.
    let mut told: Vec<ApiError> = Vec::new();
    for kind in [
        FaultKind::ServerError { status: 503 },
        FaultKind::DropConnection,
    ] {
        sandbox.clear_faults();
        sandbox
            .set_fault(Fault::new(kind).on_path(write_path.clone()).once())
            .unwrap();
        let english = scoped(Lang::En);
        let send = engine.send_call(
            naver.clone(),
            "naver.switch_stream".into(),
            input.clone(),
            None,
            None,
        );
        told.push(send.await.unwrap_err());
        drop(english);
    }
    let (vendor_error, cut_off) = (&told[0], &told[1]);
    assert!(
        vendor_error.code.as_str().starts_with("vendor."),
        "{vendor_error:?}"
    );
    assert!(cut_off.code.as_str().starts_with("http."), "{cut_off:?}");

    // The vendor's own message, as History keeps it.
    let (reader, _) = History::open(dir.path().join(HISTORY_FILE)).unwrap();
    let kept = reader.search(&Filter::default()).unwrap();
    let said = kept[1]
        .error_vendor_message
        .clone()
        .expect("the vendor's message is kept");
    assert!(vendor_error.message.contains(&said), "{vendor_error:?}");
    let ids: Vec<u32> = kept.iter().map(|e| e.id as u32).collect();
    let (cut_id, vendor_id) = (ids[0], ids[1]);

    let ja = scoped(Lang::Ja);
    for (id, english) in [(vendor_id, vendor_error), (cut_id, cut_off)] {
        let (item, detail) = listed(&engine, id).await;
        let message = item.error_message.clone().unwrap();
        let hint = item.error_hint.clone().unwrap();
        assert!(japanese(&message) && japanese(&hint), "{item:?}");
        assert_ne!(message, english.message);
        assert_eq!(item.error_code, Some(english.code));
        assert_eq!(
            (detail.error_message, detail.error_hint),
            (Some(message), Some(hint)),
            "the entry says what the list says"
        );
    }
    let (item, _) = listed(&engine, vendor_id).await;
    assert!(
        item.error_message.as_deref().unwrap().contains(&said),
        "the vendor's own words stay as written: {item:?}"
    );
    drop(ja);

    let _en = scoped(Lang::En);
    for (id, english) in [(vendor_id, vendor_error), (cut_id, cut_off)] {
        let (item, detail) = listed(&engine, id).await;
        assert_eq!(item.error_message.as_ref(), Some(&english.message));
        assert_eq!(item.error_hint, english.hint);
        assert_eq!(detail.error_message.as_ref(), Some(&english.message));
    }
}
