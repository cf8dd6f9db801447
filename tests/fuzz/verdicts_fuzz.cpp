// Fuzz target: ownership verdicts and the `zones` renderers over hostile
// names. Input lines: "p PATTERN" adds a zone (its rule and owners cycle
// through every kind, one zone owned by nobody), "k ID" names the change's
// packet, "a ID" is an --ack, "t VALUE" a Coordinated-With trailer, and any
// other line is a changed file: its first byte picks the status (A, M, D,
// R, C, T; anything else is M) and, for R and C, 0x1F separates the old
// path from the new. Invariants: one verdict per file with its path, status
// and old path intact; a verdict is allowed exactly when its reason says
// "allowed: "; no reason or text line carries a terminal control; the JSON
// parses (nlohmann), lists every file with the verdict it got and keeps a
// non-UTF-8 path's exact bytes in base64; rendering in blocks gives the same
// document as rendering whole.

#include "runner/core/text.hpp"
#include "runner/git/raw_path.hpp"
#include "runner/report/zones_json.hpp"
#include "runner/report/zones_text.hpp"
#include "runner/zones/ownership.hpp"
#include "runner/zones/zone_map.hpp"
#include "tests/fuzz/fuzz_support.hpp"

#include <nlohmann/json.hpp>

namespace {

using namespace tollgate;

bool has_terminal_control(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == 0x1B || c == 0 || c == 0x7F || (c < 0x20 && c != '\n')) return true;
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(s[i + 1]) <= 0x9F)
            return true;  // U+0080..U+009F: C1 controls, e.g. CSI
    }
    return false;
}

ChangedFile file_from(const std::string& line) {
    ChangedFile f;
    const char kind = line.empty() ? 'M' : line.front();
    std::string rest = line.empty() ? line : line.substr(1);
    switch (kind) {
        case 'A': f.status = ChangeStatus::added; break;
        case 'D': f.status = ChangeStatus::deleted; break;
        case 'R': f.status = ChangeStatus::renamed; break;
        case 'C': f.status = ChangeStatus::copied; break;
        case 'T': f.status = ChangeStatus::type_changed; break;
        default:
            f.status = ChangeStatus::modified;
            rest = line;
            break;
    }
    if (f.status == ChangeStatus::renamed || f.status == ChangeStatus::copied) {
        const auto sep = rest.find('\x1F');
        if (sep != std::string::npos) {
            f.old_path = rest.substr(0, sep);
            rest = rest.substr(sep + 1);
        }
    }
    f.path = rest;
    f.lines_known = rest.size() % 3 != 0;
    f.lines_added = static_cast<int>(rest.size() % 5);
    f.lines_removed = static_cast<int>(rest.size() % 2);
    f.binary = rest.size() % 7 == 0;
    f.old_mode = f.status == ChangeStatus::added ? 0 : 0100644;
    f.new_mode = f.status == ChangeStatus::deleted ? 0 : 0100644;
    return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto lines = fuzz::fields(fuzz::as_text(data, size), '\n');
    Inventory inventory;
    inventory.packets.push_back(Packet{});
    inventory.packets.back().id = "a";
    inventory.packets.push_back(Packet{});
    inventory.packets.back().id = "b";
    ChangeSet change;
    change.mode = ChangeMode::range;
    OwnershipOptions options;
    ChangeCommit commit;
    commit.id = "0123456789abcdef0123456789abcdef01234567";
    constexpr ZoneRule k_rules[] = {ZoneRule::exclusive, ZoneRule::extend, ZoneRule::coordinate, ZoneRule::shared};
    for (const auto& line : lines) {
        if (line.starts_with("p ")) {
            Zone z;
            const std::size_t n = inventory.zones.size();
            z.name = "z" + std::to_string(n);
            z.paths.push_back(Located{line.substr(2), {"tollgate.yml", static_cast<int>(n) + 1, 3}});
            z.rule = k_rules[n % 4];
            if (n % 5 != 4) z.owners.push_back(Located{n % 2 == 0 ? "a" : "b", {}});
            if (n % 3 == 2) z.owners.push_back(Located{"b", {}});
            z.coordination = n % 2 == 0 ? line.substr(2) : std::string();
            inventory.zones.push_back(std::move(z));
        } else if (line.starts_with("k ")) {
            options.packet = line.substr(2);
        } else if (line.starts_with("a ")) {
            options.acks.push_back(line.substr(2));
        } else if (line.starts_with("t ")) {
            commit.trailers.emplace(line.size() % 2 == 0 ? "Coordinated-With" : "coordinated-with", line.substr(2));
        } else {
            change.files.push_back(file_from(line));
        }
    }
    change.commits.push_back(commit);
    const ZoneMap zones(inventory);
    const auto verdicts = judge_ownership(inventory, zones, change, options);
    fuzz::check(verdicts.size() == change.files.size(), "one verdict per changed file");

    ZonesResult result;
    result.mode = ChangeMode::range;
    result.judged = true;
    result.packet = options.packet;
    for (std::size_t i = 0; i < verdicts.size(); ++i) {
        const PathVerdict& v = verdicts[i];
        const ChangedFile& f = change.files[i];
        fuzz::check(v.path == f.path && v.old_path == f.old_path && v.status == f.status,
                    "a verdict keeps its file's path, old path and status", f.path);
        fuzz::check(v.allowed == v.reason.starts_with("allowed: "), "allowed exactly when the reason says so",
                    v.reason);
        fuzz::check(!has_terminal_control(v.reason), "a reason carries no terminal control", v.reason);
        result.add(v, f);
        if (!v.allowed) ++result.violations;
    }

    const std::string whole = render_zones_json(result);
    std::string joined;
    render_zones_json_to(result, [&joined](std::string_view part) { joined += part; });
    fuzz::check(joined == whole, "rendering in blocks gives the whole document");
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(whole);
    } catch (const std::exception& e) {
        fuzz::check(false, "zones JSON parses", e.what());
    }
    const auto& changed = j["changed"];
    fuzz::check(changed.size() == verdicts.size(), "the JSON lists every file");
    for (std::size_t i = 0; i < verdicts.size(); ++i) {
        const auto& c = changed[i];
        fuzz::check(c["verdict"] == (verdicts[i].allowed ? "allowed" : "violation"), "the JSON keeps each verdict");
        const std::string& raw = verdicts[i].path;
        if (is_valid_utf8(raw)) {
            fuzz::check(raw.empty() ? c["path"].is_null() : c["path"] == raw, "a UTF-8 path is kept as is", raw);
        } else {
            std::string back;
            fuzz::check(
                c.contains("path_bytes") && base64_decode(c["path_bytes"].get<std::string>(), back) && back == raw,
                "a non-UTF-8 path keeps its bytes in path_bytes", raw);
        }
    }
    fuzz::check(!has_terminal_control(render_zones_text(result, false)), "the text report carries no terminal control");
    return 0;
}
