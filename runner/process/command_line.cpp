#include "runner/process/command_line.hpp"

#include <algorithm>
#include <array>

namespace tollgate {

namespace {

// Words that sh treats as syntax or as builtins acting on the shell itself;
// exec'ing them would fail or do nothing (GNU make keeps a similar list).
constexpr std::array<std::string_view, 31> k_shell_words = {
    ".",    ":",    "alias", "bg",       "break",  "case", "cd",     "command", "continue", "do",  "done",
    "elif", "else", "esac",  "eval",     "exec",   "exit", "export", "fg",      "fi",       "for", "getopts",
    "if",   "jobs", "read",  "readonly", "return", "set",  "shift",  "source",  "then",
};
constexpr std::array<std::string_view, 8> k_more_shell_words = {
    "trap", "ulimit", "umask", "unalias", "unset", "until", "wait", "while",
};

bool is_shell_word(const std::string& word) {
    const auto eq = [&](std::string_view w) { return w == word; };
    return std::any_of(k_shell_words.begin(), k_shell_words.end(), eq) ||
           std::any_of(k_more_shell_words.begin(), k_more_shell_words.end(), eq);
}

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

}  // namespace

std::optional<std::vector<std::string>> split_words(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    bool in_word = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (is_blank(c)) {
            if (in_word) words.push_back(std::move(word));
            word.clear();
            in_word = false;
            continue;
        }
        in_word = true;
        if (c == '\\') {
            if (++i == text.size()) return std::nullopt;
            word += text[i];
        } else if (c == '\'') {
            const auto close = text.find('\'', i + 1);
            if (close == std::string_view::npos) return std::nullopt;
            word.append(text.substr(i + 1, close - i - 1));
            i = close;
        } else if (c == '"') {
            for (++i;; ++i) {
                if (i >= text.size()) return std::nullopt;
                if (text[i] == '"') break;
                if (text[i] == '\\' && i + 1 < text.size() && (text[i + 1] == '\\' || text[i + 1] == '"')) ++i;
                word += text[i];
            }
        } else {
            word += c;
        }
    }
    if (in_word) words.push_back(std::move(word));
    return words;
}

bool needs_shell(std::string_view text) {
    if (text.find_first_of(shell_metacharacters) != std::string_view::npos) return true;
    const auto words = split_words(text);
    if (!words) return true;  // let sh report the unbalanced quote in its own words
    return !words->empty() && is_shell_word(words->front());
}

ResolvedCommand resolve_command(const Command& command) {
    ResolvedCommand out;
    if (command.is_argv) {
        out.argv = command.argv;
        return out;
    }
    if (!needs_shell(command.text)) {
        out.argv = *split_words(command.text);
        return out;
    }
    out.via_shell = true;
    out.argv = {shell_program, "-c", command.text};
    return out;
}

}  // namespace tollgate
