#pragma once

// Which commits belong to which packet (DESIGN §5.4, issue #7): commits on
// refs matching a packet's `branches`, commits brought into base by a merge
// of such a branch (the messages of `git merge`, GitHub and GitLab), and
// commits carrying a `Packet: ID` trailer (squash merges). Pure: the commits
// come from runner/git/commit_log.

#include "runner/git/commit_log.hpp"
#include "runner/inventory/model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// A packet branch and the commits on it that base does not have yet.
struct BranchHistory {
    std::string name;                    ///< e.g. "packet/a" (without the remote)
    std::string display;                 ///< e.g. "origin/packet/a"
    std::string tip;                     ///< 40 hex
    bool merged = false;                 ///< its tip is in base's history
    std::vector<LoggedCommit> unmerged;  ///< tip's commits not in base, newest first
};

/// A packet's commits, found in git.
struct PacketCommits {
    std::vector<std::string> landed;             ///< commits in base's history, ids
    std::vector<std::string> landing;            ///< base's first-parent commits that brought them in, oldest first
    std::vector<std::string> unmerged_branches;  ///< branches (display) holding unmerged work
    int unmerged = 0;                            ///< commits on those branches not in base
    std::optional<long long> started;            ///< earliest author time of any of its commits
    std::optional<long long> last_commit;        ///< latest author time of any of its commits
    std::optional<long long> landed_at;          ///< latest commit time of a landing commit
    /// Its work reached base and nothing is left unmerged.
    [[nodiscard]] bool merged() const { return !landed.empty() && unmerged == 0; }
};

/// Every packet's commits (inventory order) and what could not be attributed.
struct Attribution {
    std::vector<PacketCommits> packets;     ///< parallel to Inventory::packets
    std::vector<std::string> first_parent;  ///< base's first-parent chain, oldest first
    std::vector<int> landing_packet;        ///< per first_parent entry: packet index or -1
    std::vector<std::string> notes;         ///< unknown branches in merges, unknown trailers
};

/// The branch a merge commit's summary names: "Merge branch 'x'[ into y]",
/// "Merge remote-tracking branch 'origin/x'", GitLab "Merge branch 'x' into
/// 'main'", GitHub "Merge pull request #N from owner/x". nullopt otherwise.
std::optional<std::string> merged_branch_name(std::string_view summary);

/// The first packet (inventory order) whose `branches` globs match `name`,
/// or with a remote-looking first segment removed ("origin/x" → "x"); -1 if none.
int packet_index_for_branch(const Inventory& inventory, std::string_view name);

/// Attributes `base_commits` (everything reachable from base's tip, children
/// first, the tip first) and the unmerged work on `branches` to packets.
Attribution attribute_commits(const Inventory& inventory, const std::vector<LoggedCommit>& base_commits,
                              const std::vector<BranchHistory>& branches);

}  // namespace tollgate
