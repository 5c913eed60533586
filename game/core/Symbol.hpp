#pragma once

#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace yaddas::core {

/// An interned string: one pointer, the text kept once for the whole process. A learner with
/// years of answers repeats the same few hundred module, fact and question ids and answer texts
/// in every record, so each record holds symbols rather than strings of its own.
///
///     Symbol fact = "e-sovietization";   // interned (a lookup, once per record made or read)
///     fact == "e-sovietization";         // compares texts; two symbols compare pointers
///     const std::string& text = fact;    // the shared text
///
/// The table only grows: symbols stay valid until the process ends. It is thread-safe, so the
/// start-up reading on a second thread can make symbols too.
class Symbol {
public:
    Symbol() = default;
    Symbol(std::string_view text) : text_(intern(text)) {}   // NOLINT: as easy as a string
    Symbol(const std::string& text) : text_(intern(text)) {} // NOLINT
    Symbol(const char* text) : text_(intern(text)) {}        // NOLINT

    const std::string& str() const { return *text_; }
    operator const std::string&() const { return *text_; } // NOLINT
    operator std::string_view() const { return *text_; }   // NOLINT
    bool empty() const { return text_->empty(); }
    std::size_t size() const { return text_->size(); }
    const char* c_str() const { return text_->c_str(); }

    /// How many distinct texts have been interned (for benchmarks and tests).
    static std::size_t count();

    friend bool operator==(Symbol a, Symbol b) { return a.text_ == b.text_; }
    friend bool operator!=(Symbol a, Symbol b) { return a.text_ != b.text_; }
    friend bool operator==(Symbol a, std::string_view b) { return *a.text_ == b; }
    friend bool operator==(std::string_view a, Symbol b) { return a == *b.text_; }
    friend bool operator!=(Symbol a, std::string_view b) { return *a.text_ != b; }
    friend bool operator!=(std::string_view a, Symbol b) { return a != *b.text_; }
    friend bool operator==(Symbol a, const std::string& b) { return *a.text_ == b; }
    friend bool operator==(const std::string& a, Symbol b) { return a == *b.text_; }
    friend bool operator!=(Symbol a, const std::string& b) { return *a.text_ != b; }
    friend bool operator!=(const std::string& a, Symbol b) { return a != *b.text_; }
    friend bool operator==(Symbol a, const char* b) { return *a.text_ == b; }
    friend bool operator!=(Symbol a, const char* b) { return *a.text_ != b; }
    /// In the order of the texts, so that sorted output does not depend on interning order.
    friend bool operator<(Symbol a, Symbol b) { return *a.text_ < *b.text_; }
    friend std::string operator+(const std::string& a, Symbol b) { return a + *b.text_; }
    friend std::string operator+(Symbol a, const std::string& b) { return *a.text_ + b; }
    friend std::string operator+(const char* a, Symbol b) { return a + *b.text_; }
    friend std::string operator+(Symbol a, const char* b) { return *a.text_ + b; }
    friend std::ostream& operator<<(std::ostream& out, Symbol s) { return out << *s.text_; }

private:
    static const std::string* intern(std::string_view text);
    static const std::string* empty_();

    const std::string* text_ = empty_();
};

} // namespace yaddas::core

template <> struct std::hash<yaddas::core::Symbol> {
    std::size_t operator()(yaddas::core::Symbol s) const noexcept {
        return std::hash<const std::string*>()(&s.str());
    }
};
