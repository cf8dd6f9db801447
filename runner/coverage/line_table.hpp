#pragma once

// Per-file line hits. Stored densely, 2 bytes per line number, because real
// reports cover most lines of a file and most counts are small; a count of
// 65534 or more is kept exactly in a side table. A line far beyond the dense
// span (a hostile "DA:4000000000,1" or a generated file) goes to a sparse
// list instead, so memory stays proportional to the entries, never to the
// numbers.

#include "runner/coverage/ratio.hpp"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tollgate {

/// Line number -> execution count for one file; counts saturate, never overflow.
class LineTable {
public:
    /// Largest count kept; larger sums stay here.
    static constexpr std::uint32_t k_max_hits = 0xFFFFFFFEu;

    /// Marks `line` coverable and adds `hits` to its count.
    void add(std::uint32_t line, std::uint64_t hits);
    /// Adds every line of `other` (counts summed, coverable if either says so).
    void merge(const LineTable& other);
    /// Sorts and folds sparse entries; queries below need it after add().
    void compact();

    /// The count of `line`, or nullopt when the line is not coverable.
    [[nodiscard]] std::optional<std::uint32_t> hits(std::uint32_t line) const;
    /// Coverable lines and how many of them ran.
    [[nodiscard]] CoverageCounts counts() const;
    [[nodiscard]] bool empty() const { return m_entries == 0; }
    /// Entries added so far (duplicates included); a cheap measure of growth.
    [[nodiscard]] std::size_t size_hint() const { return static_cast<std::size_t>(m_entries); }
    /// The highest coverable line; 0 when there is none.
    [[nodiscard]] std::uint32_t last_line() const;
    /// Visits (line, hits) in ascending line order.
    template <typename Fn>
    void for_each(Fn&& fn) const {
        for (std::uint32_t line = 0; line < m_dense.size(); ++line) {
            const auto slot = m_dense[line];
            if (slot == k_big) {
                fn(line, m_big.at(line));
            } else if (slot != 0) {
                fn(line, static_cast<std::uint32_t>(slot - 1));
            }
        }
        for (const auto& [line, hits] : m_sparse) fn(line, hits);
    }

private:
    static constexpr std::uint16_t k_big = 0xFFFF;  // the count is in m_big
    void store_dense(std::uint32_t line, std::uint32_t hits);

    std::vector<std::uint16_t> m_dense;                      // index = line; 0 = not coverable, k_big, else hits + 1
    std::unordered_map<std::uint32_t, std::uint32_t> m_big;  // dense lines with counts >= k_big - 1
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_sparse;  // beyond the dense span
    std::uint64_t m_entries = 0;                                    // entries added (upper bound of distinct lines)
    bool m_sparse_sorted = true;
};

/// a + b, clamped to LineTable::k_max_hits.
std::uint32_t add_hits(std::uint32_t a, std::uint64_t b);

}  // namespace tollgate
