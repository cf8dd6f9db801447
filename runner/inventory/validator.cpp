#include "runner/inventory/validator.hpp"

#include "runner/core/text.hpp"
#include "runner/inventory/cycles.hpp"
#include "runner/inventory/loader.hpp"
#include "runner/patterns/glob.hpp"
#include "runner/patterns/path_pattern.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <regex>
#include <tuple>
#include <unordered_map>

namespace tollgate {

bool is_valid_id(std::string_view id) {
    auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    if (id.empty() || !alnum(id.front())) return false;
    return std::all_of(id.begin(), id.end(), [&](char c) { return alnum(c) || c == '.' || c == '_' || c == '-'; });
}

namespace {

constexpr std::size_t max_regex_length = 1000;
const char* const k_id_hint = "ids start with a letter or digit and use only letters, digits, '.', '_' and '-'";

// What an id names in the shared namespace of packets, gates and checkpoints.
struct Definition {
    const char* kind;
    const SourceLocation* where;
};

class Validator {
public:
    Validator(const Inventory& inventory, Diagnostics& diagnostics) : m_inv(inventory), m_diag(diagnostics) {
        for (std::size_t i = 0; i < inventory.files.size(); ++i)
            m_file_order.emplace(display_path(inventory.files[i]), i);
    }

    void run() {
        check_ids();
        check_references();
        check_gates();
        check_zones();
        check_triggers();
        check_alerts();
        check_docs();
        check_cycles(m_inv, m_diag);
    }

private:
    // --- ids --------------------------------------------------------------
    void check_id(const std::string& kind, const std::string& id, const SourceLocation& where) {
        if (!is_valid_id(id)) m_diag.error(where, "invalid " + kind + " id '" + printable(id) + "'", k_id_hint);
    }

    void check_ids() {
        // "First" means first in the files as read, whatever the section. The
        // order key is computed once per id (not a file lookup per comparison)
        // and ids are not copied: 40,000 of them are sorted on large inventories.
        struct Entry {
            std::tuple<std::size_t, int, int> order;
            const std::string* id;
            Definition def;
        };
        std::vector<Entry> all;
        all.reserve(m_inv.packets.size() + m_inv.gates.size() + m_inv.checkpoints.size());
        const auto add = [&](const std::string& id, const char* kind, const SourceLocation& where) {
            const auto it = m_file_order.find(where.file);
            const std::size_t file = it == m_file_order.end() ? m_file_order.size() : it->second;
            all.push_back({{file, where.line, where.column}, &id, {kind, &where}});
        };
        for (const auto& p : m_inv.packets) add(p.id, "packet", p.where);
        for (const auto& g : m_inv.gates) add(g.id, "gate", g.where);
        for (const auto& c : m_inv.checkpoints) add(c.id, "checkpoint", c.where);
        std::stable_sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) { return a.order < b.order; });
        for (const auto& [order, id_ptr, def] : all) {
            const std::string& id = *id_ptr;
            check_id(def.kind, id, *def.where);
            const auto [it, fresh] = m_ids.emplace(id, def);
            if (!fresh)
                m_diag.error(*def.where,
                             "duplicate id '" + printable(id) + "' (first defined as a " + it->second.kind + " at " +
                                 it->second.where->str() + ")",
                             "packets, gates and checkpoints share one namespace of ids");
        }
        std::map<std::string, const Stream*> streams;
        for (const auto& s : m_inv.streams) {
            check_id("stream", s.id, s.where);
            const auto [it, fresh] = streams.emplace(s.id, &s);
            if (!fresh)
                m_diag.error(s.where, "duplicate stream '" + printable(s.id) + "' (first defined at " +
                                          it->second->where.str() + ")");
            if (s.agents < 1)
                m_diag.error(s.where, "stream '" + printable(s.id) + "' has 'agents: " + std::to_string(s.agents) +
                                          "'; it needs at least 1");
        }
    }

    // --- references -------------------------------------------------------
    std::vector<std::string> ids_of(std::initializer_list<std::string_view> kinds) const {
        std::vector<std::string> out;
        for (const auto& [id, def] : m_ids)
            if (std::find(kinds.begin(), kinds.end(), def.kind) != kinds.end()) out.push_back(id);
        return out;
    }

