#include "runner/progress/packet_history.hpp"

#include "runner/core/text.hpp"
#include "runner/git/trailers.hpp"
#include "runner/patterns/glob.hpp"

#include <algorithm>
#include <unordered_map>

namespace tollgate {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

// The text between the first pair of single quotes after `prefix`.
std::optional<std::string> quoted_after(std::string_view summary, std::string_view prefix) {
    if (!starts_with(summary, prefix)) return std::nullopt;
    const std::string_view rest = summary.substr(prefix.size());
    const auto end = rest.find('\'');
    if (end == std::string_view::npos || end == 0) return std::nullopt;
    return std::string(rest.substr(0, end));
}

bool matches_any(const Packet& p, std::string_view name) {
    for (const auto& b : p.branches) {
        std::string error;
        const auto glob = Glob::compile(b.value, error);
        if (glob && glob->matches(name)) return true;
    }
    return false;
}

std::string short_id(const std::string& id) {
    return id.substr(0, 10);
}

}  // namespace

std::optional<std::string> merged_branch_name(std::string_view summary) {
    if (auto b = quoted_after(summary, "Merge branch '")) return b;
    if (auto b = quoted_after(summary, "Merge remote-tracking branch '")) return b;
    constexpr std::string_view pr = "Merge pull request #";
    if (starts_with(summary, pr)) {
        const auto from = summary.find(" from ");
        if (from == std::string_view::npos) return std::nullopt;
        std::string_view rest = summary.substr(from + 6);
        rest = rest.substr(0, rest.find(' '));
        const auto slash = rest.find('/');
        if (slash == std::string_view::npos || slash + 1 >= rest.size()) return std::nullopt;
        return std::string(rest.substr(slash + 1));
    }
    return std::nullopt;
}

int packet_index_for_branch(const Inventory& inventory, std::string_view name) {
    const auto slash = name.find('/');
    for (std::size_t i = 0; i < inventory.packets.size(); ++i) {
        const Packet& p = inventory.packets[i];
        if (matches_any(p, name)) return static_cast<int>(i);
    }
    if (slash != std::string_view::npos) {
        const std::string_view stripped = name.substr(slash + 1);
        for (std::size_t i = 0; i < inventory.packets.size(); ++i) {
            if (matches_any(inventory.packets[i], stripped)) return static_cast<int>(i);
        }
    }
    return -1;
}

