use std::net::SocketAddr;

/// Everything that can go wrong while starting or driving the sandbox.
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    #[error("cannot bind the sandbox to {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot read the sandbox's local address: {0}")]
    LocalAddr(#[source] std::io::Error),
    #[error("cannot wait for Ctrl-C: {0}")]
    Signal(#[source] std::io::Error),
    #[error("invalid fault: {0}")]
    InvalidFault(String),
    #[error("no such fault: {0}")]
    UnknownFault(u64),
}
