#include <io/QuestionWriter.hpp>

#include <core/NumberFormat.hpp>
#include <core/QuizGenerator.hpp>

#include "../core/QuizFixtures.hpp"

#include <catch2/catch.hpp>
#include <tinyxml2.h>

#include <string>

using namespace yaddas;

TEST_CASE("Question XML shows prompt, options, answer and source", "[io][quiz]") {
    core::Quiz quiz;
    quiz.spec = core::QuizSpec::afterModule("numbers", 42);
    core::Question q;
    q.id = "f-shot/single";
    q.kind = core::QuestionKind::SingleChoice;
    q.category = core::Category::Figures;
    q.factId = "f-shot";
    q.moduleId = "numbers";
    q.status = core::Status::Contested;
    q.prompt = "According to the source text, what is the figure for people shot & killed?";
    q.options = {"68 169", "681 692", "<b>", "1 500"};
    q.key.correctOptions = {1};
    q.rightAnswer = "681 692";
    q.explanation = "Why.";
    q.context = "Only 1937–1938.";
    q.contextSource = "Getty & Naumov";
    q.sourcePassage = "Total 1575259 persons …";
    q.sourceParagraph = 10;
    quiz.questions.push_back(q);

    const std::string xml = io::QuestionWriter::toXml(quiz);
    tinyxml2::XMLDocument doc;
    REQUIRE(doc.Parse(xml.c_str()) == tinyxml2::XML_SUCCESS);
    const auto* root = doc.FirstChildElement("questions");
    REQUIRE(root != nullptr);
    CHECK(std::string(root->Attribute("seed")) == "42");
    CHECK(std::string(root->Attribute("shape")) == "after-module");
    CHECK(std::string(root->Attribute("modules")) == "numbers");
    const auto* question = root->FirstChildElement("question");
    REQUIRE(question != nullptr);
    CHECK(std::string(question->Attribute("kind")) == "single");
    CHECK(std::string(question->Attribute("category")) == "figures");
    CHECK(std::string(question->Attribute("fact")) == "f-shot");
    CHECK(std::string(question->Attribute("status")) == "contested");
    CHECK(std::string(question->FirstChildElement("prompt")->GetText()) == q.prompt);
    const auto* option = question->FirstChildElement("options")->FirstChildElement("option");
    int index = 0;
    for (; option != nullptr; option = option->NextSiblingElement("option"), ++index) {
        CHECK(option->BoolAttribute("correct") == (index == 1));
    }
    CHECK(index == 4);
    CHECK(std::string(question->FirstChildElement("answer")->GetText()) == "681 692");
    CHECK(std::string(question->FirstChildElement("context")->Attribute("source")) ==
          "Getty & Naumov");
    CHECK(question->FirstChildElement("source")->IntAttribute("paragraph") == 10);
}

TEST_CASE("Question XML of a generated quiz is well formed for every kind", "[io][quiz]") {
    const core::Library library = test::quizLibrary();
    const core::QuizGenerator generator(library);
    core::Quiz quiz;
    std::mt19937_64 rng(4);
    for (const auto& m : library.modules()) {
        for (const auto& id : m.factIds()) {
            for (auto& q : generator.questionsForFact(id, rng)) {
                quiz.questions.push_back(std::move(q));
            }
        }
        for (auto& q : generator.groupQuestions(m, rng)) {
            quiz.questions.push_back(std::move(q));
        }
    }
    const std::string xml = io::QuestionWriter::toXml(quiz);
    tinyxml2::XMLDocument doc;
    REQUIRE(doc.Parse(xml.c_str()) == tinyxml2::XML_SUCCESS);
    std::size_t count = 0;
    bool timeline = false;
    bool matching = false;
    bool typedName = false;
    for (const auto* e = doc.RootElement()->FirstChildElement("question"); e != nullptr;
         e = e->NextSiblingElement("question")) {
        ++count;
        const std::string kind = e->Attribute("kind");
        REQUIRE(e->FirstChildElement("explanation") != nullptr);
        REQUIRE(e->FirstChildElement("source") != nullptr);
        if (kind == "timeline") {
            timeline = true;
            CHECK(e->FirstChildElement("options")->FirstChildElement("option")->IntAttribute(
                      "position") >= 1);
        }
        if (kind == "matching") {
            matching = true;
            CHECK(e->FirstChildElement("targets") != nullptr);
            CHECK(e->FirstChildElement("options")->FirstChildElement("option")->IntAttribute(
                      "match") >= 1);
        }
        if (kind == "name") {
            typedName = true;
            CHECK(e->FirstChildElement("accept")->FirstChildElement("name") != nullptr);
        }
    }
    CHECK(count == quiz.questions.size());
    CHECK(timeline);
    CHECK(matching);
    CHECK(typedName);
}

TEST_CASE("QuestionWriter prints an authored option's credit and feedback readably",
          "[io][questions]") {
    yaddas::core::Quiz quiz;
    yaddas::core::Question q;
    q.id = "q-1";
    q.kind = yaddas::core::QuestionKind::SingleChoice;
    q.authored = true;
    q.options = {"A", "B"};
    q.key.correctOptions = {0};
    q.key.credits = {1.0, 0.8};
    q.optionFeedback = {"", "Nearly."};
    quiz.questions.push_back(q);
    const std::string xml = yaddas::io::QuestionWriter::toXml(quiz);
    CHECK(xml.find("<option credit=\"0.8\" feedback=\"Nearly.\">B</option>") != std::string::npos);
}
