#pragma once

// Small builders for zone tests: inventories written as code, each pattern
// at its own line of "tollgate.yml" so reasons can cite file:line.

#include "runner/git/change_set.hpp"
#include "runner/inventory/model.hpp"

#include <string>
#include <vector>

namespace tollgate::test {

/// Builds an inventory zone by zone; pattern i of the whole file sits at line 10 + i.
class InventoryBuilder {
public:
    InventoryBuilder& packet(const std::string& id, std::vector<std::string> branches = {}) {
        Packet p;
        p.id = id;
        for (auto& b : branches) p.branches.push_back({b, next_where()});
        m_inventory.packets.push_back(std::move(p));
        return *this;
    }
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

/// A modified file with known line counts.
inline ChangedFile modified(const std::string& path, int added, int removed) {
    ChangedFile f;
    f.path = path;
    f.status = ChangeStatus::modified;
    f.lines_known = true;
    f.lines_added = added;
    f.lines_removed = removed;
    return f;
}

/// A file with the given status and no line data.
inline ChangedFile changed(const std::string& path, ChangeStatus status, const std::string& old_path = {}) {
    ChangedFile f;
    f.path = path;
    f.old_path = old_path;
    f.status = status;
    return f;
}

/// A commit carrying the given trailers.
inline ChangeCommit commit(const std::string& id, std::multimap<std::string, std::string> trailers) {
    ChangeCommit c;
    c.id = id;
    c.summary = "work";
    c.trailers = std::move(trailers);
    return c;
}

}  // namespace tollgate::test
