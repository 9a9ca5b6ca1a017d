//! Loopback vendor sandbox. See issue 5.
