#pragma once

#include "runner/inventory/model.hpp"
#include "runner/patterns/path_pattern.hpp"
#include "runner/zones/bucket_index.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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
    /// Leading literal segments an anchored pattern's key may hold ("a/b/c").
    static constexpr std::size_t max_prefix_segments = 3;
    /// Leading characters of a first-segment wildcard its key may hold ("vi" for `/vie*/`).
    static constexpr std::size_t max_head_chars = 2;

    void index(std::uint32_t i);
    template <typename Visit>
    void visit_candidates(std::string_view path, Visit&& visit) const;
    /// winner() for paths so deep that their buckets overflow the merge.
    [[nodiscard]] std::size_t winner_unmerged(std::string_view path) const;

    std::vector<Entry> m_entries;
    // Each pattern sits in exactly one place: keyed by something every path
    // it matches must contain, or in m_unindexed when there is none.
    BucketIndex m_by_prefix;     ///< up to 3 leading literal segments, e.g. "src/core"
    BucketIndex m_by_head;       ///< 1-2 leading characters of a wildcard first segment
    BucketIndex m_by_segment;    ///< a literal segment at any depth
    BucketIndex m_by_extension;  ///< text after the last '.' of a segment, e.g. "js" for `*.js`
    PatternBucket m_unindexed;
};

}  // namespace tollgate