    // Reports a reference that does not name one of `kinds` ("packet or checkpoint").
    void resolve(const Located& ref, const std::string& key, std::initializer_list<std::string_view> kinds,
                 const std::string& wanted) {
        const auto it = m_ids.find(ref.value);
        if (it != m_ids.end()) {
            if (std::find(kinds.begin(), kinds.end(), it->second.kind) != kinds.end()) return;
            m_diag.error(ref.where, "'" + printable(ref.value) + "' in '" + key + "' is a " + it->second.kind +
                                        ", not a " + wanted);
            return;
        }
        suggest(ref, "unknown " + wanted + " '" + printable(ref.value) + "' in '" + key + "'", ids_of(kinds));
    }

    void suggest(const Located& ref, const std::string& message, const std::vector<std::string>& candidates) {
        const std::string guess = closest_match(ref.value, candidates);
        m_diag.error(ref.where, message, guess.empty() ? "" : "did you mean '" + guess + "'?");
    }

    void check_references() {
        for (const auto& p : m_inv.packets) {
            for (const auto& r : p.after) resolve(r, "after", {"packet", "checkpoint"}, "packet or checkpoint");
            for (const auto& r : p.prefer_after) {
                if (r.value == p.id)
                    m_diag.error(r.where, "packet '" + printable(p.id) + "' lists itself in 'prefer-after'");
                else resolve(r, "prefer-after", {"packet", "checkpoint"}, "packet or checkpoint");
            }
            for (const auto& r : p.gates) resolve(r, "gates", {"gate"}, "gate");
            for (const auto& c : p.context) check_pattern(c, "'context' pattern");
            for (const auto& b : p.branches) {
                std::string error;
                if (!Glob::compile(b.value, error))
                    m_diag.error(b.where, "invalid branch glob '" + printable(b.value) + "': " + error);
            }
            if (!p.stream.empty() && m_inv.find_stream(p.stream) == nullptr) {
                std::vector<std::string> names;
                for (const auto& s : m_inv.streams) names.push_back(s.id);
                const std::string guess = closest_match(p.stream, names);
                m_diag.error(p.stream_where, "unknown stream '" + printable(p.stream) + "'",
                             guess.empty() ? "declare it under 'streams:'" : "did you mean '" + guess + "'?");
            }
        }
        for (const auto& c : m_inv.checkpoints) {
            for (const auto& r : c.after) resolve(r, "after", {"packet", "checkpoint"}, "packet or checkpoint");
            for (const auto& r : c.gates) resolve(r, "gates", {"gate"}, "gate");
        }
        for (const auto& g : m_inv.gates)
            for (const auto& r : g.needs) resolve(r, "needs", {"gate"}, "gate");
        for (const auto& z : m_inv.zones)
            for (const auto& r : z.owners) resolve(r, "owner", {"packet"}, "packet");
    }

    // --- gates ------------------------------------------------------------
    static std::string regex_problem(std::regex_constants::error_type code) {
        using namespace std::regex_constants;
        if (code == error_collate) return "invalid collating element";
        if (code == error_ctype) return "invalid character class";
        if (code == error_escape) return "invalid escape";
        if (code == error_backref) return "invalid back reference";
        if (code == error_brack) return "unbalanced [ ]";
        if (code == error_paren) return "unbalanced ( )";
        if (code == error_brace) return "unbalanced { }";
        if (code == error_badbrace) return "invalid count in { }";
        if (code == error_range) return "invalid character range";
        if (code == error_badrepeat) return "nothing to repeat before *, +, ? or {";
        return "too complex";
    }

