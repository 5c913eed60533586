#include <core/NameMatcher.hpp>
#include <core/TextNormalizer.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using yaddas::core::NameMatcher;

TEST_CASE("Typed names are accepted in either spelling", "[core][quiz][names]") {
    const std::vector<std::string> javid{"Huseyn Javid", "H\u00fcseyn Cavid", "Javid"};
    CHECK(NameMatcher::matches("huseyn javid", javid));
    CHECK(NameMatcher::matches("H\u00dcSEYN CAVID", javid));
    CHECK(NameMatcher::matches("Huseyn Cavid", javid));
    CHECK(NameMatcher::matches("Javid", javid));
    CHECK(NameMatcher::matches("  Hüseyn   Javid  ", javid));
    CHECK_FALSE(NameMatcher::matches("Ahmad Javad", javid));
    CHECK_FALSE(NameMatcher::matches("Javad", javid));

    const std::vector<std::string> mushfig{"Mikayil Mushfig", "Mikay\u0131l M\u00fc\u015ffiq"};
    CHECK(NameMatcher::matches("Mikay\u0131l Mushfig", mushfig));
    CHECK(NameMatcher::matches("mikayil musfiq", mushfig)); // one letter off in 14
}

TEST_CASE("The typo allowance is one edit per six letters", "[core][quiz][names]") {
    CHECK(NameMatcher::allowance(5) == 0);
    CHECK(NameMatcher::allowance(12) == 2);
    CHECK(NameMatcher::matches("Sultanva", "Sultanova"));      // 9 letters: one edit
    CHECK_FALSE(NameMatcher::matches("Sultnva", "Sultanova")); // two edits
    CHECK_FALSE(NameMatcher::matches("Javix", "Javid"));       // 5 letters: none
    // a and e stand for the same ə: half an edit.
    CHECK(NameMatcher::matches("Qambay Vezirov", "Gambay Vazirov"));
    CHECK(NameMatcher::matches("Abbas Mirza Sharifzade", "Abbas Mirza Sharifzadeh"));
}

TEST_CASE("Empty and absurd names are rejected quickly", "[core][quiz][names]") {
    const std::vector<std::string> accepted{"Ayna Sultanova"};
    CHECK_FALSE(NameMatcher::matches("", accepted));
    CHECK_FALSE(NameMatcher::matches("   ", accepted));
    CHECK_FALSE(NameMatcher::matches(std::string(10000, 'a'), accepted));
    CHECK_FALSE(NameMatcher::matches(std::string(10000, 'a'), "Ayna Sultanova"));
    CHECK_FALSE(NameMatcher::matches("Ayna Sultanova", std::vector<std::string>{}));
    CHECK_FALSE(NameMatcher::matches("\xFF\xFE", accepted));
}

TEST_CASE("Weighted edit distance counts half edits", "[core][quiz][names]") {
    CHECK(NameMatcher::halfEdits("javid", "javid", 10) == 0);
    CHECK(NameMatcher::halfEdits("vazirov", "vezirov", 10) == 1);
    CHECK(NameMatcher::halfEdits("javid", "jvid", 10) == 2);
    CHECK(NameMatcher::halfEdits("abc", "xyzxyzxyz", 2) > 2);
}

TEST_CASE("Names typed in Russian spelling meet the Azerbaijani and English ones",
          "[core][quiz][names]") {
    // The eleven victims of lessons/06-people.xml: English and Azerbaijani spellings, and the
    // Russian one as Russian Wikipedia writes it.
    struct Victim {
        std::vector<std::string> accepted;
        std::string russian;
    };
    const std::vector<Victim> victims{
        {{"Abbas Mirza Sharifzadeh", "Abbas Mirz\u0259 \u015e\u0259rifzad\u0259"},
         "\u0410\u0431\u0431\u0430\u0441 \u041c\u0438\u0440\u0437\u0430 "
         "\u0428\u0430\u0440\u0438\u0444\u0437\u0430\u0434\u0435"},
        {{"Ayna Sultanova", "Ayna Sultanova"},
         "\u0410\u0439\u043d\u0430 \u0421\u0443\u043b\u0442\u0430\u043d\u043e\u0432\u0430"},
        {{"Bekir Chobanzade", "B\u0259kir \u00c7obanzad\u0259"}, "Бекир Чобан-заде"},
        {{"Jamshid Nakhchivanski", "C\u0259m\u015fid Nax\u00e7\u0131vanski"},
         "Джамшид Нахичеванский"},
        {{"Huseyn Javid", "H\u00fcseyn Cavid"}, "Гусейн Джавид"},
        {{"Mikayil Mushfig", "Mikay\u0131l M\u00fc\u015ffiq"}, "Микаил Мушфиг"},
        {{"Gambay Vazirov", "Qambay V\u0259zirov"}, "Гамбай Везиров"},
        {{"Ruhulla Akhundov", "Ruhulla Axundov"}, "Рухулла Ахундов"},
        {{"Yusif Vazir Chamanzaminli", "Yusif V\u0259zir \u00c7\u0259m\u0259nz\u0259minli"},
         "Юсиф Везир Чеменземинли"},
        {{"Omar Faig Nemanzadeh", "\u00d6m\u0259r Faiq Nemanzad\u0259"}, "Омар Фаик Нейманзаде"},
        {{"Ahmad Javad", "\u018fhm\u0259d Cavad"}, "Ахмед Джавад"},
    };
    for (std::size_t i = 0; i < victims.size(); ++i) {
        INFO(victims[i].russian);
        CHECK(NameMatcher::matches(victims[i].russian, victims[i].accepted));
        for (std::size_t j = 0; j < victims.size(); ++j) {
            if (j != i) {
                // No one is taken for another, whichever spelling is typed.
                CHECK_FALSE(NameMatcher::matches(victims[i].russian, victims[j].accepted));
                CHECK(yaddas::core::TextNormalizer::nameKey(victims[i].russian) !=
                      yaddas::core::TextNormalizer::nameKey(victims[j].russian));
            }
        }
    }
    // The same person in three scripts, both ways round.
    CHECK(NameMatcher::matches("Mikay\u0131l M\u00fc\u015ffiq", std::string_view("Микаил Мушфиг")));
    CHECK(NameMatcher::matches("Mikayil Mushfig", std::string_view("Микаил Мушфиг")));
    CHECK(NameMatcher::matches("H\u00fcseyn Cavid", std::string_view("Гусейн Джавид")));
    // Wrong names are still refused.
    CHECK_FALSE(NameMatcher::matches(
        "Ахмед Джавад", std::vector<std::string>{"Huseyn Javid", "H\u00fcseyn Cavid"}));
    CHECK_FALSE(NameMatcher::matches("Гусейн", std::string_view("Huseyn Javid")));
    CHECK_FALSE(NameMatcher::matches("Иван Петров", std::string_view("Ayna Sultanova")));
    CHECK_FALSE(NameMatcher::matches("Джавад", std::string_view("Javid")));
}
