#include "runner/init/starter_inventory.hpp"

#include "runner/core/text.hpp"
#include "runner/init/yaml_text.hpp"

#include <map>
#include <set>

namespace tollgate {

namespace {

std::string line_ref(const std::string& file, int line) {
    return file + ":" + std::to_string(line);
}

// One placeholder packet per CODEOWNERS owner, in order of first
// appearance, with the line that first names it. Ids are unique among
// themselves and the gates (packets and gates share one namespace).
struct OwnerPacket {
    std::string owner;
    std::string id;
    int line = 0;
};

std::vector<OwnerPacket> owner_packets(const StarterInputs& in) {
    std::vector<OwnerPacket> owners;
    if (!in.codeowners) return owners;
    std::set<std::string> seen;
    std::set<std::string> taken;
    for (const auto& g : in.gates) taken.insert(g.id);
    for (const auto& l : in.codeowners->lines) {
        if (l.kind != CodeownersLine::Kind::rule || !l.supported) continue;
        for (const auto& o : l.owners) {
            if (!seen.insert(o).second) continue;
            const auto base = owner_packet_id(o);
            auto id = base;
            for (int n = 2; !taken.insert(id).second; ++n) id = base + "-" + std::to_string(n);
            owners.push_back({o, id, l.line});
        }
    }
    return owners;
}

std::string id_of(const std::vector<OwnerPacket>& owners, const std::string& owner) {
    for (const auto& o : owners) {
        if (o.owner == owner) return o.id;
    }
    return owner_packet_id(owner);
}

void render_packets(std::string& y, const StarterInputs& in, const std::vector<OwnerPacket>& owners,
                    StarterSummary& summary) {
    y += "\n# Work packets: one per piece of work that lands on its own branch.\n";
    if (owners.empty()) {
        y += "# guessed: nothing names a team yet; add packets like this one:\n"
             "#  - id: foundation\n"
             "#    title: Foundation\n"
             "#    effort: 2-3d\n"
             "#    branches: [\"packet/foundation\", \"packet/foundation/*\"]\n"
             "packets: []\n";
        return;
    }
    y += "# Each CODEOWNERS owner stands in for the packets its team will work in:\n"
         "# the zones below name these placeholders as owners. Split each into the\n"
         "# team's real work packets (with effort, after and branches) and move the\n"
         "# zone owners over to them.\n"
         "packets:\n";
    for (const auto& [owner, id, line] : owners) {
        y += "  # from " + comment_text(line_ref(in.codeowners->path, line)) + ": owner " + comment_text(owner) +
             " (placeholder; the team still needs packets)\n";
        y += "  - id: " + yaml_scalar(id) + "\n";
        y += "    title: " + yaml_scalar("Work owned by " + owner) + "\n";
        y += "    branches: " + yaml_flow_list({"packet/" + id, "packet/" + id + "/*"}) + "\n";
        ++summary.packets;
    }
}

void render_zones(std::string& y, const StarterInputs& in, const std::vector<OwnerPacket>& owners,
                  StarterSummary& summary) {
    if (!in.codeowners) {
        y += "\n# Conflict zones: areas of the tree and the packet that owns each.\n"
             "# guessed: no CODEOWNERS (.github/, root or docs/) to take them from; add zones like:\n"
             "#  - name: Migrations\n"
             "#    paths: [\"db/migrations/\"]\n"
             "#    owner: foundation\n"
             "#    rule: exclusive\n"
             "zones: []\n";
        return;
    }
    const auto& file = *in.codeowners;
    y += "\n# Conflict zones, one per CODEOWNERS rule, in its order (the last match wins\n"
         "# in both). rule: coordinate is a guess: CODEOWNERS asks owners to review, and\n"
         "# a coordinate zone lets another packet in with a Coordinated-With: trailer.\n"
         "# Make a zone exclusive (owner only), extend (others only add lines) or shared.\n";
    std::string body;
    std::set<std::string> names;
    for (const auto& l : file.lines) {
        const std::string from = comment_text(line_ref(file.path, l.line));
        if (l.kind == CodeownersLine::Kind::blank) {
            if (!body.empty() && body.substr(body.size() - 2) != "\n\n") body += "\n";
            continue;
        }
        if (l.kind == CodeownersLine::Kind::comment) {
            body += "  # " + comment_text(l.comment) + "\n";
            continue;
        }
        if (!l.supported) {
            body += "  # from " + from + ": not carried over, GitHub ignores this line: " +
                    comment_text(l.pattern + (l.owners.empty() ? "" : " " + join(l.owners, " "))) + "\n";
            ++summary.skipped_rules;
            continue;
        }
        std::string name = l.pattern;
        if (!names.insert(name).second) {
            name += " (line " + std::to_string(l.line) + ")";
            names.insert(name);
        }
        if (!l.comment.empty()) body += "  # " + comment_text(l.comment) + "\n";
        body += "  - name: " + yaml_scalar(name) + "\n";
        body += "    paths: " + yaml_flow_list({l.pattern}) + "  # from " + from + "\n";
        if (l.owners.empty()) {
            body += "    rule: shared  # from " + from + ": no owners, so CODEOWNERS leaves it unowned\n";
        } else {
            std::vector<std::string> ids;
            for (const auto& o : l.owners) ids.push_back(id_of(owners, o));
            body += "    owner: " + yaml_flow_list(ids) + "  # from " + from + ": " +
                    comment_text(join(l.owners, " ")) + "\n";
            body += "    rule: coordinate  # guessed: owners review changes here\n";
        }
        ++summary.zones;
    }
    if (summary.zones == 0) {
        y += "zones: []\n";
        if (!body.empty()) y += body;
        return;
    }
    y += "zones:\n" + body;
}

void render_gates(std::string& y, const StarterInputs& in, StarterSummary& summary) {
    y += "\n# Quality gates: commands a change must pass. Each was guessed from a build\n"
         "# file; check the command and timeout, then name the gates in packets'\n"
         "# `gates:` or in checkpoints.\n";
    if (in.gates.empty()) {
        y += "# guessed: no CMake/CTest, Makefile, pytest, package.json, go.mod or Cargo.toml\n"
             "# found; add gates like:\n"
             "#  - id: unit\n"
             "#    run: make test\n"
             "#    timeout: 10m\n"
             "gates: []\n";
        return;
    }
    y += "gates:\n";
    for (const auto& g : in.gates) {
        y += "  # from " + comment_text(line_ref(g.source, g.line)) +
             (g.quote.empty() ? "" : ": " + comment_text(g.quote)) + "\n";
        y += "  - id: " + yaml_scalar(g.id) + "\n";
        y += "    title: " + yaml_scalar(g.title) + "\n";
        y += "    run: " + yaml_scalar(g.run) + "\n";
        if (!g.needs.empty()) y += "    needs: " + yaml_flow_list(g.needs) + "\n";
        y += "    timeout: " + yaml_scalar(g.timeout) + "  # guessed\n";
        if (!g.labels.empty()) y += "    labels: " + yaml_flow_list(g.labels) + "\n";
        ++summary.gates;
    }
}

}  // namespace

std::string owner_packet_id(const std::string& owner) {
    auto id = slug_id(owner);
    return id.empty() ? std::string("owner") : id;
}

std::string render_starter_inventory(const StarterInputs& in, StarterSummary* summary_out) {
    StarterSummary summary;
    std::string y;
    y += "# Starter inventory written by `tollgate init`. Every guessed value says where\n"
         "# it came from (`# from FILE:LINE`) or that it is a guess (`# guessed:`).\n"
         "# Read it through, then `tollgate validate`. The format: DESIGN.md section 3.\n";
    y += "version: 1\n";
    y += "project: " + yaml_scalar(in.project) + "  # " + comment_text(in.project_origin) + "\n";
    y += "base: " + yaml_scalar(in.base) + "  # " + comment_text(in.base_origin) + "\n";
    const auto owners = owner_packets(in);
    render_packets(y, in, owners, summary);
    render_zones(y, in, owners, summary);
    render_gates(y, in, summary);
    y += "\n# Checkpoints (blocking milestones) and triggers (rules over metrics such as\n"
         "# coverage < 80) are not guessed: `tollgate init --from PLAN.md` drafts them\n"
         "# from a plan.\n";
    if (summary_out != nullptr) *summary_out = summary;
    return y;
}

}  // namespace tollgate
