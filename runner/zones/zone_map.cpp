#include "runner/zones/zone_map.hpp"

#include <algorithm>

namespace tollgate {

namespace {

using Kind = GlobSegment::Kind;

// The literal characters after the last wildcard of a wildcard segment
// ("*.test.js" → ".test.js"); escapes are resolved.
std::string literal_tail(std::string_view wildcard) {
    std::string tail;
    for (std::size_t i = 0; i < wildcard.size(); ++i) {
        const char c = wildcard[i];
        if (c == '\\' && i + 1 < wildcard.size()) {
            tail += wildcard[++i];
        } else if (c == '*' || c == '?') {
            tail.clear();
        } else {
            tail += c;
        }
    }
    return tail;
}

std::string_view extension_of(std::string_view segment, bool& has) {
    const auto dot = segment.rfind('.');
    has = dot != std::string_view::npos;
    return has ? segment.substr(dot + 1) : std::string_view{};
}

}  // namespace

ZoneMap::ZoneMap(const Inventory& inventory) {
    std::string error;
    for (const auto& zone : inventory.zones) {
        for (const auto& path : zone.paths) {
            auto compiled = PathPattern::compile(path.value, error);
            if (!compiled) continue;
            m_entries.push_back({std::move(*compiled), &zone, &path});
            index(static_cast<std::uint32_t>(m_entries.size() - 1));
        }
    }
    const auto descending = [](Bucket& b) { std::sort(b.rbegin(), b.rend()); };
    for (auto* idx : {&m_by_first, &m_by_segment, &m_by_extension}) {
        for (auto& [key, bucket] : *idx) descending(bucket);
    }
    descending(m_unindexed);
}

void ZoneMap::index(std::uint32_t i) {
    const auto& segs = m_entries[i].pattern.segments();
    if (segs.front().kind == Kind::literal) {
        m_by_first[segs.front().text].push_back(i);
        return;
    }
    // The longest literal is the likeliest to be rare among path segments.
    const GlobSegment* best = nullptr;
    for (const auto& s : segs) {
        if (s.kind == Kind::literal && (!best || s.text.size() > best->text.size())) best = &s;
    }
    if (best) {
        m_by_segment[best->text].push_back(i);
        return;
    }
    for (const auto& s : segs) {
        if (s.kind != Kind::wildcard) continue;
        const std::string tail = literal_tail(s.text);
        const auto dot = tail.rfind('.');
        if (dot != std::string::npos) {
            m_by_extension[tail.substr(dot + 1)].push_back(i);
            return;
        }
    }
    m_unindexed.push_back(i);
}

template <typename Visit>
void ZoneMap::visit_candidates(std::string_view path, Visit&& visit) const {
    // `visit(bucket)` sees every bucket that may hold a matching pattern.
    visit(m_unindexed);
    const auto lookup = [&](const Index& index, std::string_view key) {
        const auto it = index.find(key);
        if (it != index.end()) visit(it->second);
    };
    const bool by_segment = !m_by_segment.empty();
    const bool by_extension = !m_by_extension.empty();
    std::size_t pos = 0;
    while (true) {
        const std::size_t slash = path.find('/', pos);
        const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
        const std::string_view segment = path.substr(pos, end - pos);
        if (pos == 0 && !m_by_first.empty()) lookup(m_by_first, segment);
        if (by_segment) lookup(m_by_segment, segment);
        if (by_extension) {
            bool has = false;
            const auto ext = extension_of(segment, has);
            if (has) lookup(m_by_extension, ext);
        }
        if (slash == std::string_view::npos) break;
        pos = slash + 1;
    }
}

std::size_t ZoneMap::winner(std::string_view path) const {
    std::size_t best = none;
    visit_candidates(path, [&](const Bucket& bucket) {
        for (const std::uint32_t i : bucket) {
            if (best != none && i <= best) break;
            if (m_entries[i].pattern.matches(path)) {
                best = i;
                break;
            }
        }
    });
    return best;
}

std::optional<ZoneMatch> ZoneMap::match(std::string_view path) const {
    const std::size_t i = winner(path);
    if (i == none) return std::nullopt;
    return entry(i);
}

void ZoneMap::all_matches(std::string_view path, std::vector<std::size_t>& out) const {
    out.clear();
    visit_candidates(path, [&](const Bucket& bucket) {
        for (const std::uint32_t i : bucket) {
            if (m_entries[i].pattern.matches(path)) out.push_back(i);
        }
    });
    std::sort(out.begin(), out.end());
    // A bucket is visited twice when a path repeats a segment (a/x/a).
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

ZoneMatch ZoneMap::entry(std::size_t index) const {
    return {m_entries.at(index).zone, m_entries.at(index).source};
}

const PathPattern& ZoneMap::pattern(std::size_t index) const { return m_entries.at(index).pattern; }

}  // namespace tollgate
