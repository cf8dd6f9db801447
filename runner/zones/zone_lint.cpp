#include "runner/zones/zone_lint.hpp"

#include "runner/core/text.hpp"
#include "runner/zones/zone_map.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace tollgate {

namespace {

struct PatternStats {
    std::size_t matched = 0;
    std::size_t won = 0;
    std::size_t first_path = 0;             ///< index into tracked paths, valid when matched > 0
    std::size_t beaten_by = ZoneMap::none;  ///< a later pattern that won one of its files
};

struct PairStats {
    std::size_t count = 0;
    std::size_t first_path = 0;
};

std::string describe(const ZoneMap& map, std::size_t i) {
    const ZoneMatch m = map.entry(i);
    return "'" + printable(m.pattern->value) + "' (zone " + printable(m.zone->name) + ")";
}

std::string owners_of(const Zone& zone) {
    std::vector<std::string> ids;
    for (const auto& o : zone.owners) ids.push_back(o.value);
    std::sort(ids.begin(), ids.end());
    return ids.empty() ? std::string("nobody") : join(ids, ", ");
}

std::string line_of(const SourceLocation& where) {
    std::string out = printable(where.file);
    if (where.line > 0) out += ':' + std::to_string(where.line);
    return out;
}

void report_invalid(const Inventory& inventory, Diagnostics& diagnostics) {
    std::string error;
    for (const auto& zone : inventory.zones) {
        for (const auto& path : zone.paths) {
            if (!PathPattern::compile(path.value, error)) {
                diagnostics.error(path.where, "invalid path pattern '" + printable(path.value) + "' in zone " +
                                                  printable(zone.name) + ": " + error);
            }
        }
    }
}

}  // namespace

void lint_zones(const Inventory& inventory, const std::vector<std::string>& tracked_paths, Diagnostics& diagnostics) {
    report_invalid(inventory, diagnostics);
    const ZoneMap map(inventory);

    // Zones with the same owner set may overlap freely; compare by group id.
    std::vector<std::size_t> owner_group(map.size());
    std::map<std::string, std::size_t> groups;
    for (std::size_t i = 0; i < map.size(); ++i) {
        owner_group[i] = groups.emplace(owners_of(*map.entry(i).zone), groups.size()).first->second;
    }

    std::vector<PatternStats> stats(map.size());
    std::unordered_map<std::uint64_t, PairStats> pairs;
    std::size_t unowned = 0;
    std::vector<std::size_t> hits;
    for (std::size_t p = 0; p < tracked_paths.size(); ++p) {
        map.all_matches(tracked_paths[p], hits);
        if (hits.empty()) {
            ++unowned;
            continue;
        }
        const std::size_t winner = hits.back();
        ++stats[winner].won;
        for (const std::size_t i : hits) {
            if (stats[i].matched++ == 0) stats[i].first_path = p;
            if (i == winner) continue;
            if (stats[i].beaten_by == ZoneMap::none) stats[i].beaten_by = winner;
            if (map.entry(i).zone != map.entry(winner).zone && owner_group[i] != owner_group[winner]) {
                auto& pair = pairs[(std::uint64_t{i} << 32) | winner];
                if (pair.count++ == 0) pair.first_path = p;
            }
        }
    }

    for (std::size_t i = 0; i < map.size(); ++i) {
        const ZoneMatch m = map.entry(i);
        const PatternStats& s = stats[i];
        if (s.matched == 0) {
            diagnostics.warning(m.pattern->where, "path pattern " + describe(map, i) + " matches no tracked file",
                                "fine while the plan names an area that does not exist yet");
        } else if (s.won == 0) {
            const ZoneMatch later = map.entry(s.beaten_by);
            diagnostics.warning(m.pattern->where,
                                "path pattern " + describe(map, i) + " is shadowed: all " + std::to_string(s.matched) +
                                    " tracked file(s) it matches are won by later patterns, e.g. " +
                                    describe(map, s.beaten_by) + " at " + line_of(later.pattern->where),
                                "the last matching pattern wins; remove it or move it below");
        }
    }

    std::vector<std::pair<std::uint64_t, PairStats>> ordered(pairs.begin(), pairs.end());
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [key, pair] : ordered) {
        const std::size_t loser = key >> 32;
        const std::size_t winner = key & 0xFFFFFFFFu;
        const ZoneMatch a = map.entry(loser);
        const ZoneMatch b = map.entry(winner);
        diagnostics.warning(a.pattern->where,
                            "zones of different owners claim the same files: " + describe(map, loser) + " owned by " +
                                owners_of(*a.zone) + " and " + describe(map, winner) + " owned by " +
                                owners_of(*b.zone) + " at " + line_of(b.pattern->where) + " both match " +
                                std::to_string(pair.count) + " tracked file(s), e.g. " +
                                printable(tracked_paths[pair.first_path]),
                            "the later pattern wins; narrow one of them if that is not intended");
    }

    SourceLocation where;
    if (!inventory.files.empty()) where.file = inventory.files.front();
    diagnostics.add(
        {Severity::note,
         where,
         std::to_string(unowned) + " of " + std::to_string(tracked_paths.size()) + " tracked file(s) are in no zone",
         {}});
}

}  // namespace tollgate
