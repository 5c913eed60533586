#pragma once

#include <core/Quiz.hpp>

#include <ostream>
#include <string>

namespace yaddas::io {

/// Writes a generated quiz as XML for people to read before assigning it (`yaddas questions`).
/// The form is documented in game/cli/README.md ("Question XML"); it shows each question's
/// prompt, options, the right answer (marked in the options and in words), accepted typed
/// answers, explanation, fact id, category and source passage.
class QuestionWriter {
public:
    static std::string toXml(const core::Quiz& quiz);
    static void write(const core::Quiz& quiz, std::ostream& out) { out << toXml(quiz); }
};

} // namespace yaddas::io
