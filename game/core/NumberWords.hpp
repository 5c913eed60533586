#pragma once

#include <string>
#include <string_view>

namespace yaddas::core {

/// Numbers in words as a speaker of English ("en"), Azerbaijani ("az") or Russian ("ru") says
/// them; any other language reads as English. Russian ordinals agree in case and gender with
/// the noun they go with ("двадцать восьмого апреля", "в тридцать седьмом году").
class NumberWords {
public:
    enum class Case { Nominative, Genitive, Dative, Accusative, Instrumental, Prepositional };
    enum class Gender { Masculine, Feminine, Neuter, Plural };

    /// "one million five hundred seventy-five thousand two hundred fifty-nine"; "min doqquz yüz
    /// iyirmi"; Russian masculine, thousands feminine ("одна тысяча", "две тысячи").
    static std::string cardinal(long long number, std::string_view language);
    /// Russian cardinal in the nominative of a gender ("одна", "две" for feminine); the other
    /// languages do not inflect and give `cardinal`.
    static std::string cardinal(long long number, std::string_view language, Gender gender);
    /// "twenty-eighth", "iyirmi səkkizinci", "двадцать восьмой" (case and gender for Russian).
    static std::string ordinal(long long number, std::string_view language,
                               Case grammaticalCase = Case::Nominative,
                               Gender gender = Gender::Masculine);
    /// A year as it is said: "nineteen thirty-seven", "nineteen oh five", "two thousand";
    /// Azerbaijani and Russian years are cardinals ("тысяча девятьсот тридцать семь").
    static std::string year(long long year, std::string_view language);
    /// A decimal from its digits: "two point five", "iki tam onda beş", "две целых пять
    /// десятых". `fraction` holds only ASCII digits.
    static std::string decimal(long long whole, std::string_view fraction,
                               std::string_view language);
    /// Digit after digit ("zero zero seven"), for numbers too long or with leading zeros.
    static std::string digits(std::string_view digits, std::string_view language);
    /// "1 процент", "2 процента", "5 процентов": the Russian plural form for a count.
    static std::string_view russianPlural(long long count, std::string_view one,
                                          std::string_view few, std::string_view many);
};

} // namespace yaddas::core
