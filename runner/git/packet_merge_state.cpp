#include "runner/git/packet_merge_state.hpp"

#include "runner/git/branch_refs.hpp"
#include "runner/git/commit_graph.hpp"
#include "runner/git/repository_impl.hpp"
#include "runner/git/revision.hpp"
#include "runner/git/trailers.hpp"

#include <algorithm>
#include <cstring>
#include <deque>
#include <map>
#include <unordered_set>

namespace tollgate {

using namespace libgit;

namespace {

// Counting commits off base stops here: the number only words a reason.
constexpr std::size_t k_count_cap = 100000;

std::string short_id(const std::string& hex) {
    return hex.substr(0, 8);
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

struct PacketMergeScanner::Impl {
    // Members, not file-local types: a field's type must not have internal linkage.
    struct OidHash {
        std::size_t operator()(const git_oid& id) const {
            std::size_t h = 0;
            std::memcpy(&h, id.id, sizeof h);
            return h;
        }
    };
    struct OidEq {
        bool operator()(const git_oid& a, const git_oid& b) const { return git2().git_oid_equal(&a, &b) != 0; }
    };
    using OidSet = std::unordered_set<git_oid, OidHash, OidEq>;

    git_repository* repo = nullptr;
    std::unordered_set<std::string> boundaries;
    git_oid base{};
    std::string base_hex;
    std::string base_name;
    OidSet on_base;
    std::map<std::string, std::vector<LandedCommit>> by_packet;
    std::vector<BranchRef> branches;  // every ref, local and remote: each carries work

    // Parents of `id` unless a shallow boundary cut them off.
    std::vector<git_oid> parents_of(const git_oid& id, CommitHandle& commit) const {
        std::vector<git_oid> out;
        if (boundaries.count(to_hex(id)) > 0) return out;
        const unsigned count = git2().git_commit_parentcount(commit.get());
        for (unsigned i = 0; i < count; ++i) out.push_back(*git2().git_commit_parent_id(commit.get(), i));
        return out;
    }

    void walk_base() {
        std::deque<git_oid> queue{base};
        on_base.insert(base);
        while (!queue.empty()) {
            const git_oid id = queue.front();
            queue.pop_front();
            auto commit = lookup_commit(repo, id, "the base branch's history");
            const char* message = git2().git_commit_message(commit.get());
            if (message != nullptr && std::strstr(message, ":") != nullptr) {
                for (const auto& packet : trailer_values(parse_trailers(message), TrailerKey::packet)) {
                    const char* summary = git2().git_commit_summary(commit.get());
                    by_packet[packet].push_back(LandedCommit{to_hex(id), summary != nullptr ? summary : "",
                                                             git2().git_commit_time(commit.get())});
                }
            }
            for (const auto& parent : parents_of(id, commit)) {
                if (on_base.insert(parent).second) queue.push_back(parent);
            }
        }
    }

    // Commits reachable from `tip` but not from base.
    std::size_t count_off_base(const git_oid& tip) const {
        if (on_base.count(tip) > 0) return 0;
        OidSet seen{tip};
        std::deque<git_oid> queue{tip};
        while (!queue.empty() && seen.size() < k_count_cap) {
            const git_oid id = queue.front();
            queue.pop_front();
            auto commit = lookup_commit(repo, id, "a packet branch's history");
            for (const auto& parent : parents_of(id, commit)) {
                if (on_base.count(parent) == 0 && seen.insert(parent).second) queue.push_back(parent);
            }
        }
        return seen.size();
    }
};

PacketMergeScanner::PacketMergeScanner(const Repository& repository, std::string base_commit, std::string base_name)
    : m_impl(std::make_unique<Impl>()) {
    m_impl->repo = raw(repository);
    if (repository.is_shallow()) m_impl->boundaries = read_shallow_boundaries(repository.common_dir());
    m_impl->base = parse_oid(base_commit);
    m_impl->base_hex = std::move(base_commit);
    m_impl->base_name = std::move(base_name);
    m_impl->walk_base();
    m_impl->branches = list_branch_refs(repository);
}

PacketMergeScanner::~PacketMergeScanner() = default;

PacketMergeState PacketMergeScanner::state(const std::string& id, const BranchMatcher& matches,
                                           const std::string& globs_text) const {
    const Impl& s = *m_impl;
    PacketMergeState out;
    out.packet = id;
    out.base_commit = s.base_hex;
    for (const auto& b : s.branches) {
        if (!matches(b.name)) continue;
        const git_oid tip = parse_oid(b.commit);
        PacketRefFacts f;
        f.ref = b.ref;
        f.display = b.display;
        f.commit = b.commit;
        f.remote = b.remote;
        f.at_base = git2().git_oid_equal(&tip, &s.base) != 0;
        f.unmerged_commits = s.count_off_base(tip);
        f.merged = f.unmerged_commits == 0;
        out.refs.push_back(std::move(f));
    }
    if (const auto found = s.by_packet.find(id); found != s.by_packet.end()) out.trailers = found->second;

    const PacketRefFacts* landed_ref = nullptr;
    const PacketRefFacts* open_ref = nullptr;
    for (const auto& f : out.refs) {
        if (f.merged && !f.at_base && landed_ref == nullptr) landed_ref = &f;
        if (!f.merged && open_ref == nullptr) open_ref = &f;
    }
    out.landed = landed_ref != nullptr || !out.trailers.empty();
    out.done = out.landed && open_ref == nullptr;
    if (open_ref != nullptr) {
        std::size_t open_refs = 0;
        for (const auto& f : out.refs) open_refs += f.merged ? 0 : 1;
        out.reason = plural(open_ref->unmerged_commits, "commit", "commits") + " on " + open_ref->display + " " +
                     (open_ref->unmerged_commits == 1 ? "is" : "are") + " not on " + s.base_name +
                     (open_refs > 1 ? " (and " + plural(open_refs - 1, "more branch", "more branches") + ")" : "");
    } else if (landed_ref != nullptr) {
        out.reason = "merged: " + landed_ref->display + " (" + short_id(landed_ref->commit) + ") is on " + s.base_name;
    } else if (!out.trailers.empty()) {
        out.reason =
            "landed: commit " + short_id(out.trailers.front().id) + " on " + s.base_name + " has 'Packet: " + id + "'";
    } else if (!out.refs.empty()) {
        out.reason = "not started: " + out.refs.front().display + " has no commit off " + s.base_name;
    } else {
        out.reason = "no work found: no branch matches " + (globs_text.empty() ? "its globs" : globs_text) +
                     " and no commit on " + s.base_name + " has 'Packet: " + id + "'";
    }
    return out;
}

}  // namespace tollgate
