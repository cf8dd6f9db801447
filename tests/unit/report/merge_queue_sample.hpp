#pragma once

// One merge list for the merge_queue renderers' tests: packet/a may merge
// first and conflicts with packet/b on routes.py; packet/b may merge after
// it; packet/c may not (a zone violation) and waits for packet/a.

#include "runner/progress/merge_queue.hpp"

namespace tollgate::test {

inline MergeQueue sample_merge_queue() {
    MergeQueue q;
    q.project = "demo";
    q.base_ref = "main";
    q.base_commit = std::string(40, 'b');
    MergeBranch a;
    a.name = "packet/a";
    a.ref = "refs/heads/packet/a";
    a.packet = "a";
    a.commit = std::string(40, '1');
    a.merge_base = q.base_commit;
    a.verdict = {true, {}, {"checkpoint cp-1 is overdue: due 2025-01-20"}};
    a.conflicts.push_back({"packet/b", true, false, {"routes.py"}});
    a.position = 1;
    MergeBranch b = a;
    b.name = "packet/b";
    b.ref = "refs/heads/packet/b";
    b.packet = "b";
    b.verdict = {true, {}, {}};
    b.conflicts = {{"packet/a", true, false, {"routes.py"}}};
    b.position = 2;
    MergeBranch c = a;
    c.name = "packet/c";
    c.ref = "refs/heads/packet/c";
    c.packet = "c";
    c.verdict = {false, {"c may not modify m.sql: zone M is exclusive to a"}, {}};
    c.conflicts.clear();
    c.after_branches = {"packet/a"};
    c.position.reset();
    q.branches = {a, b, c};
    q.skipped.push_back({"packet/old", "nothing in flight: already merged into main"});
    return q;
}

}  // namespace tollgate::test
