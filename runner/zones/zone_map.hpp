#pragma once

#include "runner/inventory/model.hpp"
#include "runner/zones/path_pattern.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace tollgate {

/// Which zone a path falls in and why.
struct ZoneMatch {
    const Zone* zone = nullptr;
    const Located* pattern = nullptr;  ///< the matching pattern, with its file:line
};

/// All zones' patterns compiled in inventory order; the last match wins, as
/// in CODEOWNERS. Built once per run, then shared read-only.
class ZoneMap {
public:
    /// Compiles every pattern; invalid ones are skipped (validate reports them).
    explicit ZoneMap(const Inventory& inventory);
    /// The winning zone for `path`, or nullopt when no zone covers it.
    [[nodiscard]] std::optional<ZoneMatch> match(std::string_view path) const;

private:
    struct Entry {
        PathPattern pattern;
        const Zone* zone;
        const Located* source;
    };
    std::vector<Entry> m_entries;
};

}  // namespace tollgate
