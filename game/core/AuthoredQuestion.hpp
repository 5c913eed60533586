#pragma once

#include <core/Status.hpp>
#include <core/Tolerance.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace yaddas::core {

/// A question written by a lesson's author rather than generated from facts.
struct AuthoredQuestion {
    /// Single, Multiple and TrueFalse are answered by choosing among `options`; Text by typing
    /// one of the accepted answers (`options`, never shown); Number by typing `number` (within
    /// `tolerance`); Order by putting `options` (written in the right order) in order.
    enum class Kind { Single, Multiple, TrueFalse, Text, Number, Order };

    struct Option {
        Option() = default;
        Option(std::string text_, bool correct_ = false, double credit_ = 0.0,
               std::string feedback_ = {})
            : text(std::move(text_)), correct(correct_), credit(credit_),
              feedback(std::move(feedback_)) {}

        std::string text;
        bool correct = false;
        /// Single and Text: partial credit (0 to 1) for an option that is not the right one.
        double credit = 0.0;
        std::string feedback; ///< shown after this option is chosen (or this answer typed)
    };

    std::string id;
    Kind kind = Kind::Single;
    std::string fact;                 ///< the fact it tests (required: progress is kept per fact)
    std::optional<Category> category; ///< defaults to the fact's category
    std::string prompt;
    /// For true/false: trueFalseWords(the module's language); Order: in the right order.
    std::vector<Option> options;
    std::optional<double> number; ///< Number: the right number
    Tolerance tolerance;          ///< Number: how close a typed number must be
    std::string explanation;
    bool always = false; ///< asked in every quiz of its module, not only every few quizzes
    int line = 0;
};

/// The two options of a true/false question as a module in `language` writes them: "True" and
/// "False"; "Doğru" and "Yanlış" (az); "Верно" and "Неверно" (ru).
std::pair<const char*, const char*> trueFalseWords(const std::string& language);

/// The kind as the lesson format writes it: "single", "multiple", "truefalse", "text",
/// "number", "order".
const char* toString(AuthoredQuestion::Kind kind);

} // namespace yaddas::core
