#pragma once

// Builds Inventory structs in code, so tests of the graph, plans, zones and
// reports do not depend on the YAML loader. The add_* functions give each
// element a distinct location ("tollgate.yml", line = order of creation) so
// tests can check `where`; InventoryBuilder places zone patterns and branch
// globs at lines of their own so reasons can cite file:line.

#include "runner/inventory/model.hpp"

#include <string>
#include <vector>

namespace tollgate::test {

/// The location of the next element added to `inv`.
inline SourceLocation next_location(Inventory& inv) {
    const int line =
        static_cast<int>(inv.packets.size() + inv.checkpoints.size() + inv.gates.size() + inv.streams.size()) + 1;
    return {"tollgate.yml", line, 5};
}

/// `ids` as references without a location of their own.
inline std::vector<Located> located(const std::vector<std::string>& ids) {
    std::vector<Located> out;
    for (const auto& id : ids) out.push_back({id, {"tollgate.yml", 0, 0}});
    return out;
}

/// Adds a packet; `effort` "" means no estimate. The reference is valid until the next add.
inline Packet& add_packet(Inventory& inv, const std::string& id, const std::string& effort = "",
                          const std::vector<std::string>& after = {},
                          const std::vector<std::string>& prefer_after = {}) {
    Packet p;
    p.id = id;
    p.title = id;
    if (!effort.empty()) p.effort = Effort::parse(effort);
    p.after = located(after);
    p.prefer_after = located(prefer_after);
    p.where = next_location(inv);
    inv.packets.push_back(std::move(p));
    return inv.packets.back();
}

/// Adds a checkpoint. The reference is valid until the next add.
inline Checkpoint& add_checkpoint(Inventory& inv, const std::string& id, const std::vector<std::string>& after = {},
                                  const std::vector<std::string>& gates = {}) {
    Checkpoint c;
    c.id = id;
    c.title = id;
    c.after = located(after);
    c.gates = located(gates);
    c.where = next_location(inv);
    inv.checkpoints.push_back(std::move(c));
    return inv.checkpoints.back();
}

/// Adds a gate. The reference is valid until the next add.
inline Gate& add_gate(Inventory& inv, const std::string& id, const std::vector<std::string>& needs = {}) {
    Gate g;
    g.id = id;
    g.run.text = "true";
    g.needs = located(needs);
    g.where = next_location(inv);
    inv.gates.push_back(std::move(g));
    return inv.gates.back();
}

/// Adds a stream with `agents` lanes.
inline Stream& add_stream(Inventory& inv, const std::string& id, int agents) {
    Stream s;
    s.id = id;
    s.title = id;
    s.agents = agents;
    s.where = next_location(inv);
    inv.streams.push_back(std::move(s));
    return inv.streams.back();
}

/// Builds an inventory zone by zone; pattern i of the whole file sits at line 10 + i.
class InventoryBuilder {
public:
    /// Adds packet `id` (see add_packet) on `branches`, each glob at a line of its own.
    InventoryBuilder& packet(const std::string& id, std::vector<std::string> branches = {}) {
        Packet& p = add_packet(m_inventory, id);
        for (auto& b : branches) p.branches.push_back({b, next_where()});
        return *this;
    }
    /// Adds zone `name` over `paths`, each pattern at a line of its own.
    InventoryBuilder& zone(const std::string& name, std::vector<std::string> paths, std::vector<std::string> owners,
                           ZoneRule rule, const std::string& coordination = {}) {
        Zone z;
        z.name = name;
        z.rule = rule;
        z.coordination = coordination;
        for (auto& o : owners) z.owners.push_back({o, {}});
        for (auto& p : paths) z.paths.push_back({p, next_where()});
        m_inventory.zones.push_back(std::move(z));
        return *this;
    }
    /// The inventory, read from "tollgate.yml".
    [[nodiscard]] Inventory build() const {
        Inventory inv = m_inventory;
        inv.files = {"tollgate.yml"};
        return inv;
    }

private:
    SourceLocation next_where() { return {"tollgate.yml", 10 + m_line++, 7}; }
    Inventory m_inventory;
    int m_line = 0;
};

}  // namespace tollgate::test
