//! What signing adds to a request, said by each signer: its headers and query parameters,
//! what each value is made of, and what to call it where it cannot be written out. The
//! review and "copy as curl" print this instead of knowing each vendor's headers.

use std::fmt;

use livedesk_secrets::MASK;

/// Where an addition goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Header,
    Query,
}

/// What an added value is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Made {
    /// Fixed by the scheme (`Format=JSON`, `SignatureMethod=HMAC-SHA1`).
    Scheme,
    /// Computed from the request itself (the hash of its body).
    Body,
    /// The server's host name, which every HTTP client writes itself.
    Host,
    /// A setting of the account that is not secret (project, organisation).
    Account,
    /// The access key id: not secret, but kept with the credentials.
    AccessKey,
    /// The time of signing.
    Time,
    /// A value used once.
    Nonce,
    /// A secret sent as it is (an API token, a temporary security token).
    Token,
    /// Made with the secret key.
    Signature,
}

/// One thing a scheme adds when the request does not have it yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Addition {
    pub location: Location,
    pub name: &'static str,
    pub made: Made,
    /// The value's name where it cannot be written out (a shell variable in "copy as curl").
    pub variable: &'static str,
    /// What it is, in words, for the review.
    pub about: &'static str,
}

impl Addition {
    pub(crate) const fn header(
        name: &'static str,
        made: Made,
        variable: &'static str,
        about: &'static str,
    ) -> Self {
        Self {
            location: Location::Header,
            name,
            made,
            variable,
            about,
        }
    }

    pub(crate) const fn query(
        name: &'static str,
        made: Made,
        variable: &'static str,
        about: &'static str,
    ) -> Self {
        Self {
            location: Location::Query,
            name,
            made,
            variable,
            about,
        }
    }
}

/// One thing signing added to a request, with its value. `Debug` masks the value of a token
/// or a signature.
#[derive(Clone, PartialEq, Eq)]
pub struct Added {
    pub what: Addition,
    /// The name as sent.
    pub name: String,
    /// The value as sent (decoded, for a query parameter).
    pub value: String,
}

impl Added {
    /// A token or a signature: never shown.
    pub fn is_secret(&self) -> bool {
        matches!(self.what.made, Made::Token | Made::Signature)
    }
}

impl fmt::Debug for Added {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value = if self.is_secret() {
            MASK
        } else {
            self.value.as_str()
        };
        f.debug_struct("Added")
            .field("location", &self.what.location)
            .field("name", &self.name)
            .field("value", &value)
            .field("made", &self.what.made)
            .finish()
    }
}

/// The additions of `adds` that the signed request carries, in the scheme's order: added now,
/// or kept from the request when it had them already (signing a signed request again gives
/// the same list).
pub(crate) fn added(
    adds: &[Addition],
    headers: &[(String, String)],
    query: &[(String, String)],
) -> Vec<Added> {
    let mut out = Vec::new();
    for what in adds {
        let found = match what.location {
            Location::Header => headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(what.name)),
            Location::Query => query.iter().find(|(n, _)| n == what.name),
        };
        if let Some((name, value)) = found {
            out.push(Added {
                what: *what,
                name: name.clone(),
                value: value.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{sign, Credentials, Scheme, SignableRequest, SigningContext, SigningTime};

    fn names(added: &[Added]) -> Vec<&str> {
        added.iter().map(|a| a.name.as_str()).collect()
    }

    #[test]
    fn each_signer_says_what_it_added_and_debug_hides_secrets() {
        let context = SigningContext::new(SigningTime::UNIX_EPOCH).with_nonce("n");
        let huawei = sign(
            Scheme::HuaweiSdkHmacSha256,
            &Credentials::huawei("AK", "SK")
                .with_security_token("tok-VERY-SECRET")
                .with_project_id("p1"),
            SignableRequest::new("GET", "https://h.example.com/v1/p1/x")
                .with_header("Content-Type", "application/json"),
            &context,
        )
        .unwrap();
        assert_eq!(
            names(&huawei.added),
            [
                "X-Project-Id",
                "X-Security-Token",
                "X-Sdk-Date",
                "Host",
                "Authorization"
            ]
        );
        assert_eq!(huawei.added[2].value, "19700101T000000Z");
        assert_eq!(huawei.added[0].value, "p1");
        let debug = format!("{:?}", huawei.added);
        assert!(
            !debug.contains("VERY-SECRET") && !debug.contains("Signature="),
            "{debug}"
        );

        let rpc = sign(
            Scheme::AlibabaRpcHmacSha1,
            &Credentials::alibaba("LTAI", "secret"),
            SignableRequest::new(
                "GET",
                "https://h.example.com/?Action=A&Version=V&Format=XML",
            ),
            &context,
        )
        .unwrap();
        assert_eq!(
            names(&rpc.added),
            [
                "AccessKeyId",
                "Format",
                "SignatureMethod",
                "SignatureVersion",
                "SignatureNonce",
                "Timestamp",
                "Signature"
            ]
        );
        assert_eq!(
            rpc.added[1].value, "XML",
            "a given parameter is kept as given"
        );
        assert!(rpc.added[6].is_secret() && !rpc.added[0].is_secret());
    }

    #[test]
    fn what_a_scheme_may_add_is_listed_for_every_scheme() {
        for scheme in Scheme::ALL {
            assert!(!scheme.adds().is_empty(), "{scheme}");
            assert!(scheme.by_hand().starts_with("# "), "{scheme}");
        }
    }
}
