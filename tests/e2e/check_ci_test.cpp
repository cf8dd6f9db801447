// End-to-end: `tollgate check` in CI formats — GitHub annotations for zone
// violations, failing gates and uncovered changed lines; SARIF and GitLab code
// quality; the files GitHub names.
#include "tests/support/git_repo.hpp"
#include "tests/support/inventory_text.hpp"
#include "tests/support/shell.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tollgate {
namespace {

using test::GitRepo;
using test::read_file;
using test::sh;
using test::shell_quote;
using test::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

// The coverage gate "measures" with a fixed lcov tracefile: of src/app.py's
// lines 1-4, lines 2-3 never ran.
std::string inventory() {
    return test::InventoryText("Check CI formats")
        .packet("foundation", {"packet/foundation"}, {"gates: [coverage]"})
        .packet("finance-ui", {"packet/finance-ui"}, {"gates: [coverage]"})
        .zone("Migrations", "db/", "foundation", "exclusive")
        .gate("coverage",
              {R"(run: "printf 'TN:\nSF:src/app.py\nDA:1,1\nDA:2,0\nDA:3,0\nDA:4,1\nend_of_record\n' > cov.info")",
               "coverage: {report: cov.info, format: lcov, patch-min: 0}"})
        .str();
}

class CheckCi : public ::testing::Test {
protected:
    void SetUp() override {
        m_repo.write("tollgate.yml", inventory());
        m_repo.write(".gitignore", "cov.info\nout/\n");
        m_repo.write("db/001.sql", "create table t;\n");
        m_repo.commit_all("base");
        m_repo.git("checkout -q -b packet/finance-ui");
        m_repo.write("src/app.py", "a = 1\nb = 2\nc = 3\nd = 4\n");
    }
    test::CommandResult check(const std::string& args) const {
        return sh("NO_COLOR=1 GITHUB_STEP_SUMMARY=" + shell_quote((m_files.path() / "summary.md").string()) +
                      " GITHUB_OUTPUT=" + shell_quote((m_files.path() / "output.txt").string()) + " " +
                      shell_quote(TOLLGATE_BINARY) + " check " + args,
                  m_repo.path());
    }

    GitRepo m_repo;
    TempDir m_files;
};

TEST_F(CheckCi, GithubFormatAnnotatesViolationsAndUncoveredChangedLines) {
    m_repo.write("db/002.sql", "alter;\n");
    m_repo.commit_all("finance ui");
    const auto r = check("--format github --report-dir out");
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    EXPECT_THAT(r.out, HasSubstr("::error file=db/002.sql,title=tollgate%3A Zone Migrations (exclusive%2C owner "
                                 "foundation)::"));
    EXPECT_THAT(r.out, HasSubstr("::warning file=src/app.py,line=2,endLine=3,title="));
    const auto summary = read_file(m_files.path() / "summary.md");
    EXPECT_THAT(summary, HasSubstr("### tollgate check: ❌ fail"));
    EXPECT_THAT(summary, HasSubstr("| `src/app.py` | 2-3 |"));
    const auto outputs = read_file(m_files.path() / "output.txt");
    EXPECT_THAT(outputs, HasSubstr("verdict=fail\n"));
    EXPECT_THAT(outputs, HasSubstr("results-path=out/results.json\n"));
    EXPECT_THAT(outputs, HasSubstr("sarif-path=out/sarif.json\n"));
    const auto sarif = nlohmann::json::parse(read_file(m_repo.path() / "out/sarif.json"));
    EXPECT_EQ(sarif["runs"][0]["results"].size(), 1u);
    EXPECT_EQ(sarif["runs"][0]["results"][0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
              "tollgate.yml");
    EXPECT_TRUE(std::filesystem::exists(m_repo.path() / "out/codequality.json"));
    EXPECT_TRUE(std::filesystem::exists(m_repo.path() / "out/results.json"));
}

TEST_F(CheckCi, ACleanChangePassesWithOnlyCoverageWarnings) {
    m_repo.commit_all("finance ui");
    const auto r = check("--format github");
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_THAT(r.out, Not(HasSubstr("::error")));
    EXPECT_THAT(r.out, HasSubstr("::warning file=src/app.py,line=2,endLine=3"));
    EXPECT_EQ(read_file(m_files.path() / "output.txt"), "verdict=pass\nfailures=0\n");
}

TEST_F(CheckCi, SarifAndCodeQualityFormats) {
    m_repo.write("db/002.sql", "alter;\n");
    m_repo.commit_all("finance ui");
    const auto sarif = check("--format sarif");
    EXPECT_EQ(sarif.exit_code, 1);
    EXPECT_EQ(nlohmann::json::parse(sarif.out)["version"], "2.1.0");
    const auto cq = check("--format codequality");
    EXPECT_EQ(cq.exit_code, 1);
    const auto issues = nlohmann::json::parse(cq.out);
    ASSERT_EQ(issues.size(), 2u);  // the violation and the uncovered range
    EXPECT_EQ(issues[0]["severity"], "critical");
    EXPECT_EQ(issues[1]["location"]["lines"]["begin"], 2);
}

}  // namespace
}  // namespace tollgate
