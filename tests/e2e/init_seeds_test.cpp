// End-to-end: `tollgate init --from` on both seed plans (copied into
// tests/fixtures/init/), each draft compared semantically with the
// hand-written inventory of its example (examples/*/tollgate.yml). The
// differences a draft cannot reach are asserted as such here and listed,
// with their reasons, in docs/init.md; a change that closes one should
// move its assertion to the "same" side.
// On those and the three plans of other styles, an oracle reads the draft's
// text and --report to check where each left-over line was written.
#include "runner/core/text.hpp"
#include "runner/inventory/loader.hpp"
#include "tests/support/shell.hpp"
#include "tests/support/temp_dir.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>

namespace tollgate {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using Ids = std::set<std::string>;

struct Drafted {
    test::TempDir dir;
    Inventory draft;
    Inventory example;
    std::string text;
    std::string report;
};

// The draft through the binary, then both inventories through the loader
// and validator (load_inventory_or_throw fails the test on any error).
std::unique_ptr<Drafted> draft_seed(const std::string& plan, const std::string& example) {
    auto d = std::make_unique<Drafted>();
    const auto plan_path = test::source_dir() / "tests/fixtures/init" / plan;
    const auto r = test::run_tollgate({"init", "--from", plan_path.string(), "--report"}, d->dir.path());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "") << "the draft should validate without findings";
    d->report = r.out;
    d->text = test::read_file(d->dir.path() / "tollgate.yml");
    d->draft = load_inventory_or_throw(d->dir.path() / "tollgate.yml");
    d->example = load_inventory_or_throw(test::source_dir() / "examples" / example / "tollgate.yml");
    return d;
}

Ids ids_of(const std::vector<Located>& list) {
    Ids out;
    for (const auto& l : list) out.insert(l.value);
    return out;
}

// Everything a packet or checkpoint waits for, directly or through others:
// two inventories that differ only in redundant edges wait for the same.
Ids closure(const Inventory& inv, const std::string& id) {
    Ids seen;
    std::vector<std::string> todo = {id};
    while (!todo.empty()) {
        const auto cur = todo.back();
        todo.pop_back();
        std::vector<Located> after;
        if (const auto* p = inv.find_packet(cur)) after = p->after;
        if (const auto* c = inv.find_checkpoint(cur)) after = c->after;
        for (const auto& a : after) {
            if (seen.insert(a.value).second) todo.push_back(a.value);
        }
    }
    return seen;
}

const Zone* zone(const Inventory& inv, const std::string& name) {
    for (const auto& z : inv.zones) {
        if (z.name == name) return &z;
    }
    return nullptr;
}

// The placement of what a draft left for a person, checked from the outside:
// the draft's text and the --report of the binary, nothing of the drafting code.
struct WrittenEntry {
    int line = 0;         ///< from its first "  # from FILE:N:" comment; 0 = none
    std::size_t first{};  ///< its first text line
    std::size_t last{};   ///< its last text line (comments, key, fields)
};

struct DraftReading {
    std::vector<std::string> lines;
    std::vector<std::string> left;  ///< the report's "left for a person", in its order
    std::set<std::size_t> left_at;  ///< text lines that are a left-over's comment
    std::vector<WrittenEntry> entries;
    std::size_t version_at{};
    std::size_t item_starts{};
};

// "from PLAN.md:42: …" and "from PLAN.md:42-50: …" start at line 42.
int source_line(const std::string& text) {
    static const std::regex from(R"(^from [^:]+:([0-9]+)(-[0-9]+)?: )");
    std::smatch m;
    return std::regex_search(text, m, from) ? std::stoi(m[1].str()) : 0;
}

