//! Vendor request signers. See issue 3.
