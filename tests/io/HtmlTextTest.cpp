#include <io/HtmlText.hpp>
#include <io/MoodleWriter.hpp>
#include <io/ReportWriter.hpp>

#include <catch2/catch.hpp>

using yaddas::io::HtmlText;

TEST_CASE("HtmlText escapes & < > and double quotes", "[io][html]") {
    CHECK(HtmlText::escape("a & b <i>\"x\"</i>", HtmlText::Quotes::Double) ==
          "a &amp; b &lt;i&gt;&quot;x&quot;&lt;/i&gt;");
    CHECK(HtmlText::escape("", HtmlText::Quotes::Double).empty());
    // Multi-byte UTF-8 passes through untouched.
    CHECK(HtmlText::escape("Bağırov", HtmlText::Quotes::DoubleAndSingle) == "Bağırov");
}

TEST_CASE("HtmlText escapes apostrophes only when asked", "[io][html]") {
    CHECK(HtmlText::escape("it's", HtmlText::Quotes::Double) == "it's");
    CHECK(HtmlText::escape("it's", HtmlText::Quotes::DoubleAndSingle) == "it&#39;s");
}

TEST_CASE("The Moodle and report writers keep their own apostrophe rule", "[io][html]") {
    CHECK(yaddas::io::MoodleWriter::htmlEscape("'<&>\"") == "'&lt;&amp;&gt;&quot;");
    CHECK(yaddas::io::ReportWriter::htmlEscape("'<&>\"") == "&#39;&lt;&amp;&gt;&quot;");
}
