#include "runner/packets/packet_of_change.hpp"

#include "runner/core/error.hpp"
#include "runner/core/text.hpp"
#include "runner/git/trailers.hpp"
#include "runner/patterns/glob.hpp"

#include <algorithm>

namespace tollgate {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

// Drops "<remote>/" after a remotes prefix; a bare remote name stays as is.
std::string_view drop_remote(std::string_view rest) {
    const auto slash = rest.find('/');
    return slash == std::string_view::npos ? rest : rest.substr(slash + 1);
}

std::vector<std::string> packet_ids(const Inventory& inventory) {
    std::vector<std::string> ids;
    for (const auto& p : inventory.packets) ids.push_back(p.id);
    return ids;
}

struct TrailerPacket {
    std::string id;
    std::string commit;
};

std::string from_trailers(const Inventory& inventory, const ChangeSet& change) {
    std::vector<TrailerPacket> named;
    for (const auto& commit : change.commits) {
        for (const auto& id : trailer_values(commit.trailers, TrailerKey::packet)) {
            const bool seen = std::any_of(named.begin(), named.end(), [&](const auto& t) { return t.id == id; });
            if (!seen) named.push_back({id, commit.id.substr(0, 12)});
        }
    }
    if (named.empty()) return {};
    if (named.size() > 1) {
        std::vector<std::string> parts;
        for (const auto& t : named) parts.push_back(printable(t.id) + " (commit " + printable(t.commit) + ")");
        throw UsageError("the change's 'Packet:' trailers name several packets: " + join(parts, ", "),
                         "pass --packet ID to say which packet the change belongs to");
    }
    if (!inventory.find_packet(named.front().id)) {
        throw UsageError("'Packet: " + printable(named.front().id) + "' trailer on commit " +
                             printable(named.front().commit) + " names no packet of the inventory",
                         unknown_packet_hint(inventory, named.front().id));
    }
    return named.front().id;
}

}  // namespace

std::string unknown_packet_hint(const Inventory& inventory, const std::string& id) {
    const auto ids = packet_ids(inventory);
    if (ids.empty()) return "the inventory declares no packets";
    const std::string close = closest_match(id, ids);
    if (!close.empty()) return "did you mean '" + close + "'?";
    return "known packets: " + join(ids, ", ");
}

std::string_view short_branch_name(std::string_view name) {
    if (starts_with(name, "refs/heads/")) return name.substr(11);
    if (starts_with(name, "refs/remotes/")) return drop_remote(name.substr(13));
    if (starts_with(name, "remotes/")) return drop_remote(name.substr(8));
    if (starts_with(name, "origin/")) return name.substr(7);
    return name;
}

bool packet_owns_branch(const Packet& packet, std::string_view branch) {
    if (branch.empty()) return false;
    const std::string_view short_name = short_branch_name(branch);
    std::string error;
    for (const auto& glob_text : packet.branches) {
        const auto glob = Glob::compile(glob_text.value, error);
        if (glob && glob->matches(branch)) return true;
        const auto short_glob = Glob::compile(short_branch_name(glob_text.value), error);
        if (short_glob && short_glob->matches(short_name)) return true;
    }
    return false;
}

const Packet* packet_for_branch(const Inventory& inventory, std::string_view branch) {
    for (const auto& packet : inventory.packets) {
        if (packet_owns_branch(packet, branch)) return &packet;
    }
    return nullptr;
}

PacketOfChange packet_of_change(const Inventory& inventory, const ChangeSet& change,
                                const std::string& explicit_packet) {
    if (!explicit_packet.empty()) {
        if (!inventory.find_packet(explicit_packet)) {
            throw UsageError("unknown packet '" + printable(explicit_packet) + "' given to --packet",
                             unknown_packet_hint(inventory, explicit_packet));
        }
        return {explicit_packet, "--packet"};
    }
    if (const Packet* p = packet_for_branch(inventory, change.branch)) return {p->id, "branch " + change.branch};
    std::string id = from_trailers(inventory, change);
    if (id.empty()) return {};
    return {std::move(id), "a 'Packet:' trailer"};
}

std::string resolve_packet(const Inventory& inventory, const ChangeSet& change, const std::string& explicit_packet) {
    return packet_of_change(inventory, change, explicit_packet).id;
}

}  // namespace tollgate
