#include "runner/git/rename_pairing.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace tollgate {
namespace {

// Entries over contents held in memory; counts what was read.
class Fixture final : public RenameContent {
public:
    void add(RenameRole role, std::string path, std::string content, std::uint32_t mode = 0100644) {
        m_paths.push_back(std::move(path));
        m_contents.push_back(std::move(content));
        m_roles.push_back(role);
        m_modes.push_back(mode);
    }
    std::uint64_t size(std::size_t index) override { return m_contents[index].size(); }
    const SimilaritySignature& signature(std::size_t index) override {
        ++signatures_read;
        auto [it, inserted] = m_signatures.try_emplace(index);
        if (inserted) it->second = SimilaritySignature(m_contents[index]);
        return it->second;
    }
    RenamePairing pair(const RenameOptions& options = {}) {
        m_entries.clear();
        for (std::size_t i = 0; i < m_paths.size(); ++i) {
            m_entries.push_back({m_roles[i], m_paths[i], m_modes[i], m_contents[i]});  // content as the id
        }
        return pair_renames(m_entries, *this, options);
    }
    int signatures_read = 0;

private:
    std::vector<std::string> m_paths;
    std::vector<std::string> m_contents;
    std::vector<RenameRole> m_roles;
    std::vector<std::uint32_t> m_modes;
    std::vector<RenameEntry> m_entries;
    std::map<std::size_t, SimilaritySignature> m_signatures;
};

// `count` lines of 24 bytes, the first `changed` of them different per `tag`.
std::string text(int count, int changed = 0, char tag = 'z') {
    std::string out;
    for (int i = 0; i < count; ++i) {
        std::string line = (i < changed ? std::string(1, tag) : std::string("base")) + " line " + std::to_string(i);
        line.resize(23, '.');
        out += line + "\n";
    }
    return out;
}

std::string pairs(const RenamePairing& p) {
    std::string out;
    for (const auto& m : p.matches) {
        out += std::to_string(m.source) + (m.copy ? "=>" : "->") + std::to_string(m.destination) + " ";
    }
    return out;
}

TEST(PairRenames, AnExactMatchPrefersTheSameBasenameThenTheFirstPath) {
    Fixture f;
    f.add(RenameRole::deleted, "a/one.txt", "same");
    f.add(RenameRole::deleted, "b/two.txt", "same");
    f.add(RenameRole::destination, "c/two.txt", "same");
    f.add(RenameRole::destination, "d/three.txt", "same");
    EXPECT_EQ(pairs(f.pair()), "1->2 0->3 ");
    EXPECT_EQ(f.signatures_read, 0);  // identical ids need no content
}

TEST(PairRenames, PairsAtExactlyTheThresholdButNotOneLineBelow) {
    Fixture f;
    f.add(RenameRole::deleted, "old.txt", text(100));
    f.add(RenameRole::destination, "new-50.txt", text(100, 50, 'p'));
    EXPECT_EQ(pairs(f.pair()), "0->1 ");
    Fixture g;
    g.add(RenameRole::deleted, "old.txt", text(100));
    g.add(RenameRole::destination, "new-49.txt", text(100, 51, 'p'));
    EXPECT_EQ(pairs(g.pair()), "");
}

TEST(PairRenames, TheBasenamePassPairsUniqueNamesBeforeTheMatrixCouldPreferAnother) {
    Fixture f;
    f.add(RenameRole::deleted, "a/util.c", text(100));
    f.add(RenameRole::destination, "b/other.c", text(100, 5, 'q'));  // 95 %: the matrix's choice
    f.add(RenameRole::destination, "c/util.c", text(100, 20, 'r'));  // 80 %: reaches 75 % first
    EXPECT_EQ(pairs(f.pair()), "0->2 ");
}

TEST(PairRenames, KeepsFourCandidatesReplacingTheFirstOfTheWorstByABetterOneOnly) {
    // One destination, six sources: four tied at 70 % fill the slots; one at
    // 80 % replaces the first of them; a later tie at 70 % replaces nothing.
    Fixture f;
    f.add(RenameRole::destination, "dest.txt", text(100));
    for (int i = 0; i < 4; ++i)
        f.add(RenameRole::deleted, "s" + std::to_string(i) + ".txt", text(100, 30, static_cast<char>('a' + i)));
    f.add(RenameRole::deleted, "s4.txt", text(100, 20, 'e'));
    f.add(RenameRole::deleted, "s5.txt", text(100, 30, 'f'));
    EXPECT_EQ(pairs(f.pair()), "5->0 ");
}

TEST(PairRenames, AtEqualScoresTheSameBasenameWinsThenTheEarlierDestination) {
    Fixture f;
    f.add(RenameRole::deleted, "a/x.txt", text(100));
    f.add(RenameRole::destination, "b/first.txt", text(100, 30, 'p'));
    f.add(RenameRole::destination, "b/second.txt", text(100, 30, 'q'));
    EXPECT_EQ(pairs(f.pair()), "0->1 ");
    Fixture g;
    g.add(RenameRole::deleted, "a/x.txt", text(100));
    g.add(RenameRole::destination, "b/first.txt", text(100, 30, 'p'));
    g.add(RenameRole::destination, "b/x.txt", text(100, 30, 'q'));
    g.add(RenameRole::destination, "c/x.txt", text(100, 30, 'r'));  // x.txt is no unique basename
    EXPECT_EQ(pairs(g.pair()), "0->2 ");
}

TEST(PairRenames, CopiesUseASourceAgainAndOnlyItsLastUseIsARename) {
    Fixture f;
    f.add(RenameRole::deleted, "a.txt", text(100));
    f.add(RenameRole::destination, "b.txt", text(100, 10, 'p'));
    f.add(RenameRole::destination, "c.txt", text(100, 10, 'q'));
    f.add(RenameRole::kept, "k.txt", text(60, 0, 'k'));
    f.add(RenameRole::destination, "l.txt", text(60, 5, 'l'));
    RenameOptions copies;
    copies.detect = RenameDetection::copies;
    EXPECT_EQ(pairs(f.pair(copies)), "0=>1 0->2 3=>4 ");
    EXPECT_EQ(pairs(f.pair()), "0->1 ");  // without copies: one use, no kept source
}

TEST(PairRenames, SkipsTheMatrixPastTheRenameLimitButKeepsExactAndBasenamePairs) {
    Fixture f;
    f.add(RenameRole::deleted, "a/keep.c", text(100));
    f.add(RenameRole::deleted, "a/one.c", text(100, 0, 'o'));
    f.add(RenameRole::deleted, "a/two.c", text(100, 100, 'w'));
    f.add(RenameRole::destination, "b/keep.c", text(100, 10, 'k'));
    f.add(RenameRole::destination, "b/uno.c", text(100, 10, 'u'));
    f.add(RenameRole::destination, "b/dos.c", text(100, 10, 'd'));
    RenameOptions limited;
    limited.limit = 1;
    const auto p = f.pair(limited);
    EXPECT_EQ(pairs(p), "0->3 ");
    EXPECT_TRUE(p.limit_exceeded);
    EXPECT_EQ(p.destinations_left * p.sources_left, 4U);
}

TEST(PairRenames, LinksPairOnlyWhenIdenticalAndNeverWithARegularFile) {
    Fixture f;
    f.add(RenameRole::deleted, "old-link", "target/path", 0120000);
    f.add(RenameRole::destination, "new-link", "target/path2", 0120000);
    f.add(RenameRole::deleted, "file.txt", "same text");
    f.add(RenameRole::destination, "link-to-same", "same text", 0120000);
    EXPECT_EQ(pairs(f.pair()), "");
}

TEST(PairRenames, EmptyFilesPairOnlyExactly) {
    Fixture f;
    f.add(RenameRole::deleted, "a/empty.txt", "");
    f.add(RenameRole::deleted, "a/full.txt", text(3));
    f.add(RenameRole::destination, "b/empty.txt", text(3, 1));
    f.add(RenameRole::destination, "b/new.txt", "");
    EXPECT_EQ(pairs(f.pair()), "1->2 0->3 ");
}

TEST(PairRenames, DetectsNothingWhenRenamesAreOff) {
    Fixture f;
    f.add(RenameRole::deleted, "a", "x");
    f.add(RenameRole::destination, "b", "x");
    RenameOptions off;
    off.detect = RenameDetection::off;
    EXPECT_EQ(pairs(f.pair(off)), "");
}

}  // namespace
}  // namespace tollgate
