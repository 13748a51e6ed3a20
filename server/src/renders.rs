//! Renders, bounded. One page renders once at a time: a second request for
//! the same page waits for the first's turn to end and finds its result in
//! the page cache (a viral article renders once, not once per click). At
//! most `max` renders run at once across pages; a request that cannot
//! start within the queue's deadline is refused ([`Busy`]: the page
//! answers 503 with `Retry-After`), so a burst never piles up work.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;
use tokio::sync::{Mutex as KeyLock, OwnedMutexGuard, OwnedSemaphorePermit, Semaphore};
use tokio::time::{timeout_at, Instant};

/// The queue's deadline passed before the render could start.
#[derive(Debug, PartialEq, Eq)]
pub struct Busy;

pub struct Renders {
    slots: Arc<Semaphore>,
    /// One lock per page being rendered (or waited for); removed when its
    /// last turn ends, so the map holds only pages in flight.
    keys: Mutex<HashMap<String, Arc<KeyLock<()>>>>,
    wait: Duration,
}

/// A render's right to run: its page's lock and one of the slots, both
/// released when it drops.
pub struct Turn<'a> {
    renders: &'a Renders,
    key: String,
    lock: Option<Arc<KeyLock<()>>>,
    guard: Option<OwnedMutexGuard<()>>,
    _slot: Option<OwnedSemaphorePermit>,
}

impl Renders {
    /// At most `max` renders at once (at least one); a request waits up to
    /// `wait` for its turn.
    pub fn new(max: usize, wait: Duration) -> Renders {
        Renders {
            slots: Arc::new(Semaphore::new(max.max(1))),
            keys: Mutex::new(HashMap::new()),
            wait,
        }
    }

    /// Waits for the turn to render `key`: after every earlier turn of the
    /// same key, and for a free slot; [`Busy`] past the deadline.
    pub async fn turn(&self, key: &str) -> Result<Turn<'_>, Busy> {
        let deadline = Instant::now() + self.wait;
        let lock = self
            .keys
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(key.to_string())
            .or_default()
            .clone();
        let mut turn = Turn {
            renders: self,
            key: key.to_string(),
            lock: Some(lock.clone()),
            guard: None,
            _slot: None,
        };
        // On Busy, `turn` drops here and forgets the key if nobody waits.
        turn.guard = Some(timeout_at(deadline, lock.lock_owned()).await.map_err(|_| Busy)?);
        let slot = timeout_at(deadline, self.slots.clone().acquire_owned()).await;
        turn._slot = Some(slot.map_err(|_| Busy)?.map_err(|_| Busy)?);
        Ok(turn)
    }

    /// Pages with a render running or waited for (what the map holds).
    pub fn in_flight(&self) -> usize {
        self.keys.lock().unwrap_or_else(PoisonError::into_inner).len()
    }

    /// Renders that could start now.
    pub fn free_slots(&self) -> usize {
        self.slots.available_permits()
    }
}

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        self.guard.take();
        let Some(lock) = self.lock.take() else { return };
        let mut keys = self.renders.keys.lock().unwrap_or_else(PoisonError::into_inner);
        // The map's reference and ours: no other request waits for it.
        if Arc::strong_count(&lock) == 2 {
            keys.remove(&self.key);
        }
    }
}
