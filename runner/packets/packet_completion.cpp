#include "runner/packets/packet_completion.hpp"

#include "runner/core/text.hpp"
#include "runner/packets/packet_of_change.hpp"

namespace tollgate {

namespace {

std::string globs_text(const Packet& packet) {
    std::vector<std::string> globs;
    for (const auto& b : packet.branches) globs.push_back(b.value);
    return join(globs, ", ");
}

}  // namespace

PacketCompletion completion_of(const Packet& packet, const PacketMergeState* merge) {
    PacketCompletion out;
    if (packet.status == PacketStatus::done || packet.status == PacketStatus::dropped) {
        out.done = true;
        out.reason = "status: " + to_string(packet.status) + " in the inventory" +
                     (packet.where.known() ? " (" + packet.where.str() + ")" : "");
        return out;
    }
    if (merge == nullptr) {
        out.reason = "not marked 'status: done' and no git history to look at";
        return out;
    }
    out.done = merge->done;
    out.reason = merge->reason;
    out.merge = *merge;
    return out;
}

PacketCompletionCache::PacketCompletionCache(const Inventory& inventory, const PacketMergeScanner* scanner)
    : m_inventory(inventory), m_scanner(scanner) {}

const PacketCompletion& PacketCompletionCache::operator()(const std::string& packet_id) {
    if (const auto found = m_cache.find(packet_id); found != m_cache.end()) return found->second;
    PacketCompletion c;
    const Packet* packet = m_inventory.find_packet(packet_id);
    if (packet == nullptr) {
        c.reason = "no packet '" + packet_id + "' in the inventory";
    } else if (m_scanner == nullptr || packet->status == PacketStatus::done ||
               packet->status == PacketStatus::dropped) {
        c = completion_of(*packet, nullptr);
    } else {
        const auto state = m_scanner->state(
            packet->id, [packet](std::string_view branch) { return packet_owns_branch(*packet, branch); },
            globs_text(*packet));
        c = completion_of(*packet, &state);
    }
    return m_cache.emplace(packet_id, std::move(c)).first->second;
}

CompletionLookup PacketCompletionCache::lookup() {
    return [this](const std::string& id) { return (*this)(id); };
}

}  // namespace tollgate
