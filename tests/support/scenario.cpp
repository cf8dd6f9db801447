#include "tests/support/scenario.hpp"

namespace tollgate::test {

const std::string& foundation_plan() {
    static const std::string plan = R"(version: 1
project: Check demo
base: main
start: 2025-01-20
packets:
  - id: lead
    branches: ["plan/*"]
  - id: foundation
    effort: 1d
    branches: ["packet/foundation", "packet/foundation/*"]
    gates: [migrate]
  - id: services
    effort: 1d
    after: [foundation, cp-1]
    branches: ["packet/services"]
    gates: [unit, look]
zones:
  - name: Plan
    paths: ["/tollgate.yml"]
    owner: lead
    rule: exclusive
  - name: Migrations
    paths: ["database/migrations/"]
    owner: foundation
    rule: exclusive
gates:
  - id: migrate
    run: "true"
  - id: unit
    run: "test ! -e FAIL_UNIT"
  - id: look
    manual: true
  - id: docs
    run: "true"
    changed: ["docs/"]
checkpoints:
  - id: cp-1
    after: [foundation]
    due: 2
    gates: [migrate]
triggers:
  - when: packet.delay > 4h
    action: notify
    message: escalate-to-lead
)";
    return plan;
}

Scenario::Scenario(const std::string& plan) {
    m_repo.write("tollgate.yml", plan);
    m_repo.write("database/migrations/001.sql", "create table t (id int);\n");
    m_repo.write("README.md", "demo\n");
    m_repo.commit_all("base");
}

std::string Scenario::branch(const std::string& branch, const Files& files, const std::string& message,
                             const std::string& from) const {
    m_repo.git("checkout -q -b " + shell_quote(branch) + " " + shell_quote(from));
    for (const auto& [path, content] : files) m_repo.write(path, content);
    return m_repo.commit_all(message);
}

void Scenario::merge(const std::string& branch) const {
    m_repo.git("checkout -q main");
    m_repo.git("merge -q --no-ff " + shell_quote(branch) + " -m " + shell_quote("Merge " + branch));
}

void Scenario::merge_foundation() const {
    branch("packet/foundation", {{"database/migrations/002.sql", "create table u (id int);\n"}},
           "foundation: second migration");
    merge("packet/foundation");
}

void Scenario::services_after_foundation(const std::string& message) const {
    merge_foundation();
    branch("packet/services", {{"src/service.py", "pass\n"}}, message);
}

}  // namespace tollgate::test
