#include "runner/coverage/path_mapper.hpp"

#include "runner/core/text.hpp"

#include <algorithm>

namespace tollgate {

namespace {

std::vector<std::string_view> components(std::string_view path) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto slash = path.find('/', start);
        const auto end = slash == std::string_view::npos ? path.size() : slash;
        if (end > start) out.push_back(path.substr(start, end - start));
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    return out;
}

std::string_view basename(std::string_view path) {
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool has_prefix_component(std::string_view path, std::string_view prefix) {
    if (prefix.empty() || !path.starts_with(prefix)) return false;
    return path.size() == prefix.size() || prefix.back() == '/' || path[prefix.size()] == '/';
}

}  // namespace

std::optional<PathMapRule> PathMapRule::parse(std::string_view text) {
    const auto eq = text.find('=');
    if (eq == std::string_view::npos || eq == 0) return std::nullopt;
    return PathMapRule{std::string(text.substr(0, eq)), std::string(text.substr(eq + 1))};
}

std::string normalize_path(std::string_view path) {
    std::string p(path);
    std::replace(p.begin(), p.end(), '\\', '/');
    const bool absolute = !p.empty() && p.front() == '/';
    std::vector<std::string_view> out;
    for (const auto c : components(p)) {
        if (c == ".") continue;
        if (c == ".." && !out.empty() && out.back() != "..") {
            out.pop_back();
            continue;
        }
        if (c == ".." && absolute) continue;  // "/.." is "/"
        out.push_back(c);
    }
    std::string joined;
    for (const auto c : out) {
        if (!joined.empty() || absolute) joined += '/';
        joined += c;
    }
    return joined.empty() && absolute ? "/" : joined;
}

PathMapper::PathMapper(std::vector<std::string> tracked, bool know_tracked, const std::string& repo_root,
                       std::vector<PathMapRule> rules)
    : m_tracked(std::move(tracked)),
      m_know_tracked(know_tracked),
      m_root(normalize_path(repo_root)),
      m_rules(std::move(rules)) {
    // Longest FROM first, so a specific rule beats a general one.
    std::stable_sort(m_rules.begin(), m_rules.end(),
                     [](const PathMapRule& a, const PathMapRule& b) { return a.from.size() > b.from.size(); });
    for (std::size_t i = 0; i < m_tracked.size(); ++i) {
        m_index.emplace(m_tracked[i], i);
        m_by_name[std::string(basename(m_tracked[i]))].push_back(i);
    }
}

std::string PathMapper::apply_rules(std::string_view path) const {
    for (const auto& rule : m_rules) {
        if (has_prefix_component(path, rule.from)) {
            std::string out = rule.to;
            auto rest = path.substr(rule.from.size());
            if (!out.empty() && out.back() != '/' && !rest.empty() && rest.front() != '/') out += '/';
            out += rest;
            return out;
        }
    }
    return std::string(path);
}

// The repository path `candidate` names exactly (relative, or absolute under the root).
std::optional<std::string> PathMapper::exact(const std::string& candidate) const {
    std::string rel = candidate;
    if (!rel.empty() && rel.front() == '/') {
        if (m_root.empty() || !has_prefix_component(rel, m_root) || rel.size() <= m_root.size()) return std::nullopt;
        rel = rel.substr(m_root == "/" ? 1 : m_root.size() + 1);
    }
    if (rel.empty() || rel == ".." || rel.starts_with("../")) return std::nullopt;
    if (!m_know_tracked) return rel;
    if (m_index.count(rel) != 0) return rel;
    return std::nullopt;
}

// Length (in components) of the longest suffix `candidate` shares with a
// tracked file; `best` receives every tracked file sharing that length.
std::size_t PathMapper::suffix_match(const std::string& candidate, std::vector<std::size_t>& best) const {
    best.clear();
    const auto it = m_by_name.find(std::string(basename(candidate)));
    if (it == m_by_name.end()) return 0;
    const auto want = components(candidate);
    std::size_t best_len = 0;
    for (const auto index : it->second) {
        const auto have = components(m_tracked[index]);
        std::size_t n = 0;
        while (n < want.size() && n < have.size() && want[want.size() - 1 - n] == have[have.size() - 1 - n]) ++n;
        if (n > best_len) {
            best_len = n;
            best.assign(1, index);
        } else if (n == best_len && n > 0) {
            best.push_back(index);
        }
    }
    return best_len;
}

PathMapping PathMapper::map(std::string_view report_path, const std::vector<std::string>& source_roots) const {
    const std::string mapped = normalize_path(apply_rules(report_path));
    std::vector<std::string> candidates{mapped};
    if (mapped.empty() || mapped.front() != '/') {
        for (const auto& root : source_roots) candidates.push_back(normalize_path(root + "/" + mapped));
    }
    for (const auto& c : candidates) {
        if (auto rel = exact(c)) return PathMapping{*rel, {}};
    }
    if (!m_know_tracked) {
        // Without a repository there is nothing to match against: keep the report's path.
        return PathMapping{mapped.empty() ? std::string(report_path) : mapped, {}};
    }
    std::size_t best_len = 0;
    std::vector<std::size_t> best;
    std::vector<std::size_t> scratch;
    for (const auto& c : candidates) {
        const auto len = suffix_match(c, scratch);
        if (len > best_len) {
            best_len = len;
            best = scratch;
        } else if (len == best_len && len > 0) {
            for (const auto i : scratch) {
                if (std::find(best.begin(), best.end(), i) == best.end()) best.push_back(i);
            }
        }
    }
    if (best.size() == 1) return PathMapping{m_tracked[best.front()], {}};
    if (best.size() > 1) {
        std::vector<std::string> names;
        for (std::size_t i = 0; i < best.size() && i < 4; ++i) names.push_back(m_tracked[best[i]]);
        return PathMapping{{},
                           "ambiguous: it ends like " + join(names, ", ") + (best.size() > 4 ? ", …" : "") +
                               "; add --path-map FROM=TO"};
    }
    return PathMapping{{}, "no tracked file ends with '" + std::string(basename(mapped)) + "'"};
}

}  // namespace tollgate
