#include "runner/progress/note_records.hpp"

#include <algorithm>

namespace tollgate {

std::string NoteProblem::describe() const {
    return "note on " + commit.substr(0, 12) + " line " + std::to_string(line) + ": " + message;
}

CommitRecords parse_note(const std::string& commit, std::string_view text) {
    CommitRecords out;
    out.commit = commit;
    int number = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        const std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++number;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        RecordLine parsed = parse_record_line(line);
        if (parsed.record) {
            out.records.push_back(std::move(*parsed.record));
        } else {
            out.problems.push_back({commit, number, std::move(parsed.problem), parsed.newer});
        }
    }
    return out;
}

}  // namespace tollgate
