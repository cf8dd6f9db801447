#include "runner/cli/record_time.hpp"

#include "runner/core/error.hpp"

#include <chrono>
#include <cstdlib>
#include <string>

namespace tollgate {

// When the run is recorded as having happened: SOURCE_DATE_EPOCH (the
// reproducible-builds convention) when set, so demos and tests get fixed
// history; else now. A malformed value is a usage error, not ignored.
long long record_time() {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
        char* end = nullptr;
        const long long value = std::strtoll(epoch, &end, 10);
        if (*end != '\0' || value < 0) {
            throw UsageError(std::string("invalid SOURCE_DATE_EPOCH '") + epoch + "'",
                             "give seconds since 1970-01-01 UTC, or unset it");
        }
        return value;
    }
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace tollgate
