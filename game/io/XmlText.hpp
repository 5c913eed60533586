#pragma once

#include <core/Diagnostic.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace yaddas::io {

/// Text helpers around TinyXML-2: a pre-pass over the raw document and whitespace rules for prose.
class XmlText {
public:
    static constexpr int maxAttributes = 64;

    /// Prepares a document for TinyXML-2 and checks what it lets pass.
    /// - Entity references other than the five XML ones and character references are reported
    ///   (TinyXML-2 would keep "&foo;" as text silently).
    /// - A whitespace-only run between two tags gets its first character written as "&#32;":
    ///   TinyXML-2 drops whitespace-only text, which would glue "<num>…</num> <name>…</name>"
    ///   into one word. Line breaks are kept, so line numbers do not move.
    /// Comments, CDATA sections, processing instructions and tags themselves are left alone.
    /// Empty (with a message) when the document cannot be a module and would be slow to parse:
    /// an element with more than maxAttributes attributes.
    static std::optional<std::string> prepare(std::string_view raw, const std::string& fileName,
                                              core::Diagnostics& diagnostics);

    /// Collapses every run of XML whitespace (space, tab, line break) into one space, and trims
    /// both ends: how prose written over several lines of a file is read.
    static std::string collapse(std::string_view text);

    /// True when the text holds nothing but XML whitespace.
    static bool isBlank(std::string_view text);

    /// Replaces, in place, every character an XML file cannot hold with U+FFFD: C0 controls other
    /// than tab, line feed and carriage return, U+FFFE, U+FFFF, and bytes that are not UTF-8
    /// (surrogates, overlong forms, values past U+10FFFF). What TextFile::check refuses, a writer
    /// then never writes. Returns how many characters were replaced.
    static int clean(std::string& text);
};

} // namespace yaddas::io
