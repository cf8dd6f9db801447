#pragma once

// Has a packet's work landed on the base branch (DESIGN §5.4)? Git facts
// only: which refs carry the packet's work, whether each tip is reachable
// from base, how many commits each still has off base, and which commits on
// base carry a `Packet: ID` trailer (squash merges). `check` uses the
// verdict for dependencies; `report` uses the same facts for progress.

#include "runner/git/repository.hpp"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// One ref matching a packet's `branches` globs.
struct PacketRefFacts {
    std::string ref;      ///< full name, e.g. "refs/remotes/origin/packet/a"
    std::string display;  ///< "packet/a" or "origin/packet/a"
    std::string commit;   ///< 40-hex tip
    bool remote = false;
    bool merged = false;  ///< the tip is reachable from base
    /// Commits reachable from the tip but not from base (0 when merged).
    std::size_t unmerged_commits = 0;
    /// True when the tip is the base commit itself: a branch just created
    /// from base, which carries no work yet.
    bool at_base = false;
};

/// A commit on base whose message carries `Packet: ID` (a squash merge, or
/// work committed on base directly).
struct LandedCommit {
    std::string id;  ///< 40 hex
    std::string summary;
    long long time = 0;  ///< committer time, seconds since the epoch
};

/// The merge state of one packet against one base commit.
struct PacketMergeState {
    std::string packet;
    std::string base_commit;
    std::vector<PacketRefFacts> refs;    ///< local and remote refs, sorted by full name
    std::vector<LandedCommit> trailers;  ///< commits on base with `Packet: ID`, newest first
    /// Some work is on base: a merged ref not at base, or a trailer commit.
    bool landed = false;
    /// Done: work landed and no ref has commits off base.
    bool done = false;
    /// One line saying why: "merged: packet/a (3f2c1d0a) is on main", "2
    /// commits on origin/packet/a are not on main", "no branch matches
    /// packet/a, packet/a/* and no commit on main has 'Packet: a'".
    std::string reason;
};

/// Tells whether a branch name (short form, e.g. "packet/a") is one of the
/// packet's refs; the zones area's packet_owns_branch fits.
using BranchMatcher = std::function<bool(std::string_view branch)>;

/// Scans once, answers for many packets: lists local and remote branches,
/// walks base's history (shallow boundaries end it) to know which commits
/// are on base and which carry `Packet:` trailers. Cost: one pass over
/// base's history plus, per unmerged ref, its commits off base.
class PacketMergeScanner {
public:
    /// `base_commit` is 40 hex (the base branch tip); `base_name` names it in reasons.
    PacketMergeScanner(const Repository& repository, std::string base_commit, std::string base_name);
    ~PacketMergeScanner();
    PacketMergeScanner(const PacketMergeScanner&) = delete;
    PacketMergeScanner& operator=(const PacketMergeScanner&) = delete;

    /// The state of packet `id` whose refs `matches` selects; `globs_text`
    /// (e.g. "packet/a, packet/a/*") only words the reason when nothing matches.
    [[nodiscard]] PacketMergeState state(const std::string& id, const BranchMatcher& matches,
                                         const std::string& globs_text) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace tollgate
