//! What a file that is not an SDG Circle file seems to be instead, so the
//! message can say "this is a spreadsheet" rather than "not valid JSON":
//! people pick the CSV export, a PDF of the report or a photo by mistake.

/// What a refused file looks like, from its first bytes or its top-level fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lookalike {
    /// Comma-, semicolon- or tab-separated lines: a CSV file, such as SDG Circle's own score export.
    Spreadsheet,
    Pdf,
    Image,
    /// A ZIP container: an Excel, Word or OpenDocument file.
    OfficeDocument,
    /// HTML or XML.
    WebPage,
    /// Text saved as UTF-16 (a zero byte beside every character).
    Utf16Text,
    /// JSON written by another app; `says` is what it calls itself, when it does.
    OtherApp {
        says: Option<String>,
    },
}

/// What a text that is not JSON looks like, when its start says so. The text
/// was decoded as UTF-8 with invalid bytes replaced (U+FFFD).
pub fn of_text(text: &str) -> Option<Lookalike> {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let head: String = start.chars().take(64).collect();
    let lower = head.to_ascii_lowercase();
    if head.starts_with("%PDF") {
        Some(Lookalike::Pdf)
    } else if head.starts_with("PK\u{3}\u{4}") {
        Some(Lookalike::OfficeDocument)
    } else if head.starts_with("\u{FFFD}PNG")
        || head.starts_with("GIF8")
        || (head.starts_with('\u{FFFD}') && (head.contains("JFIF") || head.contains("Exif")))
    {
        Some(Lookalike::Image)
    } else if lower.starts_with("<!doctype")
        || lower.starts_with("<html")
        || lower.starts_with("<?xml")
    {
        Some(Lookalike::WebPage)
    } else if head.chars().filter(|c| *c == '\0').count() * 3 >= head.chars().count()
        && head.contains('\0')
    {
        Some(Lookalike::Utf16Text)
    } else if is_separated(start) {
        Some(Lookalike::Spreadsheet)
    } else {
        None
    }
}

/// Two or more lines, none of them starting like JSON, that split into the
/// same number of cells (more than one) on one separator.
fn is_separated(text: &str) -> bool {
    if text.starts_with(['{', '[', '"']) {
        return false;
    }
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(5)
        .collect();
    lines.len() >= 2
        && [',', ';', '\t'].iter().any(|sep| {
            let cells = lines[0].matches(*sep).count();
            cells > 0 && lines.iter().all(|l| l.matches(*sep).count() == cells)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_what_people_pick_by_mistake() {
        let csv = "partnership;round;side;goal;score\nHerent;2025;a;1;3\nHerent;2025;a;2;4\n";
        assert_eq!(of_text(csv), Some(Lookalike::Spreadsheet));
        assert_eq!(of_text("goal,score\n1,3\n"), Some(Lookalike::Spreadsheet));
        assert_eq!(of_text("%PDF-1.7\n%\u{FFFD}"), Some(Lookalike::Pdf));
        assert_eq!(
            of_text("PK\u{3}\u{4}\u{14}\0\u{6}\0"),
            Some(Lookalike::OfficeDocument)
        );
        assert_eq!(of_text("\u{FFFD}PNG\r\n\u{1a}\n"), Some(Lookalike::Image));
        assert_eq!(
            of_text("\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\0\u{10}JFIF\0"),
            Some(Lookalike::Image)
        );
        assert_eq!(of_text("<!DOCTYPE html><html>"), Some(Lookalike::WebPage));
        assert_eq!(
            of_text("\u{FFFD}\u{FFFD}{\0\"\0f\0"),
            Some(Lookalike::Utf16Text)
        );
    }

    #[test]
    fn says_nothing_of_what_it_cannot_tell() {
        for text in [
            "{\"format\": \"sdg-c",
            "[1, 2,",
            "hello",
            "a,b",
            "{\"a\":1,\n\"b\":2,\n}",
        ] {
            assert_eq!(of_text(text), None, "{text}");
        }
    }
}
