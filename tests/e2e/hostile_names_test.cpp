// End-to-end: hostile names and text from a pull request (file names from
// git, free-text titles in the inventory, gate output) through every output
// format tollgate writes. Each format must stay well-formed for its reader
// and never hand raw control bytes to a terminal: `<script>`, `]]>`, ANSI
// escapes, newlines, NUL (where the source can carry it) and invalid UTF-8.

#include "runner/core/text.hpp"
#include "tests/support/git_repo.hpp"
#include "tests/support/inventory_text.hpp"
#include "tests/support/shell.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

namespace tollgate {
namespace {

using test::GitRepo;
using test::run_tollgate;
using test::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

// True when `text` could drive a terminal: ESC, NUL, DEL, other C0 controls
// but newline and tab, C1 controls (U+0080..U+009F), or invalid UTF-8.
bool has_raw_controls(const std::string& text) {
    if (!is_valid_utf8(text)) return true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return true;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F) return true;
    }
    return false;
}

// A file name under database/migrations/ for each hostile shape. Created with
// printf so the bytes are exact; NUL cannot be in a file name.
const char* const k_hostile_files[] = {
    "<script>alert(1).sql", "<img src=x onerror=alert(1)>.sql",
    "]]>&lt;x.sql",         "\\033[31mred\\033[0m.sql",
    "two\\nlines.sql",      "bad\\377\\376utf8.sql",
    "csi\\302\\233c.sql",  // U+009B, the one-byte CSI
    "$(touch pwned).sql",
};

std::string zone_inventory() {
    return test::InventoryText("Hostile")
        .packet("foundation", {"packet/foundation"})
        .packet("intruder", {"packet/intruder"})
        .zone("Migrations", "database/", "foundation", "exclusive")
        .str();
}

// main, then packet/intruder and packet/foundation both adding the hostile
// files (an add/add conflict in foundation's exclusive zone; a violation for
// intruder). Leaves packet/intruder checked out.
void write_hostile_branches(const GitRepo& repo) {
    repo.write("tollgate.yml", zone_inventory());
    repo.write("README.md", "x\n");
    repo.commit_all("base");
    for (const char* branch : {"packet/foundation", "packet/intruder"}) {
        repo.git(std::string("checkout -q -b ") + branch + " main");
        std::string script = "mkdir -p database && cd database";
        for (const char* name : k_hostile_files)
            script += std::string(" && printf '") + branch + "' > \"$(printf '" + name + "')\"";
        const auto made = test::sh(script, repo.path());
        ASSERT_EQ(made.exit_code, 0) << made.err;
        repo.commit_all(std::string("hostile names on ") + branch);
    }
}

TEST(HostileNames, ZonesTextEscapesEveryNameForTheTerminal) {
    GitRepo repo;
    write_hostile_branches(repo);
    const auto r = run_tollgate({"zones"}, repo.path());
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_FALSE(has_raw_controls(r.out)) << r.out;
    EXPECT_THAT(r.out, HasSubstr("database/\\x1B[31mred\\x1B[0m.sql"));
    EXPECT_THAT(r.out, HasSubstr("database/two\\nlines.sql"));
    EXPECT_THAT(r.out, HasSubstr("database/bad\\xFF\\xFEutf8.sql"));
    EXPECT_FALSE(std::filesystem::exists(repo.path() / "pwned"));
}

TEST(HostileNames, ZonesJsonParsesAndKeepsEveryNameRecoverable) {
    GitRepo repo;
    write_hostile_branches(repo);
    const auto r = run_tollgate({"zones", "--format", "json"}, repo.path());
    EXPECT_EQ(r.exit_code, 1) << r.err;
    const auto j = nlohmann::json::parse(r.out);  // throws on invalid UTF-8 or syntax
    std::size_t names = 0;
    for (const auto& c : j["changed"]) {
        ++names;
        if (c["path"] == "database/two\nlines.sql" || c["path"] == "database/<script>alert(1).sql") {
            EXPECT_EQ(c["zone"], "Migrations");
        }
    }
    EXPECT_EQ(names, std::size(k_hostile_files));
}

