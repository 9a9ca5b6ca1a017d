//! The operations, one folder per vendor (`ops/<vendor>/`), one module per operation, and
//! the vendor's shared helpers in `ops/<vendor>/common.rs`.
//!
//! Adding an operation: write its module in `ops/<vendor>/`, then add one line to the
//! `operations!` list in that folder's `mod.rs`. A vendor's folder is listed once, in
//! `vendors!` below. The catalog, the engine, the CLI and the UI take the operations from
//! this registry; operations name each other by constant (`ListChannels::ID`).

use crate::operation::{DynOperation, OperationKind};

/// In `ops/<vendor>/mod.rs`: declares each operation's module and lists the vendor's
/// operations for the registry.
macro_rules! operations {
    ($($module:ident :: $op:ident),* $(,)?) => {
        $(pub mod $module;)*

        /// This vendor's operations, writes and reads in the order given.
        pub(crate) fn all() -> Vec<&'static dyn $crate::operation::DynOperation> {
            vec![$($crate::operation::registered::<$module::$op>()),*]
        }
    };
}
pub(crate) use operations;

macro_rules! vendors {
    ($($vendor:ident),* $(,)?) => {
        $(pub mod $vendor;)*

        /// Every operation, in catalog order: the writes, then the reads (which load their
        /// current state and fill their pickers), each in vendor order.
        pub(crate) fn all() -> Vec<&'static dyn DynOperation> {
            let mut ops: Vec<&'static dyn DynOperation> =
                [$($vendor::all()),*].into_iter().flatten().collect();
            // A stable sort: within writes and within reads the vendors' order is kept.
            ops.sort_by_key(|op| op.kind() == OperationKind::Read);
            ops
        }
    };
}

vendors! {
    huawei,
    naver,
    blendvision,
    alibaba,
}
