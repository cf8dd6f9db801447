// End-to-end: `tollgate zones` in CI formats — GitHub annotations, step
// summary and outputs through real files, SARIF and GitLab code quality.
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

std::string inventory() {
    return test::migrations_inventory("CI formats").str();
}

class ZonesCi : public ::testing::Test {
protected:
    void SetUp() override {
        m_repo.write("tollgate.yml", inventory());
        m_repo.write("db/001.sql", "create table t;\n");
        m_repo.commit_all("base");
        m_repo.git("checkout -q -b packet/finance-ui");
        for (int i = 0; i < 12; ++i) m_repo.write("db/new, odd:" + std::to_string(i) + ".sql", "x\n");
        m_repo.write("ui.txt", "ui\n");
        m_repo.commit_all("finance ui");
    }
    // tollgate with the GitHub files pointing into m_files.
    test::CommandResult zones(const std::string& args, const std::string& env = "") const {
        const auto summary = (m_files.path() / "summary.md").string();
        const auto output = (m_files.path() / "output.txt").string();
        return sh("NO_COLOR=1 GITHUB_STEP_SUMMARY=" + shell_quote(summary) + " GITHUB_OUTPUT=" + shell_quote(output) +
                      " " + env + " " + shell_quote(TOLLGATE_BINARY) + " zones " + args,
                  m_repo.path());
    }

    GitRepo m_repo;
    TempDir m_files;
};

TEST_F(ZonesCi, GithubFormatAnnotatesAtMostTenViolationsAndWritesSummaryAndOutputs) {
    const auto r = zones("--format github");
    EXPECT_EQ(r.exit_code, 1) << r.err;
    std::size_t errors = 0;
    for (std::size_t at = r.out.find("::error "); at != std::string::npos; at = r.out.find("::error ", at + 1))
        ++errors;
    EXPECT_EQ(errors, 10u) << r.out;
    EXPECT_THAT(r.out, HasSubstr("::error file=db/new%2C odd%3A0.sql,title=tollgate%3A Zone Migrations"));
    EXPECT_THAT(r.out, HasSubstr("title=tollgate%3A 3 more zone violations::"));
    EXPECT_THAT(r.out, HasSubstr("12 violation(s)"));  // the readable report comes along
    const auto summary = read_file(m_files.path() / "summary.md");
    EXPECT_THAT(summary, HasSubstr("### tollgate zones: ❌ fail"));
    EXPECT_THAT(summary, HasSubstr("`db/new, odd:11.sql`"));  // all twelve, not just ten
    EXPECT_EQ(read_file(m_files.path() / "output.txt"), "verdict=fail\nviolations=12\n");
}

TEST_F(ZonesCi, GithubFormatAppendsToExistingFiles) {
    m_files.write("summary.md", "# earlier step text\n");
    m_files.write("output.txt", "other=1\n");
    ASSERT_EQ(zones("--format github").exit_code, 1);
    EXPECT_EQ(read_file(m_files.path() / "summary.md").rfind("# earlier step text\n", 0), 0u);
    EXPECT_EQ(read_file(m_files.path() / "output.txt"), "other=1\nverdict=fail\nviolations=12\n");
}

TEST_F(ZonesCi, MissingGithubVariablesAreNotedNotFatal) {
    const auto r = sh("NO_COLOR=1 env -u GITHUB_STEP_SUMMARY -u GITHUB_OUTPUT " + shell_quote(TOLLGATE_BINARY) +
                          " zones --format github",
                      m_repo.path());
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_THAT(r.err, HasSubstr("GITHUB_STEP_SUMMARY is not set (not inside a GitHub Actions step?)"));
    EXPECT_THAT(r.err, HasSubstr("GITHUB_OUTPUT is not set"));
}

TEST_F(ZonesCi, UnwritableGithubFilesAreEnvironmentErrors) {
    const auto r = zones("--format github", "GITHUB_STEP_SUMMARY=/nonexistent/dir/summary.md");
    EXPECT_EQ(r.exit_code, 3) << r.out;
    EXPECT_THAT(r.err, HasSubstr("cannot append to $GITHUB_STEP_SUMMARY ('/nonexistent/dir/summary.md')"));
    const auto dir = zones("--format github", "GITHUB_OUTPUT=" + shell_quote(m_files.path().string()));
    EXPECT_EQ(dir.exit_code, 3);
    EXPECT_THAT(dir.err, HasSubstr("cannot append to $GITHUB_OUTPUT"));
    EXPECT_THAT(dir.err, HasSubstr("it is a directory"));
}

TEST_F(ZonesCi, SarifAndCodeQualityGoToStdoutAndTheReportDir) {
    const auto sarif = zones("--format sarif --report-dir out");
    EXPECT_EQ(sarif.exit_code, 1) << sarif.err;
    const auto log = nlohmann::json::parse(sarif.out);
    EXPECT_EQ(log["version"], "2.1.0");
    EXPECT_EQ(log["runs"][0]["results"].size(), 12u);
    EXPECT_EQ(log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
              "db/new%2C%20odd%3A0.sql");
    EXPECT_EQ(log["runs"][0]["results"][0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
              "tollgate.yml");
    EXPECT_EQ(nlohmann::json::parse(read_file(m_repo.path() / "out/sarif.json")), log);
    const auto cq = zones("--format codequality");
    EXPECT_EQ(cq.exit_code, 1);
    const auto issues = nlohmann::json::parse(cq.out);
    EXPECT_EQ(issues.size(), 12u);
    EXPECT_EQ(nlohmann::json::parse(read_file(m_repo.path() / "out/codequality.json")), issues);
}

TEST_F(ZonesCi, ACleanChangeHasNoAnnotationsAndPasses) {
    m_repo.git("checkout -q main");
    m_repo.git("checkout -q -b packet/foundation");
    m_repo.write("db/002.sql", "alter;\n");
    m_repo.commit_all("foundation");
    const auto r = zones("--format github");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_THAT(r.out, Not(HasSubstr("::error")));
    EXPECT_EQ(read_file(m_files.path() / "output.txt"), "verdict=pass\nviolations=0\n");
}

TEST_F(ZonesCi, CiFormatsNeedAChangeNotPaths) {
    const auto r = zones("--format sarif db/001.sql");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_THAT(r.err, HasSubstr("report on a change, not a lookup of PATHs"));
}

}  // namespace
}  // namespace tollgate
