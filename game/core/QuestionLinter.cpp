#include <core/QuestionLinter.hpp>

#include <core/I18n.hpp>

#include <core/Distractors.hpp>
#include <core/NumberFormat.hpp>
#include <core/QuestionBuilder.hpp>
#include <core/TextNormalizer.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>

namespace yaddas::core {

namespace {

/// Every four-digit year from 1000 to 2999 in the text.
std::vector<int> yearsIn(const std::string& text) {
    std::vector<int> out;
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
        const bool before = i == 0 || std::isdigit(static_cast<unsigned char>(text[i - 1])) == 0;
        const bool after =
            i + 4 == text.size() || std::isdigit(static_cast<unsigned char>(text[i + 4])) == 0;
        if (!before || !after) {
            continue;
        }
        bool digits = true;
        for (std::size_t j = i; j < i + 4; ++j) {
            digits = digits && std::isdigit(static_cast<unsigned char>(text[j])) != 0;
        }
        if (digits && (text[i] == '1' || text[i] == '2')) {
            out.push_back(std::stoi(text.substr(i, 4)));
        }
    }
    return out;
}

/// The number an option shows ("15 000", "1,500", "about 30"), or -1.
double numberIn(const std::string& text) {
    std::string digits;
    bool seen = false;
    for (char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
            digits += c;
            seen = true;
        } else if (seen && c != ',' && c != ' ' && static_cast<unsigned char>(c) < 0x80) {
            break;
        }
    }
    return digits.empty() || digits.size() > 15 ? -1.0 : std::stod(digits);
}

std::vector<std::string> sentences(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((text[i] == '.' || text[i] == '!' || text[i] == '?') &&
            (i + 1 == text.size() || text[i + 1] == ' ')) {
            std::string s = TextNormalizer::plainKey(text.substr(start, i + 1 - start));
            if (s.size() > 12) {
                out.push_back(s);
            }
            start = i + 2;
        }
    }
    return out;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

} // namespace

