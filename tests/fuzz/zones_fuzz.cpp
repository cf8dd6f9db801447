// Fuzz target: CODEOWNERS path patterns, branch globs and the indexed
// ZoneMap. Input lines starting with "p " are patterns (one zone each),
// "b " a branch glob, every other line a path. Invariants: the indexed
// ZoneMap agrees with matching every compiled pattern in turn (its winner
// is the last match, all_matches the full list), so the bucket index can
// never drop or invent a candidate.

#include "runner/patterns/path_pattern.hpp"
#include "runner/zones/zone_map.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tollgate;
    const auto lines = fuzz::fields(fuzz::as_text(data, size), '\n');
    Inventory inventory;
    std::vector<std::string> paths;
    std::vector<Glob> globs;
    for (const auto& line : lines) {
        std::string error;
        if (line.starts_with("p ")) {
            Zone z;
            z.name = "z" + std::to_string(inventory.zones.size());
            z.paths.push_back(Located{line.substr(2), {}});
            inventory.zones.push_back(std::move(z));
        } else if (line.starts_with("b ")) {
            if (auto g = Glob::compile(line.substr(2), error)) globs.push_back(std::move(*g));
            else fuzz::check(!error.empty(), "a rejected glob says why", line);
        } else {
            paths.push_back(line);
        }
    }
    const ZoneMap map(inventory);
    std::vector<std::size_t> all;
    for (const auto& path : paths) {
        std::vector<std::size_t> expected;
        for (std::size_t i = 0; i < map.size(); ++i) {
            if (map.pattern(i).matches(path)) expected.push_back(i);
        }
        map.all_matches(path, all);
        fuzz::check(all == expected, "ZoneMap::all_matches equals a linear scan", path);
        const std::size_t want = expected.empty() ? ZoneMap::none : expected.back();
        fuzz::check(map.winner(path) == want, "ZoneMap::winner is the last matching pattern", path);
        fuzz::check(map.match(path).has_value() == !expected.empty(), "ZoneMap::match agrees", path);
        for (const auto& g : globs) (void)g.matches(path);
    }
    return 0;
}
