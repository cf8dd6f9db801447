#include "runner/init/codeowners_reader.hpp"

#include "runner/core/text.hpp"
#include "runner/patterns/path_pattern.hpp"

#include <cctype>

namespace tollgate {

namespace {

// Splits on unescaped blanks; `\ ` and `\#` stay in the pattern as written.
std::vector<std::string> split_fields(std::string_view text, std::string& trailing_comment) {
    std::vector<std::string> fields;
    std::string current;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' && i + 1 < text.size()) {
            current += c;
            current += text[++i];
        } else if (c == '#' && current.empty()) {
            trailing_comment = std::string(trim(text.substr(i + 1)));
            break;
        } else if (c == ' ' || c == '\t') {
            if (!current.empty()) fields.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) fields.push_back(std::move(current));
    return fields;
}

bool looks_like_owner(std::string_view owner) {
    if (owner.size() > 1 && owner.front() == '@') return true;
    const auto at = owner.find('@');
    return at != std::string_view::npos && at > 0 && owner.find('.', at) != std::string_view::npos;
}

}  // namespace

CodeownersFile read_codeowners(std::string_view text, std::string path) {
    CodeownersFile file;
    file.path = std::move(path);
    int number = 0;
    for (auto raw : split(text, '\n')) {
        ++number;
        if (!raw.empty() && raw.back() == '\r') raw.pop_back();
        const auto line = trim(raw);
        CodeownersLine entry;
        entry.line = number;
        if (line.empty()) {
            file.lines.push_back(entry);
            continue;
        }
        if (line.front() == '#') {
            entry.kind = CodeownersLine::Kind::comment;
            entry.comment = std::string(trim(line.substr(1)));
            file.lines.push_back(std::move(entry));
            continue;
        }
        entry.kind = CodeownersLine::Kind::rule;
        auto fields = split_fields(line, entry.comment);
        entry.pattern = fields.front();
        entry.owners.assign(fields.begin() + 1, fields.end());
        auto warn = [&](std::string message) { file.warnings.push_back({number, std::move(message)}); };
        std::string error;
        if (entry.pattern.front() == '!') {
            warn("'" + printable(entry.pattern) +
                 "': negation ('!') is not supported by CODEOWNERS; GitHub ignores this line");
            entry.supported = false;
        } else if (entry.pattern.find('[') != std::string::npos) {
            warn("'" + printable(entry.pattern) +
                 "': character ranges ('[...]') are not supported by CODEOWNERS; GitHub matches them literally");
        } else if (!PathPattern::compile(entry.pattern, error)) {
            warn("'" + printable(entry.pattern) + "': " + error);
            entry.supported = false;
        }
        for (const auto& owner : entry.owners) {
            if (!looks_like_owner(owner)) {
                warn("owner '" + printable(owner) + "' is neither @user, @org/team nor an e-mail address");
            }
        }
        file.lines.push_back(std::move(entry));
    }
    // A file's final newline leaves one empty field: not a line of its own.
    if (!file.lines.empty() && file.lines.back().kind == CodeownersLine::Kind::blank && !text.empty() &&
        text.back() == '\n') {
        file.lines.pop_back();
    }
    return file;
}

std::optional<std::string> find_codeowners(const std::filesystem::path& root) {
    for (const char* candidate : {".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"}) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(root / candidate, ec)) return std::string(candidate);
    }
    return std::nullopt;
}

}  // namespace tollgate
