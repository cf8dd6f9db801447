#pragma once

// Is a packet complete (DESIGN §5.4)? `status: done` (or `dropped`: nothing
// left to wait for) in the inventory, else its git merge state. The same
// answer serves dependencies, checkpoints and progress reports.

#include "runner/git/packet_merge_state.hpp"
#include "runner/inventory/model.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace tollgate {

/// Whether a packet is complete, and why, in one line.
struct PacketCompletion {
    bool done = false;
    std::string reason;  ///< "status: done (packets/a.yml:7)", "merged: packet/a (3f2c1d0a) is on main", …
    std::optional<PacketMergeState> merge;  ///< the git facts, when they were consulted
};

/// Combines the inventory's status with the git facts (`merge` may be null
/// when git was not consulted, e.g. outside a repository).
PacketCompletion completion_of(const Packet& packet, const PacketMergeState* merge);

/// Answers "is packet ID complete?"; throws nothing for unknown ids (not done).
using CompletionLookup = std::function<PacketCompletion(const std::string& packet_id)>;

/// A CompletionLookup over the inventory and a PacketMergeScanner, asking
/// git at most once per packet and only for packets without a status override.
class PacketCompletionCache {
public:
    /// `scanner` may be null: then only `status:` decides.
    PacketCompletionCache(const Inventory& inventory, const PacketMergeScanner* scanner);
    /// The completion of `packet_id` (not done, with a reason, when unknown).
    const PacketCompletion& operator()(const std::string& packet_id);
    /// Adapts this cache to a CompletionLookup (the cache must outlive it).
    [[nodiscard]] CompletionLookup lookup();

private:
    const Inventory& m_inventory;
    const PacketMergeScanner* m_scanner;
    std::map<std::string, PacketCompletion> m_cache;
};

}  // namespace tollgate