TEST(HostileNames, ConflictsTextJsonAndMarkdownStayWellFormed) {
    GitRepo repo;
    write_hostile_branches(repo);
    const auto text = run_tollgate({"conflicts"}, repo.path());
    EXPECT_EQ(text.exit_code, 1) << text.err;
    EXPECT_FALSE(has_raw_controls(text.out)) << text.out;

    const auto json = run_tollgate({"conflicts", "--format", "json"}, repo.path());
    EXPECT_EQ(json.exit_code, 1) << json.err;
    EXPECT_FALSE(nlohmann::json::parse(json.out, nullptr, false).is_discarded()) << json.out;

    const auto md = run_tollgate({"conflicts", "--format", "md"}, repo.path());
    EXPECT_EQ(md.exit_code, 1) << md.err;
    EXPECT_FALSE(has_raw_controls(md.out)) << md.out;
    EXPECT_THAT(md.out, Not(HasSubstr("<script>")));
    EXPECT_FALSE(std::filesystem::exists(repo.path() / "pwned"));
}

// Free text in the inventory (titles, the project name) with every hostile
// shape YAML can carry, NUL included ("\0" in a double-quoted scalar).
constexpr const char* k_plan_inventory =
    "version: 1\n"
    "project: \"P\\\"]; evil [label=\\\"x <script>alert(1)</script>\"\n"
    "packets:\n"
    "  - id: a\n"
    "    title: \"]]> \\e[31mred\\e[0m\\nsecond line\\0nul \\x9b csi\"\n"
    "    effort: 1d\n"
    "  - id: b\n"
    "    title: \"`code` #35; &amp; <b>bold</b> \\\" \\\\ end\"\n"
    "    after: [a]\n"
    "    effort: 2d\n"
    "checkpoints:\n"
    "  - id: cp-1\n"
    "    title: \"--> }} {{ [[x]] \\r\\n\"\n"
    "    after: [b]\n"
    "    gates: [g]\n"
    "gates:\n"
    "  - id: g\n"
    "    title: \"<g> \\e]0;title\\a\"\n"
    "    run: 'true'\n";

TEST(HostileNames, PlanTextAndJsonCarryTitlesSafely) {
    TempDir dir;
    dir.write("tollgate.yml", k_plan_inventory);
    const auto text = run_tollgate({"plan"}, dir.path());
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_FALSE(has_raw_controls(text.out)) << text.out;
    const auto json = run_tollgate({"plan", "--format", "json"}, dir.path());
    ASSERT_EQ(json.exit_code, 0) << json.err;
    const auto j = nlohmann::json::parse(json.out);
    EXPECT_THAT(j.dump(), HasSubstr("<script>alert(1)</script>")) << "JSON keeps text as data";
}

