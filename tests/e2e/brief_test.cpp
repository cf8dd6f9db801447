// End-to-end: `tollgate brief` on both examples, and the invariant that
// makes a brief worth reading: what it says a packet may not touch, `check`
// refuses; what it says the packet owns, `check` allows; a coordinate zone
// passes exactly with the trailer the brief names.
#include "tests/support/example_repo.hpp"
#include "tests/support/git_repo.hpp"
#include "tests/support/shell.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace tollgate {
namespace {

using nlohmann::json;
using test::copy_example;
using test::GitRepo;
using test::run_tollgate;
using ::testing::HasSubstr;

namespace fs = std::filesystem;

json run_json(const std::vector<std::string>& args, const fs::path& dir, int* code = nullptr) {
    const auto r = run_tollgate(args, dir);
    if (code != nullptr) *code = r.exit_code;
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
    return json::parse(r.out);
}

// A path a packet could write that falls under `pattern` (CODEOWNERS
// semantics): wildcards become a name, a folder gets a file in it.
std::string probe_path(std::string pattern, const fs::path& root) {
    if (!pattern.empty() && pattern.front() == '/') pattern.erase(0, 1);
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '*') {
            while (i + 1 < pattern.size() && pattern[i + 1] == '*') ++i;
            out += "probe";
        } else if (pattern[i] == '?') {
            out += 'p';
        } else {
            out += pattern[i];
        }
    }
    if (out.empty() || out.back() == '/' || fs::is_directory(root / out)) {
        if (!out.empty() && out.back() != '/') out += '/';
        out += "tollgate_probe.txt";
    }
    return out;
}

// For each zone, a path that `zones` files under that very zone (patterns
// can be shadowed by later ones), or none.
std::map<std::string, std::string> zone_probes(const GitRepo& repo, const json& brief) {
    std::map<std::string, std::string> out;
    for (const auto& z : brief["zones"]) {
        for (const auto& p : z["patterns"]) {
            const std::string path = probe_path(p.get<std::string>(), repo.path());
            const json found = run_json({"zones", "--format", "json", path}, repo.path());
            if (found["changed"][0]["zone"] == z["name"]) {
                out[z["name"].get<std::string>()] = path;
                break;
            }
        }
    }
    return out;
}

struct Probe {
    std::string branch;
    std::string path;
};

// One branch off main per zone, adding (or appending to) its probe path,
// with a commit message carrying `trailer` when not empty.
std::map<std::string, Probe> probe_branches(const GitRepo& repo, const std::map<std::string, std::string>& probes,
                                            const std::string& prefix, const std::string& trailer) {
    std::map<std::string, Probe> out;
    int n = 0;
    for (const auto& [zone, path] : probes) {
        const std::string branch = prefix + std::to_string(n++);
        repo.git("checkout -q -b " + branch + " main");
        std::string content;
        if (fs::exists(repo.path() / path)) content = test::sh("cat " + test::shell_quote(path), repo.path()).out;
        repo.write(path, content + "probe line\n");
        repo.git("add -A");
        repo.git("commit -q -m " + test::shell_quote("probe " + zone + (trailer.empty() ? "" : "\n\n" + trailer)));
        repo.git("checkout -q main");
        out[zone] = {branch, path};
    }
    return out;
}

// check's verdict on `probe` when `packet` makes it.
std::string verdict_of(const GitRepo& repo, const std::string& packet, const Probe& probe, int& code) {
    const json j = run_json(
        {"check", "--dry-run", "--format", "json", "--packet", packet, "--base", "main", "--head", probe.branch},
        repo.path(), &code);
    for (const auto& c : j["changed"])
        if (c["path"] == probe.path) return c["verdict"].get<std::string>();
    return "absent";
}

void holds_the_invariant(const std::string& example) {
    GitRepo repo;
    copy_example(repo, example);
    const json packets = run_json({"plan", "--format", "json"}, repo.path())["plan"]["packets"];
    ASSERT_FALSE(packets.empty());
    const json first = run_json({"brief", "--format", "json", packets[0]["id"].get<std::string>()}, repo.path());
    const auto probes = zone_probes(repo, first);
    ASSERT_EQ(probes.size(), first["zones"].size()) << "a zone has no path of its own";
    const auto plain = probe_branches(repo, probes, "probe/plain-", "");
    int owned = 0;
    int refused = 0;
    int coordinated = 0;
    std::map<std::string, std::map<std::string, Probe>> with_trailer;  // owner → zone → probe
    for (const auto& p : packets) {
        const std::string id = p["id"].get<std::string>();
        const json brief = run_json({"brief", "--format", "json", id}, repo.path());
        for (const auto& z : brief["zones"]) {
            const std::string zone = z["name"].get<std::string>();
            const std::string access = z["access"].get<std::string>();
            const Probe& probe = plain.at(zone);
            int code = 0;
            if (access == "must-not-touch") {
                EXPECT_EQ(verdict_of(repo, id, probe, code), "violation") << id << " in " << zone;
                EXPECT_EQ(code, 1) << id << " in " << zone;
                ++refused;
            } else if (access == "owned" || access == "shared") {
                EXPECT_EQ(verdict_of(repo, id, probe, code), "allowed") << id << " in " << zone;
                owned += access == "owned" ? 1 : 0;
            } else if (access == "coordinate") {
                EXPECT_EQ(verdict_of(repo, id, probe, code), "violation") << id << " in " << zone << " untrailed";
                EXPECT_EQ(code, 1);
                const std::string requires_text = z["requires"].get<std::string>();
                const std::string owner = z["owners"][0].get<std::string>();
                EXPECT_THAT(requires_text, HasSubstr("Coordinated-With: " + owner));
                auto& by_zone = with_trailer[owner];
                if (by_zone.empty()) {
                    by_zone = probe_branches(repo, probes, "probe/with-" + owner + "-", "Coordinated-With: " + owner);
                }
                EXPECT_EQ(verdict_of(repo, id, by_zone.at(zone), code), "allowed") << id << " in " << zone;
                ++coordinated;
            }
        }
    }
    EXPECT_GT(owned, 0);
    if (example == "finops-billing") {
        EXPECT_GT(refused, 0);
    } else {
        EXPECT_GT(coordinated, 0);
    }
}

