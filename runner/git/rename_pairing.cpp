#include "runner/git/rename_pairing.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

namespace tollgate {

namespace {

constexpr std::size_t k_candidates_per_destination = 4;  // git's NUM_CANDIDATE_PER_DST
constexpr int k_identical_candidates = 100;              // how many same-id sources the exact pass looks at

std::string_view basename(std::string_view path) {
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool is_regular(std::uint32_t mode) {
    return (mode & 0170000) == 0100000;
}

// One candidate pair of the matrix; `destination` < 0 marks an empty slot.
struct Candidate {
    long destination = -1;
    std::size_t source = 0;
    int score = 0;
    int name_score = 0;
};

// git's order of candidates: used before empty, higher score first, then the
// same basename first. Returns true when `a` sorts strictly after `b`.
bool worse(const Candidate& a, const Candidate& b) {
    if (a.destination < 0) return b.destination >= 0;
    if (b.destination < 0) return false;
    if (a.score != b.score) return a.score < b.score;
    return a.name_score < b.name_score;
}

class Pairing {
public:
    Pairing(std::span<const RenameEntry> entries, RenameContent& content, const RenameOptions& options)
        : m_entries(entries),
          m_content(content),
          m_options(options),
          m_used(entries.size(), 0),
          m_source_of(entries.size(), -1),
          m_score(entries.size(), 0) {
        m_copies = options.detect == RenameDetection::copies;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            switch (entries[i].role) {
                case RenameRole::destination: m_destinations.push_back(i); break;
                case RenameRole::deleted: m_sources.push_back(i); break;
                case RenameRole::kept:
                    if (m_copies) {
                        m_used[i] = 1;  // the path stays: it counts as one user of itself
                        m_sources.push_back(i);
                    }
                    break;
                case RenameRole::none: break;
            }
        }
    }

    RenamePairing run() {
        RenamePairing out;
        if (m_destinations.empty() || m_sources.empty() || m_options.detect == RenameDetection::off) return out;
        std::size_t found = exact_pass();
        if (!m_options.exact_only && m_options.minimum_score < k_max_similarity) {
            if (!m_copies) {
                drop_used_sources();
                found += basename_pass();
                drop_used_sources();
            }
            const std::size_t destinations = m_destinations.size() - found;
            const std::size_t sources = m_sources.size();
            if (destinations > 0 && sources > 0) {
                const auto limit = static_cast<unsigned long long>(std::max(m_options.limit, 0LL));
                if (m_options.limit > 0 && static_cast<unsigned long long>(destinations) * sources > limit * limit) {
                    out.limit_exceeded = true;
                    out.destinations_left = destinations;
                    out.sources_left = sources;
                } else {
                    matrix_pass();
                }
            }
        }
        resolve(out);
        return out;
    }

private:
    void record(std::size_t destination, std::size_t source, int score) {
        ++m_used[source];
        m_source_of[destination] = static_cast<long>(source);
        m_score[destination] = score;
    }
    [[nodiscard]] bool paired(std::size_t destination) const { return m_source_of[destination] >= 0; }

    // Same id; links and submodules also need the same mode. Unused sources
    // and the same basename score a point each; the first best source wins.
    std::size_t exact_pass() {
        std::unordered_map<std::string_view, std::vector<std::size_t>> candidates;
        for (const std::size_t s : m_sources) candidates[m_entries[s].id].push_back(s);  // path order
        std::size_t found = 0;
        for (const std::size_t d : m_destinations) {
            const RenameEntry& target = m_entries[d];
            const auto it = candidates.find(target.id);
            if (it == candidates.end()) continue;
            long best = -1;
            int best_score = -1;
            int budget = k_identical_candidates;
            for (const std::size_t s : it->second) {
                const RenameEntry& source = m_entries[s];
                if ((!is_regular(source.mode) || !is_regular(target.mode)) && source.mode != target.mode) continue;
                if (m_used[s] > 0 && !m_copies) continue;
                const int score = (m_used[s] == 0 ? 1 : 0) + (same_basename(source.path, target.path) ? 1 : 0);
                if (score > best_score) {
                    best = static_cast<long>(s);
                    best_score = score;
                    if (score == 2) break;
                }
                if (--budget == 0) break;
            }
            if (best < 0) continue;
            record(d, static_cast<std::size_t>(best), k_max_similarity);
            ++found;
        }
        return found;
    }

    void drop_used_sources() {
        std::erase_if(m_sources, [&](std::size_t s) { return m_used[s] > 0; });
    }

    int estimate(std::size_t source, std::size_t destination, int minimum_score) {
        const RenameEntry& s = m_entries[source];
        const RenameEntry& d = m_entries[destination];
        if (!is_regular(s.mode) || !is_regular(d.mode)) return 0;  // links pair only when identical
        const std::uint64_t source_size = m_content.size(source);
        const std::uint64_t destination_size = m_content.size(destination);
        if (!sizes_can_match(source_size, destination_size, minimum_score)) return 0;
        const std::uint64_t copied = copied_bytes(m_content.signature(source), m_content.signature(destination));
        return similarity_score(copied, source_size, destination_size);
    }

    // A source and a destination whose basenames are unique among those
    // left on their side pair when they reach the higher basename threshold.
    std::size_t basename_pass() {
        const int minimum = m_options.minimum_score + static_cast<int>(m_options.basename_factor / 100.0 *
                                                                       (k_max_similarity - m_options.minimum_score));
        constexpr long k_not_unique = -1;
        std::unordered_map<std::string_view, long> sources;
        for (const std::size_t s : m_sources) {
            const auto [it, inserted] = sources.emplace(basename(m_entries[s].path), static_cast<long>(s));
            if (!inserted) it->second = k_not_unique;
        }
        std::unordered_map<std::string_view, long> destinations;
        for (const std::size_t d : m_destinations) {
            if (paired(d)) continue;
            const auto [it, inserted] = destinations.emplace(basename(m_entries[d].path), static_cast<long>(d));
            if (!inserted) it->second = k_not_unique;
        }
        std::size_t found = 0;
        for (const std::size_t s : m_sources) {
            const std::string_view name = basename(m_entries[s].path);
            const auto d = destinations.find(name);
            if (d == destinations.end() || d->second == k_not_unique || sources.at(name) == k_not_unique) continue;
            const auto destination = static_cast<std::size_t>(d->second);
            if (paired(destination)) continue;
            const int score = estimate(s, destination, minimum);
            if (score < minimum) continue;
            record(destination, s, score);
            ++found;
        }
        return found;
    }

    void matrix_pass() {
        std::vector<Candidate> matrix;
        for (const std::size_t d : m_destinations) {
            if (paired(d)) continue;
            std::array<Candidate, k_candidates_per_destination> best{};
            for (const std::size_t s : m_sources) {
                Candidate c;
                c.destination = static_cast<long>(d);
                c.source = s;
                c.score = estimate(s, d, m_options.minimum_score);
                c.name_score = same_basename(m_entries[s].path, m_entries[d].path) ? 1 : 0;
                // Replace the first of the worst kept, and only by a strictly better one.
                std::size_t worst = 0;
                for (std::size_t k = 1; k < best.size(); ++k) {
                    if (worse(best[k], best[worst])) worst = k;
                }
                if (worse(best[worst], c)) best[worst] = c;
            }
            matrix.insert(matrix.end(), best.begin(), best.end());
        }
        std::stable_sort(matrix.begin(), matrix.end(),
                         [](const Candidate& a, const Candidate& b) { return worse(b, a); });
        walk(matrix, false);
        if (m_copies) walk(matrix, true);
    }

    void walk(const std::vector<Candidate>& matrix, bool reuse_sources) {
        for (const Candidate& c : matrix) {
            if (c.destination < 0 || c.score < m_options.minimum_score) break;
            const auto d = static_cast<std::size_t>(c.destination);
            if (paired(d)) continue;
            if (!reuse_sources && m_used[c.source] > 0) continue;
            record(d, c.source, c.score);
        }
    }

    // git's diff_resolve_rename_copy: in path order, each use of a source
    // but its last is a copy; a source that stays makes every use a copy.
    void resolve(RenamePairing& out) {
        for (const std::size_t d : m_destinations) {
            if (!paired(d)) continue;
            const auto s = static_cast<std::size_t>(m_source_of[d]);
            RenameMatch m;
            m.destination = d;
            m.source = s;
            m.score = m_score[d];
            m.copy = --m_used[s] > 0;
            out.matches.push_back(m);
        }
    }

    std::span<const RenameEntry> m_entries;
    RenameContent& m_content;
    const RenameOptions& m_options;
    bool m_copies = false;
    std::vector<std::size_t> m_destinations;
    std::vector<std::size_t> m_sources;
    std::vector<int> m_used;        // git's rename_used
    std::vector<long> m_source_of;  // per destination: its source entry, or -1
    std::vector<int> m_score;
};

}  // namespace

bool same_basename(std::string_view a, std::string_view b) {
    return basename(a) == basename(b);
}

RenamePairing pair_renames(std::span<const RenameEntry> entries, RenameContent& content, const RenameOptions& options) {
    return Pairing(entries, content, options).run();
}

}  // namespace tollgate
