//! The embedded sandbox's own handling time (`GET /__sandbox/stats`), over plain loopback HTTP.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// (requests served, total handling time in µs). `base_url` is what Livedesk noted at start,
/// e.g. `http://127.0.0.1:40123`.
pub fn handling(base_url: &str) -> Result<(u64, u64), String> {
    let addr = base_url
        .strip_prefix("http://")
        .ok_or("the sandbox is not on plain loopback HTTP")?;
    let mut stream = TcpStream::connect(addr).map_err(|e| format!("sandbox at {addr}: {e}"))?;
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .map_err(|e| e.to_string())?;
    write!(
        stream,
        "GET /__sandbox/stats HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .map_err(|e| e.to_string())?;
    let mut answer = String::new();
    stream
        .read_to_string(&mut answer)
        .map_err(|e| e.to_string())?;
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b)
        .ok_or("no body in the sandbox's answer")?;
    let stats: serde_json::Value =
        serde_json::from_str(body).map_err(|e| format!("sandbox stats: {e}"))?;
    let field = |name: &str| {
        stats[name]
            .as_u64()
            .ok_or(format!("sandbox stats without {name}"))
    };
    Ok((field("requests")?, field("total_us")?))
}
