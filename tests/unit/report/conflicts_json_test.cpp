#include "runner/report/conflicts_json.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tollgate {
namespace {

ConflictsResult two_branches() {
    ConflictsResult r;
    r.base_ref = "main";
    r.base_commit = "abc";
    r.branches.push_back({"packet/a", "refs/heads/packet/a", "a", "c1", "m1", {"db/x.sql", "ok\xff.txt"}});
    r.branches.push_back({"packet/b", "refs/heads/packet/b", "", "c2", "m2", {"db/x.sql"}});
    ConflictPair pair;
    pair.first = 0;
    pair.second = 1;
    pair.overlap.push_back({"db/x.sql", "Database", "exclusive", {"a"}});
    pair.overlap.push_back({"ok\xff.txt", "", "", {}});
    pair.conflicts.push_back({"db/x.sql", "Database", "exclusive", {"a", "b"}});
    r.pairs.push_back(pair);
    r.skipped.push_back({"packet/c", "no merge base"});
    r.notes.push_back("one note");
    return r;
}

TEST(ConflictsJson, WritesTheDocumentedFieldsInTheirOrderByteForByte) {
    // The members in the order the document has always had (it was an
    // nlohmann::ordered_json), paths not UTF-8 with one U+FFFD per bad byte
    // and their exact bytes in base64.
    const auto expected = nlohmann::ordered_json::parse(R"({"version":1,"verb":"conflicts","verdict":"fail",
        "base":"main","base_commit":"abc",
        "branches":[{"name":"packet/a","ref":"refs/heads/packet/a","packet":"a","commit":"c1","merge_base":"m1",
                     "changed":["db/x.sql","ok\ufffd.txt"]},
                    {"name":"packet/b","ref":"refs/heads/packet/b","packet":null,"commit":"c2","merge_base":"m2",
                     "changed":["db/x.sql"]}],
        "pairs":[{"a":"packet/a","b":"packet/b",
                  "overlap":[{"path":"db/x.sql","zone":"Database","rule":"exclusive","owner":"a","owners":["a"]},
                             {"path":"ok\ufffd.txt","path_bytes":"b2v/LnR4dA==","zone":null,"rule":null,"owner":null,
                              "owners":[]}],
                  "conflicts":[{"path":"db/x.sql","zone":"Database","rule":"exclusive","owner":"a, b",
                                "owners":["a","b"]}],
                  "blocking":true}],
        "pair_count":1,"skipped":[{"name":"packet/c","reason":"no merge base"}],"notes":["one note"]})");
    EXPECT_EQ(render_conflicts_json(two_branches()), expected.dump(2) + "\n");
}

TEST(ConflictsJson, WritesEmptyListsForNoBranches) {
    const auto j = nlohmann::json::parse(render_conflicts_json(ConflictsResult{}));
    EXPECT_EQ(j["verdict"], "pass");
    EXPECT_TRUE(j["branches"].empty());
    EXPECT_TRUE(j["pairs"].empty());
    EXPECT_EQ(j["pair_count"], 0);
}

}  // namespace
}  // namespace tollgate
