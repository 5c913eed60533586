#pragma once

#include <core/Answer.hpp>
#include <core/Grade.hpp>
#include <core/Question.hpp>

namespace yaddas::core {

/// Judges answers. Never throws and accepts any input: empty, absurd or hostile text is simply
/// wrong (with a feedback sentence), never a crash.
///
/// Credit rules:
/// - single choice, true/false, fill the blank: right or wrong;
/// - multiple answer: hits/right − false picks/wrong options, clamped to [0, 1];
/// - timeline: the share of pairs of events in the right order (Moodle's "relative to all
///   previous and next items", so an exported timeline grades alike): one swap of neighbours
///   among five events scores 0.9, a reversed order 0; an answer that is not a permutation of
///   the events is wrong;
/// - matching: the share of left items matched to their own target;
/// - typed year: one of the accepted years; typed number: NumberFormat::parse, then the
///   tolerance; typed name: NameMatcher against the accepted spellings.
/// A fraction of 1 is Right, 0 is Wrong, anything between is Partial.
class Grader {
public:
    static Grade grade(const Question& question, const Answer& answer);
};

} // namespace yaddas::core
