// Fuzz target: the history store's notes (refs/notes/tollgate) as `check`
// and `report` read them. Anyone who can push a notes ref, or a commit
// message, reaches these parsers, so a corrupt note must never crash either
// verb. The input is split at form feeds (0x0C): the notes on base commits
// c0, a1 and m1 and on the unmerged branch commit b1, then the message of
// a1 (its first line is the summary, its trailers are parsed). Each note
// goes through parse_note; the records feed check's no-drop baseline and
// sign-offs and report's compute_progress over a fixed two-packet
// inventory, whose report is rendered as text, Markdown, JSON and HTML.
// Invariants: every non-blank line is a record or a problem naming its
// line; every record writes back as a JSON line that reads again; the JSON
// report parses.

#include "runner/core/error.hpp"
#include "runner/git/trailers.hpp"
#include "runner/inventory/loader.hpp"
#include "runner/progress/note_records.hpp"
#include "runner/progress/progress.hpp"
#include "runner/report/progress_html.hpp"
#include "runner/report/progress_json.hpp"
#include "runner/report/progress_markdown.hpp"
#include "runner/report/progress_text.hpp"
#include "runner/verdict/recorded_baseline.hpp"
#include "runner/verdict/recorded_signoffs.hpp"
#include "tests/fuzz/fuzz_support.hpp"

#include <nlohmann/json.hpp>

namespace {

using namespace tollgate;

constexpr const char* k_inventory = R"(version: 1
project: fuzz
start: 2025-01-20
streams:
  - {id: backend, title: Backend}
packets:
  - {id: a, stream: backend, effort: 2d, branches: [packet/a]}
  - {id: b, stream: backend, effort: 1d, after: [a], branches: [packet/b]}
  - {id: c, stream: backend, effort: 1d, after: [cp-1], branches: [packet/c]}
gates:
  - {id: unit, run: 'true', coverage: {report: cov.info, no-drop: true}}
  - {id: look, run: 'true', manual: true}
checkpoints:
  - {id: cp-1, title: first, after: [a], gates: [unit, look], due: 2}
triggers:
  - {when: coverage < 80, action: block, message: too low}
)";

const Inventory& inventory() {
    static const Inventory inv = [] {
        InventorySource source;
        source.read = [](const std::filesystem::path&) -> std::optional<std::string> { return k_inventory; };
        source.expand = [](const std::string&) { return std::vector<std::filesystem::path>{}; };
        source.size = [](const std::filesystem::path&) -> std::optional<std::uintmax_t> {
            return std::char_traits<char>::length(k_inventory);
        };
        Diagnostics diagnostics;
        return load_and_validate_inventory("tollgate.yml", source, diagnostics);
    }();
    return inv;
}

constexpr long long t0 = 1737360000;  // 2025-01-20T08:00:00Z

LoggedCommit commit(const char* id, std::vector<std::string> parents, long long time, std::string summary) {
    LoggedCommit c;
    c.id = id;
    c.parents = std::move(parents);
    c.author_time = c.commit_time = time;
    c.summary = std::move(summary);
    return c;
}

void check_note(const CommitRecords& parsed, std::string_view text) {
    std::size_t lines = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const auto end = std::min(text.find('\n', pos), text.size());
        if (text.substr(pos, end - pos).find_first_not_of(" \t\r") != std::string_view::npos) ++lines;
        pos = end + 1;
    }
    fuzz::check(parsed.records.size() + parsed.problems.size() == lines,
                "every non-blank note line is a record or a problem", text);
    for (const auto& p : parsed.problems) {
        fuzz::check(p.line >= 1 && !p.message.empty(), "a problem names its line and reason", text);
        (void)p.describe();
    }
    for (const auto& r : parsed.records) {
        const std::string line = to_json_line(r);
        const RecordLine again = parse_record_line(line);
        fuzz::check(again.record.has_value(), "a record read from a note writes back readable", line);
        fuzz::check(again.record->gates.size() == r.gates.size(), "a record keeps its gates", line);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parts = fuzz::fields(fuzz::as_text(data, size), '\f');
    const auto part = [&](std::size_t i) { return i < parts.size() ? std::string_view(parts[i]) : std::string_view(); };

    GitFacts facts;
    facts.base_ref = "main";
    facts.base_commit = "m1";
    const std::string message(part(4));
    LoggedCommit a1 = commit("a1", {"c0"}, t0 + 3600, message.substr(0, message.find('\n')));
    a1.trailers = parse_trailers(message);
    facts.base_commits = {commit("m1", {"c0", "a1"}, t0 + 86400, "Merge branch 'packet/a'"), a1,
                          commit("c0", {}, t0, "init")};
    BranchHistory b;
    b.name = b.display = "packet/b";
    b.tip = "b1";
    b.unmerged = {commit("b1", {"m1"}, t0 + 2 * 86400, "b work")};
    facts.branches = {b};
    const char* annotated[] = {"c0", "a1", "m1", "b1"};
    for (std::size_t i = 0; i < 4; ++i) {
        CommitRecords parsed = parse_note(annotated[i], part(i));
        check_note(parsed, part(i));
        facts.records.push_back(std::move(parsed));
    }

    // check: no-drop's recorded baseline and the manual gates' sign-offs.
    const CoverageBaseline baseline = recorded_baseline(facts.records[2], "unit", "main");
    fuzz::check(baseline.line_percent.has_value() || !baseline.missing.empty() || !baseline.unreadable.empty(),
                "a recorded baseline is a figure, missing or unreadable");
    (void)signed_off_in_records(facts.records);

    // report: statuses, checkpoints and metrics, in every format.
    ProgressOptions options;
    options.today = *CivilDate::parse("2025-01-25");
    options.now = t0 + 6 * 86400;
    options.since = t0 - 1;
    options.since_text = "2025-01-20";
    const ProgressReport report = compute_progress(inventory(), facts, options);
    (void)render_progress_text(report);
    (void)render_progress_markdown(report);
    (void)render_progress_html(report);
    const std::string json = render_progress_json(report);
    fuzz::check(!nlohmann::json::parse(json, nullptr, false).is_discarded(), "the JSON report parses", json);
    return 0;
}
