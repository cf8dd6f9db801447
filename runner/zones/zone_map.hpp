#pragma once

#include "runner/inventory/model.hpp"
#include "runner/zones/path_pattern.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tollgate {

/// Which zone a path falls in and why.
struct ZoneMatch {
    const Zone* zone = nullptr;
    const Located* pattern = nullptr;  ///< the matching pattern, with its file:line
};

/// All zones' patterns compiled in inventory order; the last match wins, as
/// in CODEOWNERS. Built once per run, then shared read-only. Holds pointers
/// into the inventory, which must outlive it.
class ZoneMap {
public:
    /// Compiles every pattern; invalid ones are skipped (validate reports them).
    explicit ZoneMap(const Inventory& inventory);
    /// The winning zone for `path`, or nullopt when no zone covers it.
    [[nodiscard]] std::optional<ZoneMatch> match(std::string_view path) const;

    /// Value of winner() when no pattern matches.
    static constexpr std::size_t none = static_cast<std::size_t>(-1);
    /// Index of the winning (last matching) pattern for `path`, or `none`.
    [[nodiscard]] std::size_t winner(std::string_view path) const;
    /// Every pattern index matching `path`, ascending (inventory order);
    /// `out` is cleared first so callers can reuse one buffer.
    void all_matches(std::string_view path, std::vector<std::size_t>& out) const;
    /// Number of compiled (valid) patterns.
    [[nodiscard]] std::size_t size() const { return m_entries.size(); }
    /// The zone and source of pattern `index`.
    [[nodiscard]] ZoneMatch entry(std::size_t index) const;
    /// The compiled pattern `index`.
    [[nodiscard]] const PathPattern& pattern(std::size_t index) const;

private:
    struct Entry {
        PathPattern pattern;
        const Zone* zone;
        const Located* source;
    };
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    /// Pattern indices sorted descending, so the winner search can stop early.
    using Bucket = std::vector<std::uint32_t>;
    using Index = std::unordered_map<std::string, Bucket, StringHash, std::equal_to<>>;

    void index(std::uint32_t i);
    template <typename Visit>
    void visit_candidates(std::string_view path, Visit&& visit) const;

    std::vector<Entry> m_entries;
    // Each pattern sits in exactly one place: keyed by a literal its matches
    // must contain, or in m_unindexed when it has none.
    Index m_by_first;      ///< literal first segment (anchored)
    Index m_by_segment;    ///< a literal segment at any depth
    Index m_by_extension;  ///< text after the last '.' of a segment, e.g. "js" for `*.js`
    Bucket m_unindexed;
};

}  // namespace tollgate
