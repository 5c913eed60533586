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

TEST_CASE("HtmlText decodes HTML's named and numeric character references", "[io][html]") {
    CHECK(HtmlText::unescape("&mdash; &laquo;a&raquo; &ndash; &hellip; &eacute;&Omega;&euro;") ==
          "\u2014 \u00aba\u00bb \u2013 \u2026 \u00e9\u03a9\u20ac");
    CHECK(HtmlText::unescape("&#8212;&#x2014;&#X259;&amp;lt;") == "\u2014\u2014\u0259&lt;");
    // HTML 4's 252 named references are all there (a sample from each end of its list).
    CHECK(HtmlText::unescape("&nbsp;&yuml;&fnof;&Alpha;&thetasym;&bull;&loz;&diams;&zwj;") ==
          "\u00a0\u00ff\u0192\u0391\u03d1\u2022\u25ca\u2666\u200d");
    // Not references: kept as written.
    CHECK(HtmlText::unescape("AT&T; a & b; &nosuch; &#xZZ; &") == "AT&T; a & b; &nosuch; &#xZZ; &");
    CHECK(HtmlText::unescape("&#0;x") == "x");
    CHECK(HtmlText::entity("lt") == std::optional<std::string>("<"));
    CHECK_FALSE(HtmlText::entity("LT;"));
}
