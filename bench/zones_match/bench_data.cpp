#include "bench/zones_match/bench_data.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>
#include <set>

namespace tollgate::bench {

namespace {

constexpr std::array<const char*, 48> k_words{
    "src",      "lib",      "app",       "apps",     "docs",       "test",   "tests",    "api",
    "core",     "ui",       "web",       "server",   "client",     "internal", "pkg",    "cmd",
    "tools",    "scripts",  "build",     "config",   "database",   "migrations", "models", "services",
    "controllers", "views", "components", "utils",   "common",     "vendor", "assets",   "styles",
    "i18n",     "fixtures", "e2e",       "examples", "include",    "impl",   "data",     "logs",
    "jobs",     "events",   "payments",  "billing",  "finance",    "reports", "auth",    "admin"};
constexpr std::array<const char*, 16> k_extensions{"c", "h", "cpp", "hpp", "py", "js", "ts", "tsx",
                                                   "go", "rs", "md", "json", "yml", "php", "sql", "txt"};

// std::*_distribution differ between standard libraries; raw engine output
// does not, so the data is the same everywhere.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_engine(seed) {}
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(m_engine() % n); }
    template <typename T>
    const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }
    const char* word() { return k_words[below(k_words.size())]; }
    const char* extension() { return k_extensions[below(k_extensions.size())]; }

private:
    std::mt19937_64 m_engine;
};

std::string numbered(const char* prefix, std::size_t n) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%03zu", prefix, n);
    return buf;
}

std::string last_segment(const std::string& dir) { return dir.substr(dir.rfind('/') + 1); }

std::vector<std::string> make_dirs(Rng& rng, std::size_t count) {
    std::vector<std::string> dirs;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < 40; ++i) {
        std::string top = i < k_words.size() ? k_words[i] : numbered("mod", i);
        if (seen.insert(top).second) dirs.push_back(top);
    }
    while (dirs.size() < count) {
        const std::string parent = rng.pick(dirs);
        if (std::count(parent.begin(), parent.end(), '/') >= 5) continue;
        const std::string name = rng.below(3) == 0 ? numbered("m", rng.below(400)) : rng.word();
        std::string dir = parent + "/" + name;
        if (seen.insert(dir).second) dirs.push_back(std::move(dir));
    }
    return dirs;
}

// One pattern in a shape chosen by weight; most are drawn from real paths so
// they match something, as in a real CODEOWNERS file.
std::string make_pattern(Rng& rng, const std::vector<std::string>& dirs, const std::vector<std::string>& paths) {
    const std::size_t r = rng.below(100);
    const std::string& dir = rng.pick(dirs);
    if (r < 30) return "/" + dir + "/";
    if (r < 40) return dir + "/*";
    if (r < 50) return last_segment(dir) + "/";
    if (r < 56) return std::string("*.") + rng.extension();
    if (r < 62) return "/" + dir + "/*." + rng.extension();
    if (r < 67) return std::string("**/") + last_segment(dir) + "/**";
    if (r < 72) return std::string("**/") + rng.word() + "/" + last_segment(dir);
    if (r < 82) return "/" + rng.pick(paths);
    if (r < 90) {
        const auto slash = dir.find('/');
        if (slash == std::string::npos) return "/" + dir + "/*/";
        const auto next = dir.find('/', slash + 1);
        return "/" + dir.substr(0, slash) + "/*" + (next == std::string::npos ? "/" : dir.substr(next) + "/");
    }
    if (r < 95) return "/" + dir.substr(0, std::min<std::size_t>(3, dir.size())) + "*/";
    return dir + "/**/*." + rng.extension();
}

}  // namespace

BenchData generate(std::size_t path_count, std::size_t pattern_count, std::size_t patterns_per_zone,
                   std::uint64_t seed) {
    Rng rng(seed);
    BenchData data;
    const auto dirs = make_dirs(rng, 3000);
    std::set<std::string> seen;
    while (data.paths.size() < path_count) {
        std::string name = (rng.below(4) == 0 ? std::string(rng.word()) : numbered("f", rng.below(1000))) + "." +
                           rng.extension();
        std::string path = rng.below(50) == 0 ? name : rng.pick(dirs) + "/" + name;
        if (seen.insert(path).second) data.paths.push_back(std::move(path));
    }
    for (std::size_t i = 0; i < pattern_count; ++i) {
        if (i % patterns_per_zone == 0) {
            Zone zone;
            zone.name = numbered("zone-", i / patterns_per_zone);
            zone.owners.push_back({numbered("team-", (i / patterns_per_zone) % 40), {}});
            zone.rule = ZoneRule::exclusive;
            data.inventory.zones.push_back(std::move(zone));
        }
        const int line = static_cast<int>(i) + 1;
        data.inventory.zones.back().paths.push_back(
            {make_pattern(rng, dirs, data.paths), SourceLocation{"CODEOWNERS", line, 1}});
    }
    data.inventory.files = {"CODEOWNERS"};
    return data;
}

std::string to_codeowners(const Inventory& inventory) {
    std::string out;
    for (const auto& zone : inventory.zones) {
        for (const auto& p : zone.paths) out += p.value + " @" + zone.name + "\n";
    }
    return out;
}

}  // namespace tollgate::bench