DraftReading read_drafted(const std::string& text, const std::string& report) {
    DraftReading r;
    r.lines = split(text, '\n');
    const auto report_lines = split(report, '\n');
    const auto head = std::find_if(report_lines.begin(), report_lines.end(),
                                   [](const std::string& l) { return l.rfind("left for a person (", 0) == 0; });
    EXPECT_NE(head, report_lines.end());
    if (head == report_lines.end()) return r;
    for (auto it = head + 1; it != report_lines.end() && it->rfind("  ", 0) == 0; ++it) r.left.push_back(it->substr(2));
    EXPECT_THAT(*head, HasSubstr("(" + std::to_string(r.left.size()) + ")"));
    const std::set<std::string> left(r.left.begin(), r.left.end());
    static const std::set<std::string> sections = {"streams", "packets", "zones", "gates", "checkpoints", "triggers"};
    std::string section;
    bool opened = false;  // the current entry has its "from" comment and no key yet
    for (std::size_t i = 0; i < r.lines.size(); ++i) {
        const auto& l = r.lines[i];
        const auto body = std::string(trim(l));
        if (body.rfind("# ", 0) == 0 && left.count(body.substr(2)) != 0) {
            r.left_at.insert(i);
            continue;
        }
        if (l == "version: 1") r.version_at = i;
        if (!l.empty() && l[0] != ' ' && l[0] != '#') {
            section = l.substr(0, l.find(':'));
            opened = false;
            continue;
        }
        if (sections.count(section) == 0 || body.empty()) continue;
        const bool opener = l.rfind("  # from ", 0) == 0;
        const bool item =
            l.rfind("  - ", 0) == 0 || (section == "streams" && l.size() > 2 && l[2] != ' ' && l[2] != '#');
        if (opener || (item && !opened)) r.entries.push_back({opener ? source_line(body.substr(2)) : 0, i, i});
        if (item) ++r.item_starts;
        opened = opener || (opened && !item);
        if (!r.entries.empty()) r.entries.back().last = i;
    }
    return r;
}

void expect_left_overs_placed(const std::string& plan) {
    SCOPED_TRACE(plan);
    test::TempDir dir;
    const auto path = test::source_dir() / "tests/fixtures/init" / plan;
    const auto drafted = test::run_tollgate({"init", "--from", path.string(), "--report"}, dir.path());
    ASSERT_EQ(drafted.exit_code, 0) << drafted.err;
    EXPECT_EQ(drafted.err, "") << "the draft should validate without findings";
    const auto validated = test::run_tollgate({"validate"}, dir.path());
    EXPECT_EQ(validated.exit_code, 0) << validated.err;
    const auto text = test::read_file(dir.path() / "tollgate.yml");
    const auto r = read_drafted(text, drafted.out);
    // Every left-over is in the draft once: nothing lost, nothing written twice.
    std::map<std::string, int> seen;
    for (const auto i : r.left_at) ++seen[std::string(trim(r.lines[i])).substr(2)];
    for (const auto& l : r.left) EXPECT_EQ(seen[l], 1) << l;
    EXPECT_EQ(r.left_at.size(), r.left.size());
    // The reading found every entry the loader finds (triggers kept as comments only add to it).
    const auto inv = load_inventory_or_throw(dir.path() / "tollgate.yml");
    EXPECT_EQ(r.item_starts, inv.streams.size() + inv.packets.size() + inv.zones.size() + inv.gates.size() +
                                 inv.checkpoints.size() + inv.triggers.size());
    for (const auto at : r.left_at) {
        const auto& comment = r.lines[at];
        const int n = source_line(std::string(trim(comment)).substr(2));
        ASSERT_GT(n, 0) << comment;
        const WrittenEntry* anchor = nullptr;
        std::size_t next = r.lines.size();
        for (std::size_t e = 0; e < r.entries.size(); ++e) {
            const auto& entry = r.entries[e];
            if (entry.line > 0 && entry.line <= n && (anchor == nullptr || entry.line >= anchor->line)) {
                anchor = &entry;
                next = e + 1 < r.entries.size() ? r.entries[e + 1].first : r.lines.size();
            }
        }
        if (anchor == nullptr) {
            EXPECT_LT(at, r.version_at) << "before every entry, in the header: " << comment;
            EXPECT_THAT(r.lines.at(at > 0 ? at - 1 : 0), ::testing::StartsWith("#")) << comment;
            continue;
        }
        EXPECT_GT(at, anchor->last) << "after the entry of line " << anchor->line << ": " << comment;
        EXPECT_LT(at, next) << "before the entry written next: " << comment;
        for (auto i = anchor->last + 1; i < at; ++i) {
            EXPECT_EQ(r.left_at.count(i), 1u) << "directly after the entry, line " << i << ": " << r.lines[i];
        }
    }
}

TEST(InitSeeds, EveryDraftKeepsEachLeftOverOnceAfterTheEntryDraftedFromThePlanTextAboveIt) {
    for (const char* plan : {"finops-orchestration-guide.md", "restaurant-ticket-orchestration.md",
                             "prose-dependencies.md", "gantt-dates.md", "raci-ownership.md"}) {
        expect_left_overs_placed(plan);
    }
}

