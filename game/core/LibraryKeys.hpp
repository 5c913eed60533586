#pragma once

#include <core/Module.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace yaddas::core {

/// What QuestionBuilder compares across the whole library, normalised once when the library is
/// built: the keys of every person's names and role, of every term's word and definition, the
/// words of every name. A question then compares numbers where it normalised text for every
/// person or term of the library, which made each question slower as the library grew.
///
/// Keys stand for text by number: two keys are equal when the texts normalise equally
/// (TextNormalizer), so a comparison gives what comparing the texts gave. Items are found by
/// place (module, index in the module), never by pointer, so a copy of a library keeps its keys.
class LibraryKeys {
public:
    using Key = std::uint32_t;

    struct PersonKey {
        std::size_t module = 0; ///< place of its module in the library
        std::size_t index = 0;  ///< place in the module's people
        Key id = 0;             ///< its fact id
        Key nameEn = 0;         ///< TextNormalizer::nameKey of the English name
        /// Person::lifeYears() tells people apart by these: the years, or that one is unknown.
        int born = 0;
        int died = 0;
        std::vector<Key> spellings; ///< nameKey of each of Person::spellings(), in order
        std::vector<Key> roleWords; ///< Distractors::contentWords of the role, sorted, once each
        bool victim = true;
        bool womanRole = false; ///< QuestionBuilder::revealsWoman(role)
        bool noNameEn = false;
    };

    struct TermKey {
        std::size_t module = 0;
        std::size_t index = 0;
        Key id = 0;
        Key kind = 0;       ///< the kind as written
        Key word = 0;       ///< TextNormalizer::plainKey of the word
        Key definition = 0; ///< plainKey of the definition
        bool noDefinition = false;
        /// Every term word (a `word` key) whose plainKey the definition's plainKey holds as
        /// whole words, sorted.
        std::vector<Key> mentions;
    };

    /// One word of a name (nameEn, nameAz or another spelling, split at spaces) with its
    /// NameMatcher key, and whether a person other than `owner` has it.
    struct NameWord {
        std::size_t size = 0; ///< of the word as written
        std::string key;
        Key owner = 0;       ///< the fact id of the first person with the word
        bool owners = false; ///< more than one person (by fact id) has it
    };

    LibraryKeys() = default;
    explicit LibraryKeys(const std::vector<Module>& modules);

    const std::vector<PersonKey>& people() const { return people_; }
    const std::vector<TermKey>& terms() const { return terms_; }
    const std::vector<NameWord>& nameWords() const { return nameWords_; }
    /// The people of module `module` are people()[firstPerson(module)] … [firstPerson(module+1))
    /// (module may be moduleCount(): the end); terms likewise.
    std::size_t firstPerson(std::size_t module) const { return firstPerson_[module]; }
    std::size_t firstTerm(std::size_t module) const { return firstTerm_[module]; }
    /// The module's id, as a key: modules with equal keys have equal ids.
    Key moduleId(std::size_t module) const { return moduleIds_[module]; }
    std::size_t moduleCount() const { return moduleIds_.size(); }
    /// How many name keys there are: every PersonKey name key is below it.
    std::size_t nameKeyCount() const { return nameKeyCount_; }

    /// Calls `found(person)` (an index into people()) for every person whose English name's
    /// plainKey stands in `textKey` (a plainKey) as whole words, as " " + name + " " stands
    /// in " " + textKey + " ". A person may be named more than once.
    template <class Found> void peopleNamedIn(std::string_view textKey, Found found) const {
        const auto words = split(textKey);
        for (std::size_t at = 0; at < words.size(); ++at) {
            auto it = namesByFirstWord_.find(std::string(words[at]));
            if (it == namesByFirstWord_.end()) {
                continue;
            }
            for (const NamedPerson& named : it->second) {
                if (at + named.words.size() <= words.size() &&
                    std::equal(named.words.begin(), named.words.end(),
                               words.begin() + static_cast<std::ptrdiff_t>(at))) {
                    found(named.person);
                }
            }
        }
    }

    /// The words of a key (a plainKey: words split by single spaces).
    static std::vector<std::string_view> split(std::string_view key);

private:
    struct NamedPerson {
        std::size_t person = 0;
        std::vector<std::string> words;
    };

    std::vector<PersonKey> people_;
    std::vector<TermKey> terms_;
    std::vector<NameWord> nameWords_;
    std::vector<std::size_t> firstPerson_;
    std::vector<std::size_t> firstTerm_;
    std::vector<Key> moduleIds_;
    std::size_t nameKeyCount_ = 0;
    std::unordered_map<std::string, std::vector<NamedPerson>> namesByFirstWord_;
};

} // namespace yaddas::core
