#include "tests/support/inventory_text.hpp"

namespace tollgate::test {
namespace {

std::string keys_below(const std::vector<std::string>& keys) {
    std::string out;
    for (const auto& key : keys) out += "    " + key + "\n";
    return out;
}

}  // namespace

InventoryText::InventoryText(const std::string& project, const std::string& base)
    : m_head("version: 1\nproject: " + project + "\nbase: " + base + "\n") {}

InventoryText& InventoryText::packet(const std::string& id, const std::vector<std::string>& branches,
                                     const std::vector<std::string>& keys) {
    std::string list;
    for (const auto& branch : branches) list += (list.empty() ? "\"" : ", \"") + branch + "\"";
    m_packets += "  - id: " + id + "\n    branches: [" + list + "]\n" + keys_below(keys);
    return *this;
}

InventoryText& InventoryText::zone(const std::string& name, const std::string& path, const std::string& owner,
                                   const std::string& rule) {
    m_zones += "  - name: " + name + "\n    paths: [\"" + path + "\"]\n";
    m_zones += "    owner: " + owner + "\n    rule: " + rule + "\n";
    return *this;
}

InventoryText& InventoryText::gate(const std::string& id, const std::vector<std::string>& keys) {
    m_gates += "  - id: " + id + "\n" + keys_below(keys);
    return *this;
}

std::string InventoryText::str() const {
    std::string out = m_head;
    if (!m_packets.empty()) out += "packets:\n" + m_packets;
    if (!m_zones.empty()) out += "zones:\n" + m_zones;
    if (!m_gates.empty()) out += "gates:\n" + m_gates;
    return out;
}

InventoryText migrations_inventory(const std::string& project, const std::string& migrations) {
    InventoryText plan(project);
    plan.packet("foundation", {"packet/foundation"})
        .packet("finance-ui", {"packet/finance-ui"})
        .zone("Migrations", migrations, "foundation", "exclusive");
    return plan;
}

}  // namespace tollgate::test
