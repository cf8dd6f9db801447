#include "runner/report/junit_xml.hpp"

#include "runner/process/captured_output.hpp"
#include "runner/report/escape.hpp"
#include "runner/report/results_json.hpp"

#include <pugixml.hpp>

#include <cstdio>
#include <map>
#include <set>
#include <sstream>

namespace tollgate {

namespace {

struct Tally {
    int tests = 0;
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    long long ms = 0;

    void add(const GateResult& g) {
        ++tests;
        ms += g.duration.count();
        switch (g.status) {
            case GateStatus::failed:
            case GateStatus::timeout: ++failures; break;
            case GateStatus::error:
            case GateStatus::interrupted: ++errors; break;
            case GateStatus::skipped:
            case GateStatus::manual: ++skipped; break;
            case GateStatus::passed: break;
        }
    }
    void write(pugi::xml_node node) const {
        node.append_attribute("tests") = tests;
        node.append_attribute("failures") = failures;
        node.append_attribute("errors") = errors;
        node.append_attribute("skipped") = skipped;
        node.append_attribute("time") = format_seconds(Millis(ms)).c_str();
    }
};

// One line for an attribute: reporters show `message` as a title.
std::string one_line(const std::string& text) {
    std::string out = xml_safe(text);
    for (auto& c : out) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    return out;
}

std::string failure_body(const GateResult& g) {
    std::string body;
    if (!g.reason.empty()) body += g.reason + "\n";
    if (g.output.size() > junit_output_limit) {
        body += omitted_marker(g.output.size() - junit_output_limit).substr(1);
        body += utf8_tail(g.output, junit_output_limit);
    } else {
        body += g.output;
    }
    return xml_safe(body);
}

void add_testcase(pugi::xml_node suite, const std::string& suite_name, const GateResult& g) {
    auto tc = suite.append_child("testcase");
    tc.append_attribute("name") = xml_safe(g.id).c_str();
    tc.append_attribute("classname") = xml_safe(suite_name).c_str();
    tc.append_attribute("time") = format_seconds(g.duration).c_str();
    const auto detail = [&](const char* element, const std::string& type) {
        auto node = tc.append_child(element);
        node.append_attribute("message") = one_line(g.outcome.empty() ? g.reason : g.outcome).c_str();
        node.append_attribute("type") = type.c_str();
        node.text().set(failure_body(g).c_str());
    };
    switch (g.status) {
        case GateStatus::passed: break;
        case GateStatus::failed: detail("failure", "failed"); break;
        case GateStatus::timeout: detail("failure", "timeout"); break;
        case GateStatus::error: detail("error", "error"); break;
        case GateStatus::interrupted: detail("error", "interrupted"); break;
        case GateStatus::skipped:
        case GateStatus::manual:
            tc.append_child("skipped").append_attribute("message") = one_line(g.reason).c_str();
            break;
    }
}

}  // namespace

std::string render_junit_xml(const RunResult& result) {
    // Suites in order of first appearance, so the file is stable run to run.
    std::vector<std::string> order;
    std::map<std::string, std::vector<const GateResult*>> members;
    for (const auto& g : result.gates) {
        std::set<std::string> suites(g.packets.begin(), g.packets.end());
        suites.insert(g.checkpoints.begin(), g.checkpoints.end());
        if (suites.empty()) suites.insert("gates");
        for (const auto& s : suites) {
            if (!members.contains(s)) order.push_back(s);
            members[s].push_back(&g);
        }
    }

    pugi::xml_document doc;
    auto decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    auto root = doc.append_child("testsuites");
    root.append_attribute("name") = "tollgate";
    Tally total;
    for (const auto& name : order) {
        auto suite = root.append_child("testsuite");
        suite.append_attribute("name") = xml_safe(name).c_str();
        Tally tally;
        for (const auto* g : members[name]) tally.add(*g);
        tally.write(suite);
        for (const auto* g : members[name]) {
            add_testcase(suite, name, *g);
            total.add(*g);
        }
    }
    total.write(root);
    std::ostringstream out;
    doc.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    return out.str();
}

}  // namespace tollgate
