// Zone-matching benchmark (bench/zones_match/run.sh drives it): times the
// ZoneMap over generated paths and patterns, times lint_zones at validate's
// scale, and writes the same data for the npm `codeowners` comparison.
//
//   tollgate_bench_zones [--out DIR] [--paths N] [--patterns N] [--seed N]
//                        [--repeat N] [--lint-paths N]

#include "bench/zones_match/bench_data.hpp"
#include "runner/core/diagnostic.hpp"
#include "runner/zones/zone_lint.hpp"
#include "runner/zones/zone_map.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
    std::string out = "bench/out/zones_match";
    std::size_t paths = 50000;
    std::size_t patterns = 1000;
    std::size_t lint_paths = 100000;
    std::size_t repeat = 7;
    std::uint64_t seed = 20250120;
};

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CPU time of this process: on a loaded machine wall time mostly measures
// the other processes, CPU time what the matcher costs.
double cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

bool parse(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (i + 1 >= argc) return false;
        const std::string v = argv[++i];
        if (a == "--out") o.out = v;
        else if (a == "--paths") o.paths = std::stoul(v);
        else if (a == "--patterns") o.patterns = std::stoul(v);
        else if (a == "--lint-paths") o.lint_paths = std::stoul(v);
        else if (a == "--repeat") o.repeat = std::max<std::size_t>(1, std::stoul(v));
        else if (a == "--seed") o.seed = std::stoull(v);
        else return false;
    }
    return true;
}

void write_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    try {
        if (!parse(argc, argv, o)) {
            std::cerr << "usage: tollgate_bench_zones [--out DIR] [--paths N] [--patterns N] [--seed N] "
                         "[--repeat N] [--lint-paths N]\n";
            return 2;
        }
        const auto data = tollgate::bench::generate(o.paths, o.patterns, 5, o.seed);

        double cpu = cpu_ms();
        const tollgate::ZoneMap map(data.inventory);
        const double compile_ms = cpu_ms() - cpu;

        std::vector<std::size_t> winners(data.paths.size());
        std::vector<double> runs;
        std::vector<double> wall_runs;
        for (std::size_t r = 0; r < o.repeat; ++r) {
            const auto start = Clock::now();
            cpu = cpu_ms();
            for (std::size_t i = 0; i < data.paths.size(); ++i) winners[i] = map.winner(data.paths[i]);
            runs.push_back(cpu_ms() - cpu);
            wall_runs.push_back(ms_since(start));
        }
        std::sort(runs.begin(), runs.end());
        std::sort(wall_runs.begin(), wall_runs.end());
        const auto owned = static_cast<std::size_t>(
            std::count_if(winners.begin(), winners.end(), [](std::size_t w) { return w != tollgate::ZoneMap::none; }));

        std::filesystem::create_directories(o.out);
        std::string paths_text;
        std::string owners_text;
        for (std::size_t i = 0; i < data.paths.size(); ++i) {
            paths_text += data.paths[i] + "\n";
            owners_text += (winners[i] == tollgate::ZoneMap::none ? std::string("-")
                                                                  : "@" + map.entry(winners[i]).zone->name) +
                           "\n";
        }
        write_file(std::filesystem::path(o.out) / "paths.txt", paths_text);
        write_file(std::filesystem::path(o.out) / "CODEOWNERS", tollgate::bench::to_codeowners(data.inventory));
        write_file(std::filesystem::path(o.out) / "tollgate_owners.txt", owners_text);

        const auto lint_data = tollgate::bench::generate(o.lint_paths, o.patterns, 5, o.seed + 1);
        tollgate::Diagnostics diagnostics;
        cpu = cpu_ms();
        tollgate::lint_zones(lint_data.inventory, lint_data.paths, diagnostics);
        const double lint_ms = cpu_ms() - cpu;

        std::printf("paths=%zu patterns=%zu owned=%zu\n", data.paths.size(), map.size(), owned);
        std::printf("compile_cpu_ms=%.2f\n", compile_ms);
        std::printf("match_cpu_ms_min=%.2f\nmatch_cpu_ms_median=%.2f\n", runs.front(), runs[runs.size() / 2]);
        std::printf("match_wall_ms_min=%.2f\n", wall_runs.front());
        std::printf("lint_paths=%zu lint_cpu_ms=%.2f lint_errors=%d lint_warnings=%d\n", lint_data.paths.size(),
                    lint_ms, diagnostics.error_count(), diagnostics.warning_count());
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "tollgate_bench_zones: " << e.what() << "\n";
        return 1;
    }
}