std::vector<std::string> QuestionLinter::defects(const Question& q, const Library& library) {
    std::vector<std::string> out;
    const bool choice = isChoice(q.kind) || q.kind == QuestionKind::FillBlank;

    // The same option twice, once written alike.
    std::set<std::string> keys;
    for (const std::string& o : q.options) {
        if (!keys.insert(TextNormalizer::plainKey(o)).second) {
            out.push_back("the option '" + o + "' is offered twice");
        }
    }

    // An option the stem already shows gives itself (or another option) away.
    const std::string stem = " " + TextNormalizer::plainKey(q.prompt) + " ";
    if (choice && q.kind != QuestionKind::TrueFalse) {
        for (const std::string& o : q.options) {
            const std::string key = TextNormalizer::plainKey(o);
            if (key.size() >= 4 && contains(stem, " " + key + " ")) {
                out.push_back("the option '" + o + "' is visible in the stem");
            }
        }
    }

    // A matching target that shows another item's number or name gives a pair away.
    if (q.kind == QuestionKind::Matching) {
        for (std::size_t i = 0; i < q.options.size() && i < q.key.matches.size(); ++i) {
            const std::string key = TextNormalizer::plainKey(q.options[i]);
            const auto small = NumberFormat::parse(q.options[i]);
            const std::string word =
                small ? NumberFormat::inWords(static_cast<std::int64_t>(*small)) : "";
            for (std::size_t t = 0; t < q.targets.size(); ++t) {
                const std::string target = " " + TextNormalizer::plainKey(q.targets[t]) + " ";
                if (t != q.key.matches[i] &&
                    ((key.size() >= 2 && contains(target, " " + key + " ")) ||
                     (!word.empty() && contains(target, " " + word + " ")))) {
                    out.push_back("the target '" + q.targets[t] + "' shows the item '" +
                                  q.options[i] + "'");
                }
            }
        }
    }

    // Checks that read English words in the stem apply to English only: the gender words, the
    // death verbs, the awkward phrases and the "(module …)" reference. Other languages keep the
    // checks on options, numbers, dates and sentences, and the attribution check in their words.
    const bool english = I18n::language() == "en";

    // A stem that says "woman" over options of names lets the one woman among them stand out.
    if (english && choice && q.kind != QuestionKind::TrueFalse && q.category == Category::Victims &&
        !q.authored &&
        (contains(stem, " woman ") || contains(stem, " she ") || contains(stem, " her "))) {
        out.push_back("the stem reveals a gender the named options need not share");
    }

    // Dates outside the period of the question's module.
    const Module* home = library.moduleOfFact(q.factId);
    const Period period = home != nullptr ? home->period : Period{};
    if (choice && q.category == Category::Dates) {
        for (const std::string& o : q.options) {
            for (int y : yearsIn(o)) {
                if (!period.contains(y)) {
                    out.push_back("the date option '" + o + "' lies outside " +
                                  std::to_string(period.first) + "–" + std::to_string(period.last));
                    break;
                }
            }
        }
    }

    // A date after the death (or before the birth) of a person the stem names.
    if (choice && q.category == Category::Dates) {
        for (const Module& m : library.modules()) {
            for (const Person& p : m.people) {
                const std::string name = TextNormalizer::plainKey(p.nameEn);
                if (name.empty() || !contains(stem, " " + name + " ")) {
                    continue;
                }
                for (const std::string& o : q.options) {
                    const auto ys = yearsIn(o);
                    if (!ys.empty() && ((p.died.valid() && ys.front() > p.died.year()) ||
                                        (p.born.valid() && ys.front() < p.born.year()))) {
                        out.push_back("the date option '" + o + "' falls outside the life of " +
                                      p.nameEn);
                    }
                }
            }
        }
    }

    // A date after a death the stem itself states ("shot in 1938").
    if (english && choice && q.category == Category::Dates) {
        for (const char* verb : {" shot in ", " executed in ", " died in ", " killed in "}) {
            const auto at = stem.find(verb);
            const auto died = at == std::string::npos
                                  ? std::vector<int>{}
                                  : yearsIn(stem.substr(at + std::strlen(verb), 4));
            for (const std::string& o : q.options) {
                const auto ys = yearsIn(o);
                if (!died.empty() && !ys.empty() && ys.front() > died.front()) {
                    out.push_back("the date option '" + o + "' falls after the stem's '" +
                                  std::string(verb + 1) + std::to_string(died.front()) + "'");
                }
            }
        }
    }

    // A wrong number far from the right one is no distractor.
    const std::string* rightOption = choice && q.key.correctOptions.size() == 1
                                         ? &q.options[q.key.correctOptions.front()]
                                         : nullptr;
    // An answer in words ("Only the USSR in 1937–1938") makes the options no numbers, even
    // one that starts with a year ("1920-ci ildən 1953-cü ilədək …").
    if (rightOption != nullptr && q.category == Category::Figures && !rightOption->empty() &&
        std::isdigit(static_cast<unsigned char>((*rightOption)[0])) != 0) {
        const double right = numberIn(*rightOption);
        for (const std::string& o : q.options) {
            if (o.empty() || std::isdigit(static_cast<unsigned char>(o[0])) == 0) {
                continue; // an authored option in words
            }
            const double n = numberIn(o);
            if (right > 0 && n >= 0 && (n == 0 || n > right * 4 || n < right / 4)) {
                out.push_back("the number option '" + o + "' is implausibly far from the answer");
            }
        }
    }

    // A number outside what the figure counts can be (an age of 270, a sentence of 80 years).
    if (const Figure* f = home != nullptr ? home->findFigure(q.factId) : nullptr;
        f != nullptr && choice) {
        const auto [low, high] = Distractors::plausible(*f);
        for (const std::string& o : q.options) {
            if (o.empty() || std::isdigit(static_cast<unsigned char>(o[0])) == 0) {
                continue;
            }
            const double n = numberIn(o);
            if (n < static_cast<double>(low) || n > static_cast<double>(high)) {
                out.push_back("the number option '" + o + "' is outside what \"" + f->counts +
                              "\" can be");
            }
        }
    }

    // Templates that read badly.
    static const std::vector<std::string> awkward{
        "what is the figure for months", "what is the figure for years",
        "what is the figure for minutes", "when did this happen soviet rule",
        "public sources settle this statement"};
    for (const std::string& a : awkward) {
        if (english && contains(stem, a)) {
            out.push_back("the stem reads badly: '" + a + "'");
        }
    }
    if (q.kind == QuestionKind::FillBlank && !q.authored) {
        const auto colon = q.prompt.find(": ");
        const std::string sentence =
            colon == std::string::npos ? q.prompt : q.prompt.substr(colon + 2);
        if (!sentence.empty() && std::islower(static_cast<unsigned char>(sentence[0])) != 0) {
            out.push_back("the blank's sentence starts mid-way");
        }
        if (QuestionBuilder::opensLeaning(sentence)) {
            out.push_back("the blank's sentence leans on one the stem does not show");
        }
        if (q.category == Category::Figures && QuestionBuilder::boundsNumber(sentence)) {
            out.push_back("another number in the blank's sentence bounds the answer");
        }
        if (q.category == Category::Dates && QuestionBuilder::boundsDate(sentence)) {
            out.push_back("another date in the blank's sentence bounds the answer");
        }
    }
    if (english && contains(stem, " module ") &&
        (contains(q.prompt, "(module") || contains(q.prompt, "(Module"))) {
        out.push_back("the stem refers the learner to another module");
    }
    for (const std::string& text : std::vector<std::string>{q.prompt, q.explanation}) {
        if (text.find("\u2013?") != std::string::npos || text.find("-?") != std::string::npos) {
            out.push_back("an unknown year is shown as '?'");
            break;
        }
    }
    // A wrong definition that names the word asked about is true of it too.
    if (const auto open = q.prompt.find("\u201c"), close = q.prompt.find("\u201d");
        q.kind == QuestionKind::SingleChoice && q.category == Category::Ideas && !q.authored &&
        open != std::string::npos && close != std::string::npos && close > open) {
        const std::string word =
            " " + TextNormalizer::plainKey(q.prompt.substr(open, close - open)) + " ";
        for (std::size_t i = 0; i < q.options.size(); ++i) {
            const bool right = std::find(q.key.correctOptions.begin(), q.key.correctOptions.end(),
                                         i) != q.key.correctOptions.end();
            if (!right && word.size() > 3 &&
                contains(" " + TextNormalizer::plainKey(q.options[i]) + " ", word)) {
                out.push_back("the wrong option '" + q.options[i] + "' names the word asked about");
            }
        }
    }

    // A contested or unverified fact says who states it.
    // In another language, "according to" is what the translated template puts before the name.
    std::string attribution = I18n::tr("According to {1}, {2}");
    attribution = " " + TextNormalizer::plainKey(attribution.substr(0, attribution.find("{1}")));
    if (q.status != Status::Confirmed && q.kind != QuestionKind::Timeline &&
        q.kind != QuestionKind::Matching &&
        (english ? !contains(stem, " according to ") && !contains(stem, " the text ") &&
                       !contains(stem, " the source text ")
                 : attribution.size() > 2 && !contains(stem, attribution)) &&
        !q.authored) {
        out.push_back("a " + std::string(toString(q.status)) +
                      " fact is asked without saying who states it");
    }

    // The right answer once: a true/false answer that repeats its explanation says it twice.
    // The bare word ("True", "Неверно") repeats nothing, however long it is in the language.
    if (q.kind == QuestionKind::TrueFalse && q.rightAnswer.size() > 8 &&
        q.rightAnswer != I18n::tr("True") && q.rightAnswer != I18n::tr("False") &&
        contains(TextNormalizer::plainKey(q.explanation),
                 TextNormalizer::plainKey(q.rightAnswer.substr(6)))) {
        out.push_back("the right answer repeats the explanation");
    }

    // The explanation says each thing once.
    std::set<std::string> said;
    for (const std::string& s : sentences(q.explanation)) {
        if (!said.insert(s).second) {
            out.push_back("the explanation repeats a sentence");
            break;
        }
    }
    return out;
}

} // namespace yaddas::core
