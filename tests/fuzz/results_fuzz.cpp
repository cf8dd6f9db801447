// Fuzz target: `tollgate merge-results`, whose inputs are shard
// results.json files downloaded from CI artifacts, and `run --durations`,
// which reads an earlier results.json to balance shards. The input is split
// at form feeds (0x0C) into up to four files. Each is read by
// parse_results_json (a UsageError is a clean refusal) and by
// parse_recorded_durations; the files that read are merged with
// merge_shards and the merge is rendered as merge-results does (results.json,
// junit.xml, summary.md, console). Invariants: a results.json written from
// what was read reads again with the same gates; a merge keeps every
// selected gate once, numbered 1…N; junit.xml parses.

#include "runner/core/error.hpp"
#include "runner/report/junit_xml.hpp"
#include "runner/report/results_json.hpp"
#include "runner/report/run_console.hpp"
#include "runner/report/summary_md.hpp"
#include "runner/schedule/recorded_durations.hpp"
#include "runner/schedule/results_reader.hpp"
#include "runner/schedule/shard.hpp"
#include "runner/schedule/shard_merge.hpp"
#include "tests/fuzz/fuzz_support.hpp"

#include <pugixml.hpp>

namespace {

using namespace tollgate;

void check_written_reads_again(const RunResult& run, const char* what) {
    const std::string written = render_results_json(run);
    try {
        const LoadedResults again = parse_results_json(written, "again");
        fuzz::check(again.run.gates.size() == run.gates.size(), what, written);
        for (std::size_t i = 0; i < run.gates.size(); ++i) {
            fuzz::check(again.run.gates[i].id == run.gates[i].id, what, written);
            fuzz::check(again.run.gates[i].status == run.gates[i].status, what, written);
            fuzz::check(again.run.gates[i].duration == run.gates[i].duration, what, written);
        }
    } catch (const UsageError& e) {
        fuzz::check(false, what, std::string(e.what()) + "\n" + written);
    }
}

void render_all(const RunResult& run) {
    const std::string junit = render_junit_xml(run);
    pugi::xml_document doc;
    fuzz::check(static_cast<bool>(doc.load_string(junit.c_str())), "junit.xml parses", junit);
    (void)render_summary_md(run);
    (void)render_run_summary(run, ConsoleStyle{});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto files = fuzz::fields(fuzz::as_text(data, size), '\f');
    if (files.size() > 4) files.resize(4);
    std::vector<LoadedResults> shards;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string name = "shard-" + std::to_string(i + 1) + "/results.json";
        try {
            LoadedResults loaded = parse_results_json(files[i], name);
            check_written_reads_again(loaded.run, "a results.json written from one read reads again");
            shards.push_back(std::move(loaded));
        } catch (const UsageError& e) {
            fuzz::check(std::string_view(e.what()).starts_with(name), "refusals name the file", e.what());
        }
        try {
            const auto durations = parse_recorded_durations(files[i], name);
            std::vector<std::string> ids;
            for (const auto& [id, ms] : durations) {
                fuzz::check(ms.count() >= 0, "recorded durations are not negative", files[i]);
                ids.push_back(id);
            }
            ids.emplace_back("never-recorded");
            const std::vector<std::vector<std::size_t>> needs(ids.size());
            const auto shard_of = assign_shards(ids, needs, 3, durations);
            for (const int s : shard_of) fuzz::check(s >= 0 && s < 3, "every gate lands on a shard");
        } catch (const UsageError&) {
            // a clean refusal
        }
    }
    if (shards.empty()) return 0;
    try {
        const RunResult merged = merge_shards(shards);
        fuzz::check(merged.gates.size() == merged.selected.size(), "a merge reports every selected gate");
        for (std::size_t i = 0; i < merged.gates.size(); ++i) {
            fuzz::check(merged.gates[i].number == static_cast<int>(i) + 1, "merged gates are numbered 1…N");
        }
        check_written_reads_again(merged, "a merged results.json reads again");
        render_all(merged);
    } catch (const UsageError&) {
        // shards of different runs, missing or repeated shards: a clean refusal
    }
    render_all(shards.front().run);
    return 0;
}
