#include "runner/zones/zone_map.hpp"

#include <algorithm>
#include <array>

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
    for (auto* idx : {&m_by_prefix, &m_by_head, &m_by_segment, &m_by_extension}) idx->freeze();
    std::sort(m_unindexed.rbegin(), m_unindexed.rend());
}

void ZoneMap::index(std::uint32_t i) {
    const auto& segs = m_entries[i].pattern.segments();
    if (segs.front().kind == Kind::literal) {
        std::string key = segs.front().text;
        for (std::size_t k = 1; k < segs.size() && k < max_prefix_segments && segs[k].kind == Kind::literal; ++k) {
            key += '/' + segs[k].text;
        }
        m_by_prefix.add(key, i);
        return;
    }
    if (segs.front().kind == Kind::wildcard) {
        const std::string& w = segs.front().text;
        const std::size_t head = std::min(w.find_first_of("*?\\"), max_head_chars);
        if (head > 0) {
            m_by_head.add(w.substr(0, head), i);
            return;
        }
    }
    // The longest literal is the likeliest to be rare among path segments.
    const GlobSegment* best = nullptr;
    for (const auto& s : segs) {
        if (s.kind == Kind::literal && (!best || s.text.size() > best->text.size())) best = &s;
    }
    if (best) {
        m_by_segment.add(best->text, i);
        return;
    }
    for (const auto& s : segs) {
        if (s.kind != Kind::wildcard) continue;
        const std::string tail = literal_tail(s.text);
        const auto dot = tail.rfind('.');
        if (dot != std::string::npos) {
            m_by_extension.add(tail.substr(dot + 1), i);
            return;
        }
    }
    m_unindexed.push_back(i);
}

template <typename Visit>
void ZoneMap::visit_candidates(std::string_view path, Visit&& visit) const {
    // `visit(bucket)` sees every non-empty bucket that may hold a matching pattern.
    if (!m_unindexed.empty()) visit(m_unindexed);
    const auto lookup = [&](const BucketIndex& index, std::string_view key, std::uint64_t h) {
        if (const PatternBucket* b = index.find(key, h)) visit(*b);
    };
    if (!m_by_head.empty()) {
        const std::string_view first = path.substr(0, path.find('/'));
        std::uint64_t h = BucketIndex::hash_seed;
        for (std::size_t n = 1; n <= max_head_chars && n <= first.size(); ++n) {
            h = BucketIndex::hash(first.substr(n - 1, 1), h);
            lookup(m_by_head, first.substr(0, n), h);
        }
    }
    const bool by_prefix = !m_by_prefix.empty();
    const bool by_segment = !m_by_segment.empty();
    const bool by_extension = !m_by_extension.empty();
    std::uint64_t prefix_hash = BucketIndex::hash_seed;
    std::size_t pos = 0;
    for (std::size_t depth = 1;; ++depth) {
        const std::size_t slash = path.find('/', pos);
        const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
        const std::string_view segment = path.substr(pos, end - pos);
        if (by_prefix && depth <= max_prefix_segments) {
            // FNV continues over "/segment", so "a/b" costs one segment's bytes.
            if (depth > 1) prefix_hash = BucketIndex::hash("/", prefix_hash);
            prefix_hash = BucketIndex::hash(segment, prefix_hash);
            lookup(m_by_prefix, path.substr(0, end), prefix_hash);
        }
        if (by_segment) lookup(m_by_segment, segment, BucketIndex::hash(segment));
        if (by_extension) {
            const auto dot = segment.rfind('.');
            if (dot != std::string_view::npos) {
                const std::string_view ext = segment.substr(dot + 1);
                lookup(m_by_extension, ext, BucketIndex::hash(ext));
            }
        }
        if (slash == std::string_view::npos) break;
        pos = slash + 1;
    }
}

std::size_t ZoneMap::winner(std::string_view path) const {
    // Walk all candidate buckets merged in descending pattern order, so the
    // first match is the winner and no pattern below it is ever tested.
    struct Cursor {
        const std::uint32_t* next;
        const std::uint32_t* end;
    };
    std::array<Cursor, 64> cursors;
    std::size_t n = 0;
    bool overflow = false;
    visit_candidates(path, [&](const PatternBucket& bucket) {
        if (n == cursors.size()) {
            overflow = true;
            return;
        }
        cursors[n++] = {bucket.data(), bucket.data() + bucket.size()};
    });
    if (overflow) return winner_unmerged(path);
    std::size_t last_tested = none;
    while (true) {
        Cursor* top = nullptr;
        for (std::size_t c = 0; c < n; ++c) {
            if (cursors[c].next != cursors[c].end && (!top || *cursors[c].next > *top->next)) top = &cursors[c];
        }
        if (!top) return none;
        const std::size_t i = *top->next++;
        if (i == last_tested) continue;  // the same bucket reached through two keys
        last_tested = i;
        if (m_entries[i].pattern.matches(path)) return i;
    }
}

std::size_t ZoneMap::winner_unmerged(std::string_view path) const {
    std::size_t best = none;
    visit_candidates(path, [&](const PatternBucket& bucket) {
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
    visit_candidates(path, [&](const PatternBucket& bucket) {
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

const PathPattern& ZoneMap::pattern(std::size_t index) const {
    return m_entries.at(index).pattern;
}

}  // namespace tollgate