    void check_metric(const Gate& g, const MetricSpec& m) {
        const std::string name = "metric '" + printable(m.name) + "' of gate '" + printable(g.id) + "'";
        const bool name_ok = !m.name.empty() && std::all_of(m.name.begin(), m.name.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
        });
        if (!name_ok)
            m_diag.error(m.where, "invalid metric name '" + printable(m.name) + "'",
                         "use letters, digits, '_' and '-' (triggers name it as GATE.METRIC)");
        if (m.name == "duration")
            m_diag.error(m.where, "metric name 'duration' is reserved", "GATE.duration is the gate's run time");
        if (m.regex.size() > max_regex_length) {
            m_diag.error(m.where, name + ": regex is " + std::to_string(m.regex.size()) +
                                      " characters long, over the limit of " + std::to_string(max_regex_length));
            return;
        }
        // std::regex compiles slowly (a locale lookup per bracket character) and
        // big plans repeat the same few patterns: judge each distinct one once.
        auto [it, fresh] = m_regex_verdicts.try_emplace(m.regex);
        if (fresh) it->second = regex_verdict(m.regex);
        const RegexVerdict& verdict = it->second;
        if (verdict.error)
            m_diag.error(m.where, name + ": invalid regex '" + printable(m.regex) + "': " + *verdict.error);
        else if (verdict.groups != 1)
            m_diag.error(
                m.where,
                name + ": regex has " + std::to_string(verdict.groups) + " capture groups; it needs exactly one",
                "the group captures the number, e.g. 'p95=([0-9.]+)ms'; use (?:...) for others");
    }

    struct RegexVerdict {
        std::size_t groups = 0;
        std::optional<std::string> error;
    };

    static RegexVerdict regex_verdict(const std::string& text) {
        try {
            const std::regex re(text, std::regex::ECMAScript);
            return RegexVerdict{re.mark_count(), std::nullopt};
        } catch (const std::regex_error& e) {
            return RegexVerdict{0, regex_problem(e.code())};
        }
    }

    void check_threshold(const CoverageSpec& c, const char* key, const std::optional<double>& v) {
        if (v && (*v < 0 || *v > 100)) {
            char text[32];
            std::snprintf(text, sizeof text, "%g", *v);
            m_diag.error(c.where, std::string("'") + key + "' must be between 0 and 100, got " + text);
        }
    }

    void check_gates() {
        for (const auto& g : m_inv.gates) {
            if (g.retries < 0)
                m_diag.error(g.where, "gate '" + printable(g.id) + "' has 'retries: " + std::to_string(g.retries) +
                                          "'; it must be 0 or more");
            if (g.coverage) {
                check_threshold(*g.coverage, "min", g.coverage->min);
                check_threshold(*g.coverage, "branch-min", g.coverage->branch_min);
                check_threshold(*g.coverage, "patch-min", g.coverage->patch_min);
                if (trim(g.coverage->report.value).empty())
                    m_diag.error(g.coverage->report.where, "coverage 'report' is empty");
                check_coverage_scopes(*g.coverage);
            }
            for (const auto& m : g.metrics) check_metric(g, m);
            for (const auto& c : g.changed) check_pattern(c, "'changed' pattern");
        }
    }

    // `zones:` names zones, `packets:` names packets of the inventory.
    // The name lists are built only for a "did you mean": copying every
    // zone name for every coverage gate was quadratic on large inventories.
    void check_coverage_scopes(const CoverageSpec& c) {
        for (const auto& [name, min] : c.zone_min) {
            const std::string& wanted = name.value;  // clang 14 cannot capture a structured binding
            if (std::any_of(m_inv.zones.begin(), m_inv.zones.end(), [&](const Zone& z) { return z.name == wanted; }))
                continue;
            std::vector<std::string> zones;
            for (const auto& z : m_inv.zones) zones.push_back(z.name);
            const std::string guess = closest_match(name.value, zones);
            m_diag.error(name.where, "unknown zone '" + printable(name.value) + "' in coverage 'zones'",
                         guess.empty() ? "zone names are the 'name' of each entry under 'zones:'"
                                       : "did you mean '" + guess + "'?");
        }
        for (const auto& [id, min] : c.packet_min) {
            if (m_inv.find_packet(id.value) != nullptr) continue;
            std::vector<std::string> ids;
            for (const auto& p : m_inv.packets) ids.push_back(p.id);
            const std::string guess = closest_match(id.value, ids);
            m_diag.error(id.where, "unknown packet '" + printable(id.value) + "' in coverage 'packets'",
                         guess.empty() ? "" : "did you mean '" + guess + "'?");
        }
    }

    // --- zones ------------------------------------------------------------
    void check_pattern(const Located& p, const std::string& what) {
        std::string error;
        if (p.value.empty()) {
            m_diag.error(p.where, "empty " + what);
            return;
        }
        if (!PathPattern::compile(p.value, error))
            m_diag.error(p.where, "invalid " + what + " '" + printable(p.value) + "': " + error);
    }

    void check_zones() {
        for (const auto& z : m_inv.zones) {
            for (const auto& p : z.paths) check_pattern(p, "zone pattern");
            if (z.owners.empty() && z.rule != ZoneRule::shared)
                m_diag.warning(z.where,
                               "zone '" + printable(z.name) + "' is " + to_string(z.rule) +
                                   " but has no owner, so every packet's change there is a violation",
                               "add 'owner:' or make it 'rule: shared'");
        }
    }

    // --- triggers ---------------------------------------------------------
    void check_triggers() {
        std::vector<std::string> known = {"coverage", "branch-coverage", "patch-coverage", "packet.delay"};
        const std::size_t builtins = known.size();
        for (const auto& g : m_inv.gates) {
            known.push_back(g.id + ".duration");
            for (const auto& m : g.metrics) known.push_back(g.id + "." + m.name);
        }
        for (const auto& t : m_inv.triggers) {
            if (!t.expr) continue;  // the loader reported the parse error
            if (std::find(known.begin(), known.end(), t.expr->metric) != known.end()) continue;
            const std::string guess = closest_match(t.expr->metric, known);
            std::string hint = guess.empty() ? "" : "did you mean '" + guess + "'?";
            if (hint.empty()) {
                hint =
                    "known metrics: " +
                    join(std::vector<std::string>(known.begin(), known.begin() + static_cast<long>(builtins)), ", ") +
                    ", GATE.duration and GATE.METRIC for a gate's 'metrics'";
            }
            m_diag.error(t.where, "trigger names unknown metric '" + printable(t.expr->metric) + "'", hint);
        }
    }

    // --- alerts -----------------------------------------------------------
    void check_alerts() {
        const Alerts& alerts = m_inv.alerts;
        std::vector<std::string> names;
        std::map<std::string, const SourceLocation*> seen;
        for (const auto& c : alerts.channels) {
            if (!seen.emplace(c.name, &c.where).second)
                m_diag.error(c.where, "channel '" + printable(c.name) + "' is defined twice",
                             "first defined at " + seen[c.name]->str());
            names.push_back(c.name);
        }
        // A trigger whose message is an event name raises that event.
        std::vector<std::string> events = builtin_alert_events();
        for (const auto& t : m_inv.triggers)
            if (!t.message.empty() && is_valid_id(t.message)) events.push_back(t.message);
        for (const auto& r : alerts.rules) {
            for (const auto& c : r.channels) {
                if (alerts.find_channel(c.value) != nullptr) continue;
                const std::string guess = closest_match(c.value, names);
                m_diag.error(c.where, "alert rule names undefined channel '" + printable(c.value) + "'",
                             guess.empty() ? "define it under 'alerts: channels:'" : "did you mean '" + guess + "'?");
            }
            for (const auto& e : r.events) {
                if (std::find(events.begin(), events.end(), e.value) != events.end()) continue;
                const std::string guess = closest_match(e.value, events);
                m_diag.error(e.where, "alert rule names unknown event '" + printable(e.value) + "'",
                             guess.empty()
                                 ? "events: " + join(builtin_alert_events(), ", ") + ", or a trigger's 'message'"
                                 : "did you mean '" + guess + "'?");
            }
        }
    }

    // --- docs -------------------------------------------------------------
    void check_docs() {
        const std::filesystem::path root = m_inv.root_dir.empty() ? "." : m_inv.root_dir;
        for (const auto& p : m_inv.packets) {
            if (!p.doc) continue;
            if (p.doc->value.empty()) {
                m_diag.error(p.doc->where, "'doc' is empty");
                continue;
            }
            std::error_code ec;
            if (!std::filesystem::exists(root / p.doc->value, ec))
                m_diag.error(p.doc->where, "doc '" + printable(p.doc->value) + "' does not exist",
                             "doc paths are relative to the inventory's directory");
        }
    }

    const Inventory& m_inv;
    Diagnostics& m_diag;
    std::map<std::string, std::size_t> m_file_order;
    std::map<std::string, Definition> m_ids;
    std::unordered_map<std::string, RegexVerdict> m_regex_verdicts;
};

}  // namespace

void validate_inventory(const Inventory& inventory, Diagnostics& diagnostics) {
    Validator(inventory, diagnostics).run();
}

}  // namespace tollgate
