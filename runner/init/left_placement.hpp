#pragma once

// Where `init --from` writes what it could not map: after the entry drafted
// from the plan text just above it, so a person reads each left-over where it
// belongs in the plan rather than in a list at the end of the draft.

#include "runner/init/plan_draft.hpp"

#include <cstddef>
#include <map>
#include <utility>
#include <vector>

namespace tollgate {

/// The kinds of entry a draft writes, in the order it writes them.
enum class DraftSection { streams, packets, zones, gates, checkpoints, triggers };

/// Every left-over of one draft, each placed after one entry or in the header.
class LeftPlacement {
public:
    /// Places each left-over at line N after the written entry whose line is
    /// the greatest <= N (the last written of equals); before every entry, in
    /// the header. Entries with line 0 take none.
    explicit LeftPlacement(const PlanDraft& draft);

    /// The left-overs written after entry `index` of `section`, in the plan's order.
    [[nodiscard]] const std::vector<LeftLine>& after(DraftSection section, std::size_t index) const;

    /// The left-overs before every entry, in the plan's order: written in the header.
    [[nodiscard]] const std::vector<LeftLine>& header() const { return m_header; }

private:
    std::map<std::pair<DraftSection, std::size_t>, std::vector<LeftLine>> m_after;
    std::vector<LeftLine> m_header;
};

}  // namespace tollgate
