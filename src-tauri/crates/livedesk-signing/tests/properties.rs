//! Property tests: arbitrary methods, paths, queries, headers and bodies (non-ASCII
//! included) never make a signer panic, and signing is stable: the same request signs the
//! same way twice, and signing the signed request again changes nothing.

use livedesk_signing::{
    sign, Credentials, Scheme, SignError, SignableRequest, SignedRequest, SigningContext,
    SigningTime,
};
use proptest::prelude::*;

const SECRET: &str = "s3cr3t-K3Y-üñí";
const TOKEN: &str = "t0k3n-V4LUE";

/// Text that exercises the encoders: reserved characters, `+`, `*`, `~`, `%`, spaces,
/// multi-byte UTF-8, and now and then a control character.
fn text(max: usize) -> impl Strategy<Value = String> {
    // Control characters are rare: one in a request already sends it down the error path.
    let piece = prop_oneof![
        40 => "[A-Za-z0-9]{1,4}",
        20 => prop::sample::select(vec![
            " ", "+", "*", "~", "%", "%2F", "%zz", "/", "?", "#", "&", "=", ":", "@", "'", "\"",
            "é", "直播", "🎥", "\u{a0}",
        ])
        .prop_map(str::to_owned),
        10 => "\\PC{1,3}",
        1 => prop::sample::select(vec!["\t", "\n", "\r", "\0", "\u{7f}"]).prop_map(str::to_owned),
    ];
    prop::collection::vec(piece, 0..max).prop_map(|pieces| pieces.concat())
}

fn method() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(vec!["GET", "PUT", "POST", "DELETE", "PATCH", "get"])
            .prop_map(str::to_owned),
        1 => "[A-Za-z]{1,8}",
        1 => text(4),
    ]
}

fn url() -> impl Strategy<Value = String> {
    let host = prop_oneof!["[a-z]{1,8}(\\.[a-z]{2,5}){1,2}", Just("[::1]".to_owned())];
    let port = prop::option::of(1u16..);
    let path = prop::collection::vec(text(4), 0..4);
    let query = prop::collection::vec((text(3), prop::option::of(text(3))), 0..4);
    (
        prop::sample::select(vec!["https", "http"]),
        host,
        port,
        path,
        query,
    )
        .prop_map(|(scheme, host, port, path, query)| {
            let port = port.map(|p| format!(":{p}")).unwrap_or_default();
            let pairs: Vec<String> = query
                .into_iter()
                .map(|(k, v)| match v {
                    Some(v) => format!("{k}={v}"),
                    None => k,
                })
                .collect();
            format!(
                "{scheme}://{host}{port}/{}?{}",
                path.join("/"),
                pairs.join("&")
            )
        })
}

fn headers() -> impl Strategy<Value = Vec<(String, String)>> {
    let name = prop_oneof![
        4 => "[A-Za-z][A-Za-z0-9_-]{0,12}",
        2 => prop::sample::select(vec![
            "Content-Type", "X-Sdk-Date", "Host", "X-Project-Id", "Authorization",
            "x-acs-date", "x-ncp-region_code", "x-bv-org-id", "TEST_UNDERSCORE",
        ])
        .prop_map(str::to_owned),
        1 => text(3),
    ];
    let value = prop_oneof![
        2 => text(6),
        1 => prop::sample::select(vec![
            "application/json", "application/octet-stream",
            "application/x-www-form-urlencoded", "20191115T033655Z", " padded  value ",
        ])
        .prop_map(str::to_owned),
    ];
    prop::collection::vec((name, value), 0..5)
}

