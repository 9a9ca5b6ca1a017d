//! BlendVision One: bearer API token plus `x-bv-org-id`; no signature.

use crate::wire::Req;

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum AuthError {
    /// Token missing or unknown: gRPC code 16.
    Unauthenticated,
    /// Token known but not for this organization or not allowed to write: gRPC code 7.
    PermissionDenied(&'static str),
}

pub(crate) struct Token {
    pub token: &'static str,
    pub org_id: &'static str,
    pub can_write: bool,
}

/// `tokens` are the API tokens the sandbox knows; `write` says whether the call changes state.
pub(crate) fn verify(req: &Req, tokens: &[Token], write: bool) -> Result<(), AuthError> {
    let header = req
        .header("authorization")
        .ok_or(AuthError::Unauthenticated)?;
    let (scheme, token) = header
        .trim()
        .split_once(' ')
        .ok_or(AuthError::Unauthenticated)?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(AuthError::Unauthenticated);
    }
    let known = tokens
        .iter()
        .find(|t| t.token == token.trim())
        .ok_or(AuthError::Unauthenticated)?;
    match req.header("x-bv-org-id") {
        Some(org) if org == known.org_id => {}
        _ => return Err(AuthError::PermissionDenied("organization")),
    }
    if write && !known.can_write {
        return Err(AuthError::PermissionDenied("write"));
    }
    Ok(())
}