TEST(BriefInvariant, HoldsForEveryPacketOfTheFinopsExample) {
    holds_the_invariant("finops-billing");
}

TEST(BriefInvariant, HoldsForEveryPacketOfTheRestaurantExample) {
    holds_the_invariant("restaurant-ticket");
}

TEST(BriefVerb, PrintsTheAssignmentOfAFinopsPacketInMarkdown) {
    GitRepo repo;
    copy_example(repo, "finops-billing");
    const auto r = run_tollgate({"brief", "batch-3a"}, repo.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("# Agent assignment: batch-3a — Finance Admin UI"));
    EXPECT_THAT(r.out, HasSubstr("**Batch:** 3A"));
    EXPECT_THAT(r.out, HasSubstr("1. `Docs/WORK_PACKETS/BATCH_3A_FINANCE_UI.md` (work packet, primary)"));
    EXPECT_THAT(r.out, HasSubstr("Push your work to `packet/batch-3a`, branched from `main`."));
    EXPECT_THAT(r.out, HasSubstr("- **Routes finance** `billing/routes/finance.py`"));
    EXPECT_THAT(r.out, HasSubstr("- **Migrations** `billing/migrations/`: exclusive, owner batch-1"));
    EXPECT_THAT(r.out, HasSubstr("Coordinated-With: batch-2"));
    EXPECT_THAT(r.out, HasSubstr("`tollgate run --packet batch-3a`"));
    EXPECT_THAT(r.out, HasSubstr("**Starts after:** batch-1, batch-2"));
    EXPECT_THAT(r.out, HasSubstr("- Completes `after-batch-3a` — After Batch 3A, due day 15, blocking"));
    EXPECT_THAT(r.out, HasSubstr("tollgate zones --packet batch-3a -- FILE"));
    EXPECT_THAT(r.out, HasSubstr("1. Tasks completed (with file paths)"));
}

TEST(BriefVerb, NamesTheContextOfThePacketsItDependsOnAndItsOwnReport) {
    GitRepo repo;
    copy_example(repo, "finops-billing");
    // Batch 2 publishes one more interface; Batch 3A reports in its own words.
    std::string inv = test::sh("cat packets/batch-2.yml", repo.path()).out;
    const std::string listed = "context: [billing/services/__init__.py";
    ASSERT_NE(inv.find(listed), std::string::npos) << inv;
    inv.replace(inv.find(listed), listed.size(), listed + ", billing/services/payment_service.py");
    repo.write("packets/batch-2.yml", inv);
    const std::string own = test::sh("cat packets/batch-3a.yml", repo.path()).out;
    repo.write("packets/batch-3a.yml", own + "    report: [Screens built, Open questions]\n");
    const json j = run_json({"brief", "--format", "json", "batch-3a"}, repo.path());
    bool found = false;
    for (const auto& c : j["context"]) {
        if (c["path"] == "billing/services/payment_service.py") {
            found = true;
            EXPECT_EQ(c["source"], "context of batch-2");
        }
    }
    EXPECT_TRUE(found) << j["context"].dump();
    EXPECT_EQ(j["report"], json::array({"Screens built", "Open questions"}));
    EXPECT_EQ(j["report_is_default"], false);
}

TEST(BriefVerb, RefusesAnUnknownPacketWithAGuess) {
    GitRepo repo;
    copy_example(repo, "finops-billing");
    const auto r = run_tollgate({"brief", "batch-3x"}, repo.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_THAT(r.err, HasSubstr("unknown packet 'batch-3x'"));
    EXPECT_THAT(r.err, HasSubstr("did you mean"));
}

TEST(BriefVerb, TheReadmeQuotesTheFinopsBriefVerbatim) {
    GitRepo repo;
    copy_example(repo, "finops-billing");
    const auto r = run_tollgate({"brief", "batch-3a"}, repo.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string readme = test::sh("cat README.md", test::source_dir()).out;
    const std::string open = "This is `tollgate brief batch-3a` on the FinOps example, verbatim:\n\n````markdown\n";
    const auto start = readme.find(open);
    ASSERT_NE(start, std::string::npos) << "README section 'Handing packets to agents' moved";
    const auto end = readme.find("````\n", start + open.size());
    ASSERT_NE(end, std::string::npos);
    EXPECT_EQ(readme.substr(start + open.size(), end - start - open.size()), r.out)
        << "regenerate the README's quote with `tollgate brief batch-3a` in a copy of examples/finops-billing";
}

}  // namespace
}  // namespace tollgate