fn body() -> impl Strategy<Value = Option<Vec<u8>>> {
    prop::option::of(prop_oneof![
        text(8).prop_map(String::into_bytes),
        prop::collection::vec(any::<u8>(), 0..32),
        Just(r#"{"live":{"name":"直播 ✨"}}"#.as_bytes().to_vec()),
        Just(b"Version=2016-11-01&CasterName=a+b%2B".to_vec()),
    ])
}

fn credentials(scheme: Scheme, with_token: bool) -> Credentials {
    let credentials = match scheme {
        Scheme::HuaweiSdkHmacSha256 => Credentials::huawei("AK", SECRET).with_project_id("p1"),
        Scheme::NaverApigwV2 => Credentials::naver("AK", SECRET),
        Scheme::AlibabaRpcHmacSha1 | Scheme::AlibabaAcs3HmacSha256 => {
            Credentials::alibaba("AK", SECRET)
        }
        Scheme::BlendVisionBearer => Credentials::blendvision(SECRET, "org"),
    };
    if with_token {
        credentials.with_security_token(TOKEN)
    } else {
        credentials
    }
}

/// Gives the Alibaba schemes the parameters they cannot sign without, so that most cases
/// get past validation and exercise canonicalisation.
fn with_required(scheme: Scheme, mut request: SignableRequest) -> SignableRequest {
    match scheme {
        Scheme::AlibabaRpcHmacSha1 => {
            let sep = if request.url.contains('?') { '&' } else { '?' };
            request.url = format!("{}{sep}Action=Describe&Version=2016-11-01", request.url);
        }
        Scheme::AlibabaAcs3HmacSha256 => {
            request
                .headers
                .push(("x-acs-action".into(), "Describe".into()));
            request
                .headers
                .push(("x-acs-version".into(), "2016-11-01".into()));
        }
        _ => {}
    }
    request
}

prop_compose! {
    fn case()(
        scheme in prop::sample::select(Scheme::ALL.to_vec()),
        with_token in any::<bool>(),
        method in method(),
        url in url(),
        headers in headers(),
        body in body(),
        millis in 0u64..253_402_300_800_000,
        nonce in prop_oneof![
            1 => Just(None),
            6 => "[0-9a-f]{1,32}".prop_map(Some),
            2 => text(4).prop_map(Some),
        ],
        required in prop::bool::weighted(0.85),
    ) -> (Scheme, Credentials, SignableRequest, SigningContext) {
        let request = SignableRequest { method, url, headers, body };
        let request = if required { with_required(scheme, request) } else { request };
        let mut context = SigningContext::new(SigningTime::from_unix_millis(millis));
        context.nonce = nonce;
        (scheme, credentials(scheme, with_token), request, context)
    }
}

fn check_error(error: &SignError) -> Result<(), TestCaseError> {
    let message = error.to_string();
    prop_assert!(error.code().as_str().starts_with("signing."));
    prop_assert!(message.starts_with(error.field()), "{}", message);
    prop_assert!(
        !message.contains('\n') && !message.contains('\r'),
        "{}",
        message
    );
    prop_assert!(!message.contains(SECRET) && !message.contains(TOKEN));
    Ok(())
}

fn check_signed(scheme: Scheme, signed: &SignedRequest) -> Result<(), TestCaseError> {
    let debug = format!("{signed:?}");
    prop_assert!(
        !debug.contains(SECRET) && !debug.contains(TOKEN),
        "{}",
        debug
    );
    prop_assert_eq!(&signed.method, &signed.method.to_ascii_uppercase());
    let url = url::Url::parse(&signed.url).expect("the signed URL parses");
    prop_assert_eq!(url.as_str(), signed.url.as_str());
    if matches!(
        scheme,
        Scheme::HuaweiSdkHmacSha256 | Scheme::AlibabaAcs3HmacSha256
    ) {
        // What goes on the wire is the query that was signed.
        let canonical = signed.canonical_request.as_deref().unwrap();
        let signed_query = canonical.split('\n').nth(2).unwrap();
        prop_assert_eq!(url.query().unwrap_or(""), signed_query);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 384, ..ProptestConfig::default() })]

    #[test]
    fn signing_never_panics_and_is_stable((scheme, credentials, request, context) in case()) {
        let first = sign(scheme, &credentials, request.clone(), &context);
        let second = sign(scheme, &credentials, request, &context);
        prop_assert_eq!(&first, &second);
        match first {
            Err(error) => check_error(&error)?,
            Ok(signed) => {
                check_signed(scheme, &signed)?;
                // Signing the signed request again reproduces it exactly: the canonical
                // forms are fixed points, and an old signature is replaced, not signed.
                let later = SigningContext::new(SigningTime::from_unix_millis(1))
                    .with_nonce("another-nonce");
                let again = sign(scheme, &credentials, signed.clone().into_signable(), &later);
                prop_assert_eq!(again.as_ref().map_err(ToString::to_string), Ok(&signed));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Well-formed requests must sign: the generators above reach the success path often
    /// enough only if validation refuses no more than it should.
    #[test]
    fn well_formed_requests_always_sign(
        scheme in prop::sample::select(Scheme::ALL.to_vec()),
        method in prop::sample::select(vec!["GET", "PUT", "POST", "DELETE"]),
        segments in prop::collection::vec("\\PC{0,6}", 0..4),
        query in prop::collection::vec(("\\PC{0,4}", "\\PC{0,4}"), 0..4),
        headers in prop::collection::btree_map("x-[a-z0-9]{1,8}", "[ -~é直]{0,10}", 0..4),
        body in prop::option::of("\\PC{0,30}"),
    ) {
        let mut url = url::Url::parse("https://live.example.com/").unwrap();
        url.path_segments_mut().unwrap().extend(&segments);
        url.query_pairs_mut().extend_pairs(&query);
        let request = SignableRequest {
            method: method.into(),
            url: url.into(),
            headers: headers.into_iter().collect(),
            body: body.map(String::into_bytes),
        };
        let context = SigningContext::new(SigningTime::from_unix_millis(1_735_787_045_123))
            .with_nonce("n");
        let request = with_required(scheme, request);
        let signed = sign(scheme, &credentials(scheme, true), request, &context);
        prop_assert!(signed.is_ok(), "{:?}", signed);
        check_signed(scheme, &signed.unwrap())?;
    }
}
