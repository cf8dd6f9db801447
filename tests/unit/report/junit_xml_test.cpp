#include "runner/report/junit_xml.hpp"

#include "tests/support/shell.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/unit/report/sample_run.hpp"

#include <gtest/gtest.h>
#include <pugixml.hpp>

namespace tollgate {
namespace {

pugi::xml_document parse(const std::string& xml) {
    pugi::xml_document doc;
    const auto ok = doc.load_string(xml.c_str());
    EXPECT_TRUE(ok) << ok.description() << "\n" << xml;
    return doc;
}

TEST(JunitXml, OneSuitePerPacketOrCheckpointAndGatesForTheRest) {
    const auto doc = parse(render_junit_xml(test::sample_run()));
    const auto root = doc.child("testsuites");
    std::vector<std::string> suites;
    for (const auto s : root.children("testsuite")) suites.push_back(s.attribute("name").value());
    EXPECT_EQ(suites, (std::vector<std::string>{"cp-1", "foundation", "gates"}));
    // migrate is in foundation and cp-1: one testcase in each.
    EXPECT_EQ(root.attribute("tests").as_int(), 7);
    EXPECT_EQ(root.attribute("failures").as_int(), 2);
    EXPECT_EQ(root.attribute("skipped").as_int(), 2);
    EXPECT_EQ(root.attribute("errors").as_int(), 0);
}

TEST(JunitXml, TestcasesCarryTimeAsAPlainDecimal) {
    const auto doc = parse(render_junit_xml(test::sample_run()));
    const auto tc = doc.select_node("//testcase[@name='migrate']").node();
    EXPECT_STREQ(tc.attribute("time").value(), "1.42");
    EXPECT_STREQ(tc.attribute("classname").value(), "cp-1");
    const auto suite = doc.select_node("//testsuite[@name='foundation']").node();
    EXPECT_STREQ(suite.attribute("time").value(), "2.84");
    EXPECT_EQ(suite.attribute("tests").as_int(), 2);
}

TEST(JunitXml, FailuresSkipsAndTimeoutsUseTheStandardElements) {
    const auto doc = parse(render_junit_xml(test::sample_run()));
    const auto lint = doc.select_node("//testcase[@name='lint']/failure").node();
    EXPECT_STREQ(lint.attribute("message").value(), "exit 1");
    EXPECT_STREQ(lint.attribute("type").value(), "failed");
    const std::string body = lint.text().get();
    EXPECT_NE(body.find("bad <thing> & ]]>"), std::string::npos) << body;
    EXPECT_NE(body.find("\\x1B[31mred"), std::string::npos) << body;
    EXPECT_NE(body.find("\\xFF"), std::string::npos) << body;
    EXPECT_STREQ(doc.select_node("//testcase[@name='hang']/failure").node().attribute("type").value(), "timeout");
    EXPECT_STREQ(doc.select_node("//testcase[@name='deploy']/skipped").node().attribute("message").value(),
                 "needs 'lint' which failed");
    EXPECT_TRUE(doc.select_node("//testcase[@name='review']/skipped"));
    EXPECT_FALSE(doc.select_node("//testcase[@name='flaky']/*"));
}

TEST(JunitXml, ErrorsAndInterruptionsAreErrors) {
    auto run = test::sample_run();
    run.gates[0].status = GateStatus::error;
    run.gates[0].outcome = "command not found: php";
    run.gates[1].status = GateStatus::interrupted;
    const auto doc = parse(render_junit_xml(run));
    EXPECT_STREQ(doc.select_node("//testcase[@name='migrate']/error").node().attribute("message").value(),
                 "command not found: php");
    EXPECT_STREQ(doc.select_node("//testcase[@name='lint']/error").node().attribute("type").value(), "interrupted");
}

TEST(JunitXml, HugeOutputIsTruncatedToItsTail) {
    auto run = test::sample_run();
    run.gates[1].output = std::string(1 << 20, 'x') + "LAST LINE\n";
    const auto xml = render_junit_xml(run);
    EXPECT_LT(xml.size(), junit_output_limit + 8192);
    EXPECT_NE(xml.find("LAST LINE"), std::string::npos);
    EXPECT_NE(xml.find("bytes omitted"), std::string::npos);
}

TEST(JunitXml, EmptyRunIsStillAValidDocument) {
    const auto doc = parse(render_junit_xml(RunResult{}));
    EXPECT_EQ(doc.child("testsuites").attribute("tests").as_int(), 0);
}

TEST(JunitXml, PythonsXmlParserAcceptsIt) {
    if (test::sh("command -v python3").exit_code != 0) GTEST_SKIP() << "python3 not installed";
    test::TempDir dir;
    auto run = test::sample_run();
    run.gates[1].output += std::string("\x01\x02\x0b\x0c", 4) + "\xef\xbf\xbe" + "\xed\xa0\x80";
    const auto file = dir.write("junit.xml", render_junit_xml(run));
    const auto r = test::sh(
        "python3 -c 'import sys, xml.etree.ElementTree as ET; "
        "t = ET.parse(sys.argv[1]); r = t.getroot(); "
        "assert r.tag == \"testsuites\"; "
        "cases = r.findall(\"testsuite/testcase\"); "
        "assert all(c.get(\"name\") and c.get(\"classname\") for c in cases); "
        "[float(c.get(\"time\")) for c in cases]; print(len(cases))' " +
        test::shell_quote(file.string()));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "7\n");
}

}  // namespace
}  // namespace tollgate
