#include <core/Collation.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using yaddas::core::Collation;

TEST_CASE("Names sort in Azerbaijani alphabetical order, not by bytes", "[collation]") {
    std::vector<std::string> names{"Şəbnəm", "Ülvi",  "Çingiz", "Rəşad", "Aysel", "Zaur",
                                   "Əli",    "Cavid", "İlqar",  "Ilham", "Xəyal", "Həsən"};
    std::sort(names.begin(), names.end(),
              [](const std::string& a, const std::string& b) { return Collation::less(a, b); });
    // a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z
    CHECK(names == std::vector<std::string>{"Aysel", "Cavid", "Çingiz", "Əli", "Həsən", "Xəyal",
                                            "Ilham", "İlqar", "Rəşad", "Şəbnəm", "Ülvi", "Zaur"});
}

TEST_CASE("Collation ignores case at first and survives invalid UTF-8", "[collation]") {
    CHECK(Collation::less("aysel", "Bəxtiyar"));
    CHECK(Collation::less("AYSEL", "bəxtiyar"));
    CHECK_FALSE(Collation::sortKey("\xff\xfe").empty());
}
