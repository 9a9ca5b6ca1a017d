//! A vendor error explained in the producer's language: Livedesk's words are translated, the
//! vendor's own code and message stay as the vendor sent them.

use livedesk_http::{ErrorKind, HttpError, SendPolicy, Vendor, VendorError};
use livedesk_i18n::{scoped, Lang};
use livedesk_sandbox::seed;
use livedesk_signing::Scheme;

use crate::common::*;

/// NAVER refuses a stream switch on a channel that is not PUBLISHING (sandbox, real HTTP).
async fn switch_on_a_ready_channel() -> VendorError {
    let sb = start().await;
    let client = client();
    let request = naver_request(
        "PUT",
        format!(
            "{}/api/v2/channels/{}/switch-stream",
            sb.base_url(),
            seed::NAVER_READY_CHANNEL
        ),
    );
    let creds = naver_credentials();
    let result = client
        .send(&SendPolicy::write(Vendor::Naver), |_| {
            signed(&client, Scheme::NaverApigwV2, &creds, request.clone())
        })
        .await;
    match result {
        Err(HttpError::Vendor(e)) => *e,
        other => panic!("expected a vendor error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_refused_switch_is_explained_in_korean_and_japanese_with_the_vendor_code_kept() {
    let english = switch_on_a_ready_channel().await;
    assert_eq!(english.code, "250005");
    assert_eq!(english.kind, ErrorKind::PreconditionFailed);
    assert!(
        english
            .explanation
            .starts_with("NAVER Cloud cannot do this right now. NAVER Cloud said: “"),
        "{}",
        english.explanation
    );

    let korean = {
        let _ko = scoped(Lang::Ko);
        switch_on_a_ready_channel().await
    };
    assert_eq!(korean.code, "250005");
    assert_eq!(korean.vendor_message, english.vendor_message);
    assert!(
        korean
            .explanation
            .starts_with("네이버 클라우드에서 지금은 이 작업을 할 수 없습니다."),
        "{}",
        korean.explanation
    );
    assert!(
        korean.explanation.contains(&english.vendor_message),
        "the vendor's own words stay as NAVER wrote them: {}",
        korean.explanation
    );
    assert!(korean.hint.starts_with("현재 상태"), "{}", korean.hint);

    let japanese = {
        let _ja = scoped(Lang::Ja);
        switch_on_a_ready_channel().await
    };
    assert_eq!(japanese.code, "250005");
    assert!(
        japanese
            .explanation
            .starts_with("NAVERクラウド は現在この操作を行えません。"),
        "{}",
        japanese.explanation
    );
    assert!(japanese.explanation.contains(&english.vendor_message));
    assert!(japanese.hint.starts_with("現在の状態"), "{}", japanese.hint);
}

#[test]
fn a_clock_problem_counts_minutes_in_japanese_and_a_wrong_key_names_the_korean_console_menu() {
    let headers = livedesk_http::HeaderMap::new();
    let body =
        r#"{"error_code":"APIGW.0303","error_msg":"Incorrect app authentication information: x"}"#;
    let clock = {
        let _ja = scoped(Lang::Ja);
        VendorError::from_response(Vendor::Huawei, 401, &headers, body.as_bytes(), Some(1040))
    };
    assert_eq!(clock.kind, ErrorKind::ClockOff { minutes: Some(17) });
    assert_eq!(clock.code, "APIGW.0303");
    assert_eq!(
        clock.explanation,
        "お使いのコンピューターの時計が 17 分遅れているため、Huawei Cloud はリクエストを拒否しました。"
    );
    assert!(clock.hint.contains("時刻の自動設定"), "{}", clock.hint);

    let body = r#"{"error":{"errorCode":"200","message":"Authentication Failed"}}"#;
    let wrong_key = {
        let _ko = scoped(Lang::Ko);
        VendorError::from_response(Vendor::Naver, 401, &headers, body.as_bytes(), None)
    };
    assert_eq!(wrong_key.code, "200");
    assert_eq!(
        wrong_key.explanation,
        "네이버 클라우드에서 키를 받아들이지 않았습니다."
    );
    assert!(wrong_key.hint.contains("인증키 관리"), "{}", wrong_key.hint);
}