TEST(InitSeeds, FinopsDraftHasTheExamplesPacketsEffortsAndEdges) {
    const auto d = draft_seed("finops-orchestration-guide.md", "finops-billing");
    ASSERT_EQ(d->draft.packets.size(), d->example.packets.size());
    for (const auto& want : d->example.packets) {
        SCOPED_TRACE(want.id);
        const auto* got = d->draft.find_packet(want.id);
        ASSERT_NE(got, nullptr);
        EXPECT_EQ(got->title, want.title);
        EXPECT_EQ(got->batch, want.batch);
        EXPECT_EQ(got->priority, want.priority);
        ASSERT_TRUE(got->effort && want.effort);
        EXPECT_EQ(got->effort->text, want.effort->text);
        EXPECT_EQ(closure(d->draft, want.id), closure(d->example, want.id));
        EXPECT_EQ(ids_of(got->prefer_after), ids_of(want.prefer_after));
    }
    // Phase 1's nested items are batch 1's tasks, word for word.
    EXPECT_EQ(d->draft.find_packet("batch-1")->tasks, d->example.find_packet("batch-1")->tasks);
    // Same lanes; the seven packets the agent tables name are in the example's lane.
    Ids draft_streams, example_streams;
    for (const auto& s : d->draft.streams) draft_streams.insert(s.id);
    for (const auto& s : d->example.streams) example_streams.insert(s.id);
    EXPECT_EQ(draft_streams, example_streams);
    for (const char* id : {"batch-3a", "batch-3b", "batch-3c", "batch-4", "batch-7", "batch-8", "batch-9"}) {
        EXPECT_EQ(d->draft.find_packet(id)->stream, d->example.find_packet(id)->stream) << id;
    }
    // Difference (docs/init.md): the plan puts batches 1, 2, 5 and 6 in no agent table.
    for (const char* id : {"batch-1", "batch-2", "batch-5", "batch-6"}) {
        EXPECT_EQ(d->draft.find_packet(id)->stream, "") << id;
    }
}

TEST(InitSeeds, FinopsDraftHasTheExamplesZoneOwnersAndRules) {
    const auto d = draft_seed("finops-orchestration-guide.md", "finops-billing");
    for (const char* name : {"Migrations", "Models", "Services"}) {
        SCOPED_TRACE(name);
        const auto* got = zone(d->draft, name);
        const auto* want = zone(d->example, name);
        ASSERT_NE(got, nullptr);
        ASSERT_NE(want, nullptr);
        EXPECT_EQ(ids_of(got->owners), ids_of(want->owners));
        EXPECT_EQ(got->rule, want->rule);
        EXPECT_EQ(got->coordination, want->coordination);
    }
    EXPECT_THAT(d->text, HasSubstr("rule exclusive from the phrase 'only' in 'Batch 1 only'"));
    EXPECT_THAT(d->text, HasSubstr("rule extend from the phrase 'creates, others extend'"));
    EXPECT_THAT(d->text, HasSubstr("rule coordinate from the phrase 'creates, others use'"));
    // Views: the example splits the area per feature; the owners and rule are the same.
    Ids view_owners;
    for (const auto& z : d->example.zones) {
        if (z.name.rfind("Views ", 0) == 0 && z.rule == ZoneRule::coordinate) {
            for (const auto& o : z.owners) view_owners.insert(o.value);
        }
    }
    ASSERT_NE(zone(d->draft, "Views"), nullptr);
    EXPECT_EQ(ids_of(zone(d->draft, "Views")->owners), view_owners);
    EXPECT_EQ(zone(d->draft, "Views")->rule, ZoneRule::coordinate);
    // Differences (docs/init.md): Routes is one shared zone with a TODO to split it
    // per section, and every path is guessed from the area's name.
    ASSERT_NE(zone(d->draft, "Routes"), nullptr);
    EXPECT_EQ(zone(d->draft, "Routes")->rule, ZoneRule::shared);
    EXPECT_THAT(d->text, HasSubstr("TODO: each packet owns a section"));
    EXPECT_EQ(zone(d->draft, "Migrations")->paths.at(0).value, "**/migrations/");
    EXPECT_EQ(zone(d->example, "Migrations")->paths.at(0).value, "billing/migrations/");
}

