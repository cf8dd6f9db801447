#include "runner/init/left_placement.hpp"

#include <algorithm>

namespace tollgate {

namespace {

struct WrittenEntry {
    DraftSection section;
    std::size_t index;
    int line;
};

template <typename Entry>
void add_entries(std::vector<WrittenEntry>& out, DraftSection section, const std::vector<Entry>& entries) {
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].line > 0) out.push_back({section, i, entries[i].line});
    }
}

}  // namespace

LeftPlacement::LeftPlacement(const PlanDraft& draft) {
    std::vector<WrittenEntry> written;  // in the order render_plan_draft writes them
    add_entries(written, DraftSection::streams, draft.streams);
    add_entries(written, DraftSection::packets, draft.packets);
    add_entries(written, DraftSection::zones, draft.zones);
    add_entries(written, DraftSection::gates, draft.gates);
    add_entries(written, DraftSection::checkpoints, draft.checkpoints);
    add_entries(written, DraftSection::triggers, draft.triggers);
    auto left = draft.left;
    std::stable_sort(left.begin(), left.end(), [](const LeftLine& a, const LeftLine& b) { return a.line < b.line; });
    for (auto& l : left) {
        const WrittenEntry* best = nullptr;
        for (const auto& e : written) {
            // ">=": of entries drafted from the same line, the one written last.
            if (e.line <= l.line && (best == nullptr || e.line >= best->line)) best = &e;
        }
        if (best == nullptr) {
            m_header.push_back(std::move(l));
        } else {
            m_after[{best->section, best->index}].push_back(std::move(l));
        }
    }
}

const std::vector<LeftLine>& LeftPlacement::after(DraftSection section, std::size_t index) const {
    static const std::vector<LeftLine> none;
    const auto it = m_after.find({section, index});
    return it == m_after.end() ? none : it->second;
}

}  // namespace tollgate
