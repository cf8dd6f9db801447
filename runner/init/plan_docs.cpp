#include "runner/init/plan_docs.hpp"

#include "runner/init/plan_refs.hpp"

#include <cctype>
#include <regex>

namespace tollgate {

namespace {

// Every "NAME.md" a line mentions, without its directories.
std::vector<std::string> markdown_names(const std::string& line) {
    static const std::regex name(R"(([A-Za-z0-9_.-]+)\.md\b)");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(line.begin(), line.end(), name); it != std::sregex_iterator(); ++it) {
        out.push_back((*it)[1].str() + ".md");
    }
    return out;
}

bool names_packet(const std::string& file, const std::string& ref_word, const std::string& label) {
    // "batch_3a_finance_ui.md" names batch 3A; "batch_10_x.md" does not name batch 1.
    const auto f = lower(file);
    const auto l = lower(label);
    for (const char* sep : {"_", "-", ""}) {
        const auto key = ref_word + std::string(sep) + l;
        const auto at = f.find(key);
        if (at == std::string::npos || (at > 0 && std::isalnum(static_cast<unsigned char>(f[at - 1])) != 0)) continue;
        const char after = f[at + key.size()];
        if (after == '_' || after == '-' || after == '.') return true;
    }
    return false;
}

}  // namespace

void read_packet_doc_names(PlanContext& ctx) {
    auto& d = ctx.draft;
    for (std::size_t b = 0; b < ctx.blocks.size(); ++b) {
        const auto& block = ctx.blocks[b];
        std::vector<std::pair<std::string, int>> lines = {{block.text, block.line}};
        for (std::size_t i = 0; i < block.body.size(); ++i)
            lines.emplace_back(block.body[i], block.line + 1 + static_cast<int>(i));
        bool named = false;
        for (const auto& [line, number] : lines) {
            for (const auto& file : markdown_names(line)) {
                for (auto& p : d.packets) {
                    if (p.batch.empty() || !p.doc_name.empty() || !names_packet(file, ctx.ref_word, p.batch)) continue;
                    p.doc_name = file;
                    p.doc_line = number;
                    named = true;
                }
            }
        }
        if (named && block.kind == MarkdownBlock::Kind::fence) {
            ctx.used[b] = true;
            d.mapped.push_back(d.at(block.line) + ": work-packet documents in the file list");
        }
    }
}

void resolve_packet_docs(PlanDraft& d, const std::filesystem::path& plan_dir, const std::filesystem::path& root) {
    for (auto& p : d.packets) {
        if (p.doc_name.empty()) continue;
        const auto file = plan_dir / p.doc_name;
        std::error_code ec;
        if (std::filesystem::is_regular_file(file, ec)) {
            p.doc = std::filesystem::relative(file, root, ec).generic_string();
            if (ec || p.doc.empty() || p.doc.rfind("..", 0) == 0) p.doc.clear();
        }
        if (!p.doc.empty()) {
            p.comments.push_back("doc from " + d.at(p.doc_line) + ": " + p.doc_name);
        } else {
            p.comments.push_back("TODO: " + d.at(p.doc_line) + " names " + p.doc_name +
                                 " as its document; it is not next to the plan, so no doc: yet");
        }
    }
}

}  // namespace tollgate