TEST(HostileNames, PlanDotKeepsEveryTitleInsideItsQuotedLabel) {
    TempDir dir;
    dir.write("tollgate.yml", k_plan_inventory);
    const auto r = run_tollgate({"plan", "--format", "dot"}, dir.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_FALSE(has_raw_controls(r.out)) << r.out;
    // Outside quoted strings only DOT syntax remains: no quote closes early.
    std::string outside;
    bool in_string = false;
    for (std::size_t i = 0; i < r.out.size(); ++i) {
        const char c = r.out[i];
        if (in_string && c == '\\') {
            ++i;
            continue;
        }
        if (c == '"') in_string = !in_string;
        else if (!in_string) outside += c;
    }
    EXPECT_FALSE(in_string) << r.out;
    EXPECT_THAT(outside, Not(HasSubstr("evil")));
    EXPECT_THAT(outside, Not(HasSubstr("script")));
}

TEST(HostileNames, PlanMermaidEscapesLabelSyntaxAndHtml) {
    TempDir dir;
    dir.write("tollgate.yml", k_plan_inventory);
    const auto r = run_tollgate({"plan", "--format", "mermaid"}, dir.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_FALSE(has_raw_controls(r.out)) << r.out;
    EXPECT_THAT(r.out, Not(HasSubstr("<script>")));
    EXPECT_THAT(r.out, Not(HasSubstr("<b>")));
    // Each label is one quoted string: the quotes inside titles are entities.
    for (const auto& line : split(r.out, '\n')) {
        const auto open = line.find('"');
        if (open == std::string::npos) continue;
        EXPECT_EQ(line.find('"', line.find('"', open + 1) + 1), std::string::npos) << line;
    }
}

// A gate whose output carries every hostile shape, NUL included.
constexpr const char* k_run_inventory =
    "version: 1\n"
    "packets:\n"
    "  - id: p\n"
    "    gates: [loud]\n"
    "gates:\n"
    "  - id: loud\n"
    "    title: \"<script>x</script> ]]>\"\n"
    "    run: \"printf '<script>alert(1)</script> ]]> \\\\033[31mred\\\\033[0m\\\\nnext|cell\\\\000nul"
    " \\\\377\\\\376 \\\\302\\\\233c p95=12ms\\\\n'; exit 1\"\n"
    "    metrics: {p95_ms: 'p95=([0-9]+)ms'}\n";

struct RunOutputs {
    test::CommandResult console;
    std::filesystem::path reports;
};

RunOutputs run_loud(const TempDir& dir) {
    dir.write("tollgate.yml", k_run_inventory);
    return {run_tollgate({"run", "--report-dir", "out"}, dir.path()), dir.path() / "out"};
}

TEST(HostileNames, RunConsoleEscapesGateOutput) {
    TempDir dir;
    const auto r = run_loud(dir);
    ASSERT_EQ(r.console.exit_code, 1) << r.console.err;
    EXPECT_FALSE(has_raw_controls(r.console.out)) << r.console.out;
    EXPECT_THAT(r.console.out, HasSubstr("\\x1B[31mred"));
}

TEST(HostileNames, ResultsJsonParsesWithTheOutputAsData) {
    TempDir dir;
    const auto r = run_loud(dir);
    ASSERT_EQ(r.console.exit_code, 1) << r.console.err;
    const auto j = nlohmann::json::parse(test::read_file(r.reports / "results.json"));
    const std::string tail = j["gates"][0]["output_tail"];
    EXPECT_THAT(tail, HasSubstr("<script>alert(1)</script> ]]>"));
    EXPECT_TRUE(is_valid_utf8(tail));
}

TEST(HostileNames, JunitXmlParsesAndHoldsOnlyCharactersXmlAllows) {
    TempDir dir;
    const auto r = run_loud(dir);
    ASSERT_EQ(r.console.exit_code, 1) << r.console.err;
    const std::string xml = test::read_file(r.reports / "junit.xml");
    EXPECT_TRUE(is_valid_utf8(xml));
    for (const char c : xml) {
        const auto u = static_cast<unsigned char>(c);
        EXPECT_FALSE(u < 0x20 && u != '\n' && u != '\t' && u != '\r') << "raw control byte " << int(u);
    }
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(xml.c_str())) << xml;
    const std::string failure = doc.select_node("//testcase[@name='loud']/failure").node().text().get();
    EXPECT_THAT(failure, HasSubstr("<script>alert(1)</script> ]]>"));
}

TEST(HostileNames, SummaryMarkdownKeepsOneRowPerGateAndNoHtml) {
    TempDir dir;
    const auto r = run_loud(dir);
    ASSERT_EQ(r.console.exit_code, 1) << r.console.err;
    const std::string md = test::read_file(r.reports / "summary.md");
    EXPECT_FALSE(has_raw_controls(md)) << md;
    EXPECT_THAT(md, Not(HasSubstr("<script>")));
    std::size_t rows = 0;
    for (const auto& line : split(md, '\n')) rows += line.starts_with("| ") ? 1 : 0;
    EXPECT_EQ(rows, 2u) << "header and the one gate\n" << md;
}

}  // namespace
}  // namespace tollgate