TEST(InitSeeds, FinopsDraftHasTheExamplesCheckpointsWithDaysAndGates) {
    const auto d = draft_seed("finops-orchestration-guide.md", "finops-billing");
    // The example's "final" is the draft's "final-gate" (the heading's words).
    const std::map<std::string, std::string> same = {{"after-batch-1", "after-batch-1"},
                                                     {"after-batch-2", "after-batch-2"},
                                                     {"after-batch-3a", "after-batch-3a"},
                                                     {"after-batch-3b", "after-batch-3b"},
                                                     {"after-batch-3c", "after-batch-3c"},
                                                     {"after-batch-6", "after-batch-6"},
                                                     {"final", "final-gate"}};
    ASSERT_EQ(d->draft.checkpoints.size(), d->example.checkpoints.size());
    for (const auto& [example_id, draft_id] : same) {
        SCOPED_TRACE(example_id);
        const auto* want = d->example.find_checkpoint(example_id);
        const auto* got = d->draft.find_checkpoint(draft_id);
        ASSERT_NE(want, nullptr);
        ASSERT_NE(got, nullptr);
        EXPECT_EQ(got->title, want->title);
        ASSERT_TRUE(got->due && want->due);
        EXPECT_EQ(got->due->day, want->due->day);
        EXPECT_EQ(got->blocker, want->blocker);
        EXPECT_EQ(closure(d->draft, draft_id), closure(d->example, example_id));
        EXPECT_EQ(got->gates.size(), want->gates.size());
        for (std::size_t i = 0; i < got->gates.size() && i < want->gates.size(); ++i) {
            EXPECT_EQ(d->draft.find_gate(got->gates[i].value)->manual,
                      d->example.find_gate(want->gates[i].value)->manual);
        }
    }
    // Final Gate's criteria are the plan's comments, as the example has them.
    EXPECT_EQ(d->draft.find_checkpoint("final-gate")->criteria, d->example.find_checkpoint("final")->criteria);
    EXPECT_EQ(d->draft.find_checkpoint("after-batch-3a")->criteria,
              d->example.find_checkpoint("after-batch-3a")->criteria);
    // Difference (docs/init.md): --min=80 needs a coverage report path the plan
    // does not name, so it is a TODO rather than coverage: {min: 80}.
    EXPECT_THAT(d->text, HasSubstr("TODO: a coverage threshold"));
    EXPECT_TRUE(d->draft.triggers.empty());
    EXPECT_TRUE(d->example.triggers.empty());
}

TEST(InitSeeds, FinopsReportSaysWhatWasMappedGuessedAndLeft) {
    const auto d = draft_seed("finops-orchestration-guide.md", "finops-billing");
    EXPECT_THAT(d->report, HasSubstr("mapped ("));
    EXPECT_THAT(d->report, HasSubstr("finops-orchestration-guide.md:13: packet batch-1, effort 2-3d"));
    EXPECT_THAT(d->report, HasSubstr("guessed ("));
    EXPECT_THAT(d->report, HasSubstr("zone Migrations paths **/migrations/"));
    EXPECT_THAT(d->report, HasSubstr("left for a person ("));
    EXPECT_THAT(d->report, HasSubstr("table (Issue | Solution), 5 rows, not mapped"));
    EXPECT_THAT(d->text, HasSubstr("# from finops-orchestration-guide.md:224-230: table (Issue | Solution)"));
}

TEST(InitSeeds, FinopsDraftNextToItsWorkPacketsHasTheExamplesDocs) {
    // The plan where the example keeps it, beside the work-packet documents
    // its file list names.
    test::TempDir dir;
    const auto copy = dir.path() / "finops";
    ASSERT_EQ(test::sh("cp -r " + test::shell_quote((test::source_dir() / "examples/finops-billing").string()) + " " +
                       test::shell_quote(copy.string()))
                  .exit_code,
              0);
    const auto r = test::run_tollgate({"init", "--from", "Docs/WORK_PACKETS/ORCHESTRATION_GUIDE.md", "--stdout"}, copy);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::ofstream(copy / "draft.yml") << r.out;
    const auto draft = load_inventory_or_throw(copy / "draft.yml");
    const auto example = load_inventory_or_throw(copy / "tollgate.yml");
    for (const auto& want : example.packets) {
        SCOPED_TRACE(want.id);
        const auto* got = draft.find_packet(want.id);
        ASSERT_NE(got, nullptr);
        ASSERT_TRUE(got->doc && want.doc);
        EXPECT_EQ(got->doc->value, want.doc->value);
    }
}

