#pragma once

// Which packet a change belongs to (DESIGN §5.3): resolve_packet, and its
// parts reused by verbs that map branches to packets (conflicts, report).

#include "runner/git/change_set.hpp"
#include "runner/inventory/model.hpp"

#include <string>
#include <string_view>

namespace tollgate {

/// `name` without a `refs/heads/`, `refs/remotes/<remote>/`, `remotes/<remote>/`
/// or `origin/` prefix, so `origin/packet/x` and `packet/x` name one branch.
std::string_view short_branch_name(std::string_view name);

/// True when one of `packet.branches` (Glob semantics: `*` within a segment,
/// `**` across) matches `branch` as given or in its short form. Globs that do
/// not compile match nothing (validate reports them).
bool packet_owns_branch(const Packet& packet, std::string_view branch);

/// The first packet in inventory order whose branch globs match `branch`, or
/// nullptr (also for an empty branch, e.g. a detached HEAD).
const Packet* packet_for_branch(const Inventory& inventory, std::string_view branch);

/// The packet of a change (DESIGN §5.3): `explicit_packet`, else the first
/// packet whose branch glob matches change.branch, else a `Packet:` trailer.
/// Returns "" when none applies; throws UsageError for an unknown explicit id.
std::string resolve_packet(const Inventory& inventory, const ChangeSet& change, const std::string& explicit_packet);

/// The hint for an unknown packet id: "did you mean 'x'?" when one is close, else the known ids.
std::string unknown_packet_hint(const Inventory& inventory, const std::string& id);

/// A change's packet and how it was found.
struct PacketOfChange {
    std::string id;      ///< "" when none applies
    std::string source;  ///< "--packet", "branch packet/x", "a 'Packet:' trailer", or ""
};

/// resolve_packet, saying which rule found the packet.
PacketOfChange packet_of_change(const Inventory& inventory, const ChangeSet& change,
                                const std::string& explicit_packet);

}  // namespace tollgate