Attribution attribute_commits(const Inventory& inventory, const std::vector<LoggedCommit>& base_commits,
                              const std::vector<BranchHistory>& branches) {
    Attribution out;
    out.packets.resize(inventory.packets.size());
    std::unordered_map<std::string_view, int> packet_index;
    for (std::size_t i = 0; i < inventory.packets.size(); ++i)
        packet_index.emplace(inventory.packets[i].id, static_cast<int>(i));
    std::unordered_map<std::string_view, std::size_t> index;
    index.reserve(base_commits.size());
    for (std::size_t i = 0; i < base_commits.size(); ++i) index.emplace(base_commits[i].id, i);

    // Base's first-parent chain, oldest first.
    std::vector<std::size_t> chain;
    if (!base_commits.empty()) {
        std::size_t at = 0;
        for (;;) {
            chain.push_back(at);
            const auto& parents = base_commits[at].parents;
            if (parents.empty()) break;
            const auto it = index.find(parents.front());
            if (it == index.end()) break;
            at = it->second;
        }
        std::reverse(chain.begin(), chain.end());
    }
    // Which first-parent commit brought each commit into base (its landing),
    // in one linear pass: each commit is visited once.
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::vector<std::size_t> landing(base_commits.size(), none);  // position in chain
    std::vector<std::size_t> stack;
    for (std::size_t pos = 0; pos < chain.size(); ++pos) {
        const std::size_t c = chain[pos];
        landing[c] = pos;
        const auto& parents = base_commits[c].parents;
        for (std::size_t k = 1; k < parents.size(); ++k) {
            const auto it = index.find(parents[k]);
            if (it != index.end() && landing[it->second] == none) stack.push_back(it->second);
        }
        while (!stack.empty()) {
            const std::size_t x = stack.back();
            stack.pop_back();
            if (landing[x] != none) continue;
            landing[x] = pos;
            for (const auto& p : base_commits[x].parents) {
                const auto it = index.find(p);
                if (it != index.end() && landing[it->second] == none) stack.push_back(it->second);
            }
        }
    }

    // The packet each landing merge names.
    out.first_parent.reserve(chain.size());
    out.landing_packet.assign(chain.size(), -1);
    for (std::size_t pos = 0; pos < chain.size(); ++pos) {
        const LoggedCommit& c = base_commits[chain[pos]];
        out.first_parent.push_back(c.id);
        if (c.parents.size() < 2) continue;
        const auto name = merged_branch_name(c.summary);
        if (!name) continue;
        const int p = packet_index_for_branch(inventory, *name);
        if (p < 0) {
            out.notes.push_back("merge " + short_id(c.id) + " names branch '" + printable(*name) +
                                "', which matches no packet's branches");
        }
        out.landing_packet[pos] = p;
    }

    // Merged packet branches: the tip's commits that landed with (or after) the tip.
    std::vector<int> by_ref(base_commits.size(), -1);
    for (const auto& b : branches) {
        if (!b.merged) continue;
        const int p = packet_index_for_branch(inventory, b.name);
        const auto tip = index.find(b.tip);
        if (p < 0 || tip == index.end()) continue;
        const std::size_t land = landing[tip->second];
        std::vector<std::size_t> todo{tip->second};
        while (!todo.empty()) {
            const std::size_t x = todo.back();
            todo.pop_back();
            if (by_ref[x] >= 0 || landing[x] == none || landing[x] < land) continue;
            by_ref[x] = p;
            for (const auto& parent : base_commits[x].parents) {
                const auto it = index.find(parent);
                if (it != index.end()) todo.push_back(it->second);
            }
        }
    }

    auto note_start = [](PacketCommits& pc, long long t) {
        pc.started = pc.started ? std::min(*pc.started, t) : t;
        pc.last_commit = pc.last_commit ? std::max(*pc.last_commit, t) : t;
    };
    for (std::size_t i = 0; i < base_commits.size(); ++i) {
        if (landing[i] == none) continue;  // not reachable along parents we know
        const LoggedCommit& c = base_commits[i];
        int p = -1;
        for (const auto& t : c.trailers) {
            if (!is_trailer_key(t.key, TrailerKey::packet)) continue;
            const auto it = packet_index.find(t.value);
            if (it != packet_index.end()) {
                p = it->second;
                break;
            }
            out.notes.push_back("commit " + short_id(c.id) + " has trailer 'Packet: " + printable(t.value) +
                                "', which is not a packet of the inventory");
        }
        if (p < 0) p = out.landing_packet[landing[i]];
        if (p < 0) p = by_ref[i];
        if (p < 0) continue;
        PacketCommits& pc = out.packets[static_cast<std::size_t>(p)];
        pc.landed.push_back(c.id);
        note_start(pc, c.author_time);
        const LoggedCommit& land = base_commits[chain[landing[i]]];
        if (std::find(pc.landing.begin(), pc.landing.end(), land.id) == pc.landing.end()) pc.landing.push_back(land.id);
        pc.landed_at = pc.landed_at ? std::max(*pc.landed_at, land.commit_time) : land.commit_time;
        // A squash or trailer commit on the first-parent chain lands itself.
        if (landing[i] < out.landing_packet.size() && chain[landing[i]] == i && out.landing_packet[landing[i]] < 0) {
            out.landing_packet[landing[i]] = p;
        }
    }
    for (auto& pc : out.packets) {
        // Oldest first, by position on the chain.
        std::unordered_map<std::string_view, std::size_t> pos;
        for (const auto& id : pc.landing) pos.emplace(id, landing[index.at(id)]);
        std::sort(pc.landing.begin(), pc.landing.end(), [&](const auto& a, const auto& b) { return pos[a] < pos[b]; });
    }

    for (const auto& b : branches) {
        if (b.merged || b.unmerged.empty()) continue;
        const int p = packet_index_for_branch(inventory, b.name);
        if (p < 0) continue;
        PacketCommits& pc = out.packets[static_cast<std::size_t>(p)];
        pc.unmerged += static_cast<int>(b.unmerged.size());
        pc.unmerged_branches.push_back(b.display);
        for (const auto& c : b.unmerged) note_start(pc, c.author_time);
    }
    return out;
}

}  // namespace tollgate