TEST(InitSeeds, RestaurantDraftHasTheExamplesStreamsCheckpointsAndTriggers) {
    const auto d = draft_seed("restaurant-ticket-orchestration.md", "restaurant-ticket");
    ASSERT_EQ(d->draft.streams.size(), d->example.streams.size());
    for (const auto& want : d->example.streams) {
        SCOPED_TRACE(want.id);
        const auto* got = d->draft.find_stream(want.id);
        ASSERT_NE(got, nullptr);
        EXPECT_EQ(got->title, want.title);
        EXPECT_EQ(got->type, want.type);
        EXPECT_EQ(got->priority, want.priority);
    }
    ASSERT_TRUE(d->draft.start && d->example.start);
    EXPECT_EQ(d->draft.start->str(), d->example.start->str());
    for (const auto& got : d->draft.checkpoints) {
        SCOPED_TRACE(got.id);
        const auto* want = d->example.find_checkpoint(got.id);
        ASSERT_NE(want, nullptr);
        EXPECT_EQ(got.title, want->title);
        ASSERT_TRUE(got.due && want->due);
        EXPECT_EQ(got.due->day, want->due->day);
        EXPECT_EQ(got.criteria, want->criteria);
        EXPECT_EQ(got.blocker, want->blocker);
    }
    EXPECT_EQ(d->draft.checkpoints.size(), 4u);  // the example adds "delivery" from the success metrics
    // The risk triggers whose condition names a tollgate metric, and the load-balancing rule.
    for (const char* when : {"packet.delay > 4h", "coverage < 80", "packet.delay > 2h"}) {
        SCOPED_TRACE(when);
        const auto match = [&](const Trigger& t) { return t.when == when; };
        const auto got = std::find_if(d->draft.triggers.begin(), d->draft.triggers.end(), match);
        const auto want = std::find_if(d->example.triggers.begin(), d->example.triggers.end(), match);
        ASSERT_NE(got, d->draft.triggers.end());
        ASSERT_NE(want, d->example.triggers.end());
        EXPECT_EQ(got->action, want->action);
    }
    // Difference (docs/init.md): the other two need gate metrics the plan does not define.
    EXPECT_THAT(d->text, HasSubstr("TODO: no tollgate metric measures 'api-response > 500ms'"));
    EXPECT_THAT(d->text, HasSubstr("TODO: no tollgate metric measures 'critical-bug-found'"));
}

TEST(InitSeeds, RestaurantDraftHasOnePacketPerAgentInTheExamplesStreamsAndItsZones) {
    const auto d = draft_seed("restaurant-ticket-orchestration.md", "restaurant-ticket");
    // Difference (docs/init.md): the example splits each agent's tasks into
    // packets by hand; the draft keeps one packet per agent. Each example
    // packet names its agent first in its description.
    for (const auto& want : d->example.packets) {
        SCOPED_TRACE(want.id);
        const auto agent = want.description.substr(0, want.description.find(' '));
        const auto* got = d->draft.find_packet(agent);
        ASSERT_NE(got, nullptr);
        EXPECT_EQ(got->stream, want.stream);
    }
    // Zones: same names, rules and coordination; owned by the agent whose
    // packets own the example's zone.
    for (const char* name : {"Database", "Services", "UI design", "Components", "Testing", "DevOps"}) {
        SCOPED_TRACE(name);
        const Zone* want = zone(d->example, name);
        const Zone* got = nullptr;
        for (const auto& z : d->draft.zones) {
            if (equals_ignoring_case(z.name, name)) got = &z;
        }
        ASSERT_NE(want, nullptr);
        ASSERT_NE(got, nullptr);
        EXPECT_EQ(got->rule, want->rule);
        EXPECT_EQ(got->coordination, want->coordination);
        Ids agents;
        for (const auto& o : want->owners) {
            const auto& desc = d->example.find_packet(o.value)->description;
            agents.insert(desc.substr(0, desc.find(' ')));
        }
        EXPECT_EQ(ids_of(got->owners), agents);
    }
}

}  // namespace
}  // namespace tollgate
