#include "runner/progress/history.hpp"

#include "runner/git/commit_log.hpp"
#include "runner/git/notes.hpp"

#include <unordered_map>

namespace tollgate {

std::string append_record(const Repository& repository, const std::string& commit, const HistoryRecord& record) {
    return append_note_text(repository, commit, to_json_line(record));
}

std::string append_record(const std::filesystem::path& repo_dir, const std::string& commit,
                          const HistoryRecord& record) {
    return append_record(Repository::discover(repo_dir), commit, record);
}

CommitRecords read_records(const std::filesystem::path& repo_dir, const std::string& commit) {
    const Repository repository = Repository::discover(repo_dir);
    const std::string id = resolve_commit_id(repository, commit);
    return parse_note(id, read_note_text(repository, id));
}

std::vector<CommitRecords> read_records_along(const Repository& repository, const std::vector<std::string>& commits) {
    std::unordered_map<std::string, std::string> by_commit;
    for (auto& note : read_all_notes(repository)) by_commit.emplace(std::move(note.commit), std::move(note.text));
    std::vector<CommitRecords> out;
    if (by_commit.empty()) return out;
    for (const auto& c : commits) {
        const auto it = by_commit.find(c);
        if (it != by_commit.end()) out.push_back(parse_note(c, it->second));
    }
    return out;
}

std::vector<CommitRecords> read_records_first_parent(const Repository& repository, const std::string& tip) {
    const std::vector<LoggedCommit> commits = log_commits(repository, tip);
    std::unordered_map<std::string_view, const LoggedCommit*> by_id;
    for (const auto& c : commits) by_id.emplace(c.id, &c);
    std::vector<std::string> chain;
    const LoggedCommit* at = commits.empty() ? nullptr : &commits.front();  // the tip comes first
    while (at != nullptr) {
        chain.push_back(at->id);
        const auto next = at->parents.empty() ? by_id.end() : by_id.find(at->parents.front());
        at = next == by_id.end() ? nullptr : next->second;
    }
    return read_records_along(repository, chain);
}

std::optional<CoverageBaseline> coverage_baseline_from_notes(const std::filesystem::path& repo_dir,
                                                             const std::string& commit, const std::string& gate_id) {
    const CommitRecords found = read_records(repo_dir, commit);
    for (auto r = found.records.rbegin(); r != found.records.rend(); ++r) {
        std::optional<double> line;
        if (gate_id.empty()) {
            line = r->coverage.line_percent;
        } else {
            for (const auto& g : r->gates) {
                if (g.id == gate_id && g.coverage && g.coverage->line_percent) line = g.coverage->line_percent;
            }
        }
        if (!line) continue;
        const auto percent = Percent::from_double(*line);
        if (!percent) continue;
        return CoverageBaseline{
            std::nullopt, percent,
            std::nullopt, "git note on " + found.commit.substr(0, 12) + " (" + k_tollgate_notes_ref + ")",
            {},           {}};
    }
    return std::nullopt;
}

}  // namespace tollgate
