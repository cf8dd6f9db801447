#pragma once

// Inventories the end-to-end tests write as tollgate.yml, built from named
// parts instead of a YAML literal copied into each test file. The text keeps
// the block layout of those literals (packets, then zones, then gates), so
// the line numbers a diagnostic names stay where a reader of the parts
// expects them.

#include <string>
#include <vector>

namespace tollgate::test {

/// A tollgate.yml written part by part: `version: 1`, `project:`, `base:`,
/// then the packets, zones and gates in the order they were added.
class InventoryText {
public:
    /// An inventory of `project` whose packets merge into `base`.
    explicit InventoryText(const std::string& project, const std::string& base = "main");

    /// A packet `id` on `branches`, with further keys as YAML lines (`gates: [unit]`).
    InventoryText& packet(const std::string& id, const std::vector<std::string>& branches,
                          const std::vector<std::string>& keys = {});
    /// A zone `name` over one `path`, owned by `owner` under `rule`.
    InventoryText& zone(const std::string& name, const std::string& path, const std::string& owner,
                        const std::string& rule);
    /// A gate `id` with its keys as YAML lines (`run: "true"`).
    InventoryText& gate(const std::string& id, const std::vector<std::string>& keys);

    /// The YAML text.
    [[nodiscard]] std::string str() const;

private:
    std::string m_head;
    std::string m_packets;
    std::string m_zones;
    std::string m_gates;
};

/// Two packets, `foundation` (packet/foundation) and `finance-ui`
/// (packet/finance-ui), and the zone Migrations over `migrations`, exclusive
/// to foundation: the plan the zone, hook and CI-format tests judge changes in.
InventoryText migrations_inventory(const std::string& project, const std::string& migrations = "db/");

}  // namespace tollgate::test
