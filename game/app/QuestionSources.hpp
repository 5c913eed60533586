#pragma once

#include <core/Library.hpp>
#include <core/Question.hpp>

#include <string>
#include <vector>

namespace yaddas::app {

/// Where the fact a quiz question asks about comes from, as the quiz shows it after an answer:
/// one line of citations, the words quoted where a citation quotes any (never a whole paragraph),
/// and who states the fact when it is not confirmed.
struct QuestionSources {
    /// "Source: Getty and Naumov, The Road to Terror (1999), appendix; the source text,
    /// paragraph 11" ("Sources:" for more than one); empty when the facts cite nothing.
    std::string line;
    /// The quoted words with where they come from when the fact cites more than one work:
    /// "“…” (the source text, paragraph 11)". Only for a question about one fact.
    std::vector<std::string> quotes;
    /// Where the context note of a contested or unverified fact comes from, or empty.
    std::string contextSource;

    static QuestionSources of(const core::Library& library, const core::Question& question);

    /// For the question's header: "as the source text states it" for a fact that cites the
    /// source text and is attributed to it, "as stated by <attribution>" for a fact attributed
    /// to someone else, and empty for a confirmed fact or one attributed to nobody.
    static std::string statedBy(const core::Library& library, const core::Question& question);
};

} // namespace yaddas::app
