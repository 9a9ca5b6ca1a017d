//! Starting, driving and stopping a sandbox.

use crate::clock::Clock;
use crate::error::SandboxError;
use crate::faults::{Fault, FaultId, FaultRegistry};
use crate::ids::RequestIds;
use crate::pipeline;
use crate::state::{lock, State, StreamKey};
use crate::stats::{HandlingStats, HandlingTimes};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::{JoinHandle, JoinSet};

/// How to start a sandbox. The default binds a free loopback port and follows the system clock.
#[derive(Clone, Debug, Default)]
pub struct SandboxConfig {
    /// Port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// The clock every time rule is judged by; keep a clone to move time from a test.
    pub clock: Clock,
}

pub(crate) struct Shared {
    pub clock: Clock,
    pub state: State,
    pub faults: Mutex<FaultRegistry>,
    pub ids: RequestIds,
    pub handling: HandlingTimes,
}

pub struct Sandbox;

impl Sandbox {
    /// Binds 127.0.0.1 and serves all four vendors on the current Tokio runtime.
    pub async fn start(config: SandboxConfig) -> Result<SandboxHandle, SandboxError> {
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, config.port));
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| SandboxError::Bind { addr, source })?;
        let local = listener.local_addr().map_err(SandboxError::LocalAddr)?;
        let shared = Arc::new(Shared {
            clock: config.clock,
            state: State::seeded(),
            faults: Mutex::new(FaultRegistry::default()),
            ids: RequestIds::new(),
            handling: HandlingTimes::default(),
        });
        let (stop, stopped) = oneshot::channel();
        let task = tokio::spawn(accept_loop(listener, Arc::clone(&shared), stopped));
        Ok(SandboxHandle {
            addr: local,
            shared,
            stop: Some(stop),
            task: Some(task),
        })
    }
}

async fn accept_loop(
    listener: TcpListener,
    shared: Arc<Shared>,
    mut stopped: oneshot::Receiver<()>,
) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            _ = &mut stopped => break,
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(conn) => conn,
                    Err(_) => {
                        // Out of file descriptors and the like: back off instead of spinning.
                        tokio::time::sleep(Duration::from_millis(10)).await;
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let shared = Arc::clone(&shared);
                connections.spawn(async move {
                    let service = service_fn(move |req| pipeline::handle(Arc::clone(&shared), peer, req));
                    // Errors here are clients going away or faults dropping them: nothing to do.
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
                while connections.try_join_next().is_some() {}
            }
        }
    }
    connections.shutdown().await;
}

/// A running sandbox. Dropping it stops the server too.
pub struct SandboxHandle {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl SandboxHandle {
    /// `http://127.0.0.1:{port}`: the base URL of all four vendors.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// How long the sandbox spent on the vendor requests it served.
    pub fn handling_stats(&self) -> HandlingStats {
        self.shared.handling.summary()
    }

    pub fn clock(&self) -> &Clock {
        &self.shared.clock
    }

    pub fn set_fault(&self, fault: Fault) -> Result<FaultId, SandboxError> {
        fault.validate().map_err(SandboxError::InvalidFault)?;
        Ok(lock(&self.shared.faults).add(fault))
    }

    pub fn remove_fault(&self, id: FaultId) -> Result<(), SandboxError> {
        if lock(&self.shared.faults).remove(id) {
            Ok(())
        } else {
            Err(SandboxError::UnknownFault(id.0))
        }
    }

    pub fn clear_faults(&self) {
        lock(&self.shared.faults).clear();
    }

    /// Installed faults, with what is left of counted ones.
    pub fn faults(&self) -> Vec<(FaultId, Fault)> {
        lock(&self.shared.faults).list()
    }

    /// Puts every vendor's data back to the seed (faults and clock are left alone).
    pub fn reset_state(&self) {
        self.shared.state.reset();
    }

    /// Starts or stops a Huawei stream being pushed (RunRecord START needs one).
    pub fn set_huawei_stream_online(&self, domain: &str, app: &str, stream: &str, online: bool) {
        let key = StreamKey::new(domain, app, stream);
        let mut huawei = lock(&self.shared.state.huawei);
        if online {
            huawei.online.insert(key);
        } else {
            huawei.online.remove(&key);
        }
    }

    /// Sets a NAVER channel's `channelStatus`; false if there is no such channel.
    pub fn set_naver_channel_status(&self, channel_id: &str, status: &str) -> bool {
        let mut naver = lock(&self.shared.state.naver);
        match naver
            .channels
            .iter_mut()
            .find(|c| c["channelId"] == channel_id)
        {
            Some(c) => {
                c["channelStatus"] = status.into();
                true
            }
            None => false,
        }
    }

    /// Sets an Alibaba caster's status (0 idle, 1 streaming); false if there is no such caster.
    pub fn set_alibaba_caster_status(&self, caster_id: &str, status: i64) -> bool {
        let mut alibaba = lock(&self.shared.state.alibaba);
        match alibaba.casters.iter_mut().find(|c| c.id == caster_id) {
            Some(c) => {
                c.status = status;
                true
            }
            None => false,
        }
    }

    /// Stops accepting, closes open connections and waits for the server task.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }

    /// Serves until Ctrl-C, then shuts down: the standalone `livedesk-cli sandbox`.
    pub async fn run_until_ctrl_c(self) -> Result<(), SandboxError> {
        let result = tokio::signal::ctrl_c().await.map_err(SandboxError::Signal);
        self.shutdown().await;
        result
    }
}

impl Drop for SandboxHandle {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
