#pragma once

// How the tollgate process uses memory, set once at the top of main: glibc's
// malloc policy for a short-lived process that can build large results, and
// the page faults of the heap start-up touches taken in one system call.

namespace tollgate {

/// Sets malloc's policy and maps a first stretch of heap ahead of use; call
/// first in main, before any thread starts.
void prepare_process_memory();

}  // namespace tollgate
