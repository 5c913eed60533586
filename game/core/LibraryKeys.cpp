#include <core/LibraryKeys.hpp>

#include <core/Distractors.hpp>
#include <core/QuestionBuilder.hpp>
#include <core/TextNormalizer.hpp>

#include <climits>
#include <optional>

namespace yaddas::core {
namespace {

/// Numbers texts: equal texts, equal numbers.
class Numbering {
public:
    LibraryKeys::Key of(std::string text) {
        return numbers_.emplace(std::move(text), static_cast<LibraryKeys::Key>(numbers_.size()))
            .first->second;
    }
    std::optional<LibraryKeys::Key> find(const std::string& text) const {
        auto it = numbers_.find(text);
        return it == numbers_.end() ? std::nullopt : std::optional<LibraryKeys::Key>(it->second);
    }
    std::size_t size() const { return numbers_.size(); }

private:
    std::unordered_map<std::string, LibraryKeys::Key> numbers_;
};

void sortUnique(std::vector<LibraryKeys::Key>& keys) {
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

/// A name split at spaces, as QuestionBuilder::acceptedNames splits it.
std::vector<std::string> wordsOfName(const std::string& name) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < name.size()) {
        std::size_t end = name.find(' ', start);
        if (end == std::string::npos) {
            end = name.size();
        }
        if (end > start) {
            out.push_back(name.substr(start, end - start));
        }
        start = end + 1;
    }
    return out;
}

} // namespace

std::vector<std::string_view> LibraryKeys::split(std::string_view key) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start < key.size()) {
        std::size_t end = key.find(' ', start);
        if (end == std::string_view::npos) {
            end = key.size();
        }
        if (end > start) {
            out.push_back(key.substr(start, end - start));
        }
        start = end + 1;
    }
    return out;
}

LibraryKeys::LibraryKeys(const std::vector<Module>& modules) {
    Numbering ids;
    Numbering names;
    Numbering roleWords;
    Numbering moduleIds;
    std::unordered_map<std::string, std::size_t> nameWordAt;
    for (std::size_t k = 0; k < modules.size(); ++k) {
        const Module& m = modules[k];
        firstPerson_.push_back(people_.size());
        moduleIds_.push_back(moduleIds.of(m.id));
        for (std::size_t i = 0; i < m.people.size(); ++i) {
            const Person& p = m.people[i];
            PersonKey key;
            key.module = k;
            key.index = i;
            key.id = ids.of(p.meta.id);
            key.nameEn = names.of(TextNormalizer::nameKey(p.nameEn));
            key.born = p.born.valid() ? p.born.year() : INT_MIN;
            key.died = p.died.valid() ? p.died.year() : INT_MIN;
            for (const std::string& spelling : p.spellings()) {
                key.spellings.push_back(names.of(TextNormalizer::nameKey(spelling)));
            }
            for (std::string& word : Distractors::contentWords(p.role)) {
                key.roleWords.push_back(roleWords.of(std::move(word)));
            }
            sortUnique(key.roleWords);
            key.victim = p.isVictim();
            key.womanRole = QuestionBuilder::revealsWoman(p.role);
            key.noNameEn = p.nameEn.empty();

            const std::string nameKey = TextNormalizer::plainKey(p.nameEn);
            if (!nameKey.empty()) {
                NamedPerson named{people_.size(), {}};
                for (std::string_view w : split(nameKey)) {
                    named.words.emplace_back(w);
                }
                namesByFirstWord_[named.words.front()].push_back(std::move(named));
            }

            std::vector<std::string> forms{p.nameEn, p.nameAz};
            forms.insert(forms.end(), p.otherSpellings.begin(), p.otherSpellings.end());
            for (const std::string& form : forms) {
                for (std::string& word : wordsOfName(form)) {
                    auto [it, added] = nameWordAt.emplace(word, nameWords_.size());
                    if (added) {
                        nameWords_.push_back(
                            {word.size(), TextNormalizer::nameKey(word), key.id, false});
                    } else if (nameWords_[it->second].owner != key.id) {
                        nameWords_[it->second].owners = true;
                    }
                }
            }
            people_.push_back(std::move(key));
        }
    }
    firstPerson_.push_back(people_.size());
    nameKeyCount_ = names.size();

    Numbering kinds;
    Numbering words;
    Numbering definitions;
    std::vector<std::string> definitionKeys;
    std::size_t longest = 0; // the most words a term's word has
    for (std::size_t k = 0; k < modules.size(); ++k) {
        firstTerm_.push_back(terms_.size());
        for (std::size_t i = 0; i < modules[k].terms.size(); ++i) {
            const Term& t = modules[k].terms[i];
            TermKey key;
            key.module = k;
            key.index = i;
            key.id = ids.of(t.meta.id);
            key.kind = kinds.of(t.kind);
            const std::string word = TextNormalizer::plainKey(t.word);
            longest = std::max(longest, split(word).size());
            key.word = words.of(word);
            definitionKeys.push_back(TextNormalizer::plainKey(t.definition));
            key.definition = definitions.of(definitionKeys.back());
            key.noDefinition = t.definition.empty();
            terms_.push_back(std::move(key));
        }
    }
    firstTerm_.push_back(terms_.size());
    // " " + word + " " stands in " " + definition + " " when the word's words follow each other
    // in the definition; an empty word stands only in an empty definition ("  ").
    const auto emptyWord = words.find(std::string());
    for (std::size_t t = 0; t < terms_.size(); ++t) {
        const auto tokens = split(definitionKeys[t]);
        if (tokens.empty() && emptyWord) {
            terms_[t].mentions.push_back(*emptyWord);
        }
        for (std::size_t at = 0; at < tokens.size(); ++at) {
            std::string run;
            for (std::size_t n = 0; n < longest && at + n < tokens.size(); ++n) {
                if (n > 0) {
                    run += ' ';
                }
                run += tokens[at + n];
                if (const auto w = words.find(run)) {
                    terms_[t].mentions.push_back(*w);
                }
            }
        }
        sortUnique(terms_[t].mentions);
    }
}

} // namespace yaddas::core
