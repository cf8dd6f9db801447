#pragma once

// When `run --record` / `check --record` say a result happened.

namespace tollgate {

/// SOURCE_DATE_EPOCH (the reproducible-builds convention) when set, so demos
/// and tests get fixed history; else now; seconds since the epoch. UsageError
/// for a malformed SOURCE_DATE_EPOCH.
long long record_time();

}  // namespace tollgate
