#include "runner/progress/rework.hpp"

#include <algorithm>

namespace tollgate {

ReworkTracker::ReworkTracker(long long window_seconds) : m_window(window_seconds) {}

void ReworkTracker::apply(int packet, long long time, const std::vector<FileHunks>& files) {
    for (const auto& f : files) apply_file(packet, time, f);
}

void ReworkTracker::apply_file(int packet, long long time, const FileHunks& file) {
    const bool renamed = !file.old_path.empty() && file.old_path != file.path;
    const std::string& old_key = file.old_path.empty() ? file.path : file.old_path;
    std::map<int, Tag> before;
    if (const auto it = m_lines.find(old_key); it != m_lines.end()) {
        before = std::move(it->second);
        m_lines.erase(it);
    }
    if (file.binary) return;  // no line numbers to follow
    std::vector<LineHunk> hunks = file.hunks;
    std::sort(hunks.begin(), hunks.end(),
              [](const LineHunk& a, const LineHunk& b) { return a.old_start < b.old_start; });

    auto rewrite = [&](const Tag& tag) {
        if (time - tag.time <= m_window && time >= tag.time) ++m_counts[tag.packet].rewritten;
    };
    std::map<int, Tag> after;
    std::size_t h = 0;
    long long delta = 0;
    for (const auto& [line, tag] : before) {
        // Hunks wholly above `line` shift it; an insertion after line s moves lines > s.
        while (h < hunks.size()) {
            const LineHunk& k = hunks[h];
            const int end = k.old_lines > 0 ? k.old_start + k.old_lines : k.old_start + 1;
            if (end > line) break;
            delta += k.new_lines - k.old_lines;
            ++h;
        }
        const bool deleted = h < hunks.size() && hunks[h].old_lines > 0 && hunks[h].old_start <= line &&
                             line < hunks[h].old_start + hunks[h].old_lines;
        if (renamed || deleted) {
            rewrite(tag);
            continue;
        }
        after.emplace(static_cast<int>(line + delta), tag);
    }
    if (packet >= 0) {
        for (const auto& k : hunks) {
            for (int n = 0; n < k.new_lines; ++n) after[k.new_start + n] = Tag{packet, time};
            m_counts[packet].added += k.new_lines;
        }
    } else {
        for (const auto& k : hunks) {
            for (int n = 0; n < k.new_lines; ++n) after.erase(k.new_start + n);
        }
    }
    if (!after.empty() && !file.deleted) m_lines[file.path] = std::move(after);
}

ReworkCount ReworkTracker::count(int packet) const {
    const auto it = m_counts.find(packet);
    return it == m_counts.end() ? ReworkCount{} : it->second;
}

}  // namespace tollgate
