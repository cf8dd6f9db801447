#pragma once

// What the readers of `init --from` share while they draft: the plan's
// blocks, the draft so far, and which blocks have been mapped (the rest
// is left for a person).

#include "runner/init/markdown_blocks.hpp"
#include "runner/init/plan_draft.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// The state of one draft in progress.
struct PlanContext {
    std::vector<MarkdownBlock> blocks;
    std::vector<bool> used;  ///< per block: mapped (or deliberately structural)
    PlanDraft draft;
    std::string ref_word = "batch";  ///< how the plan names its packets in prose ("Batch 3A")

    /// The text of the heading block `b` stands under ("" for none).
    [[nodiscard]] std::string heading_of(const MarkdownBlock& b) const {
        return b.heading >= 0 ? blocks[static_cast<std::size_t>(b.heading)].text : std::string();
    }
};

/// A fresh context over the Markdown `text`, naming the plan `file` in comments.
inline PlanContext start_plan_context(std::string_view text, const std::string& file) {
    PlanContext context;
    context.blocks = read_markdown_blocks(text);
    context.used.assign(context.blocks.size(), false);
    context.draft.file = file;
    return context;
}

}  // namespace tollgate
