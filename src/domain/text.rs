//! User-entered text: trimmed, single-line where it must be, and capped, so a
//! hostile file or a pasted novel cannot bloat storage or break the layout.

pub const NAME_MAX: usize = 120;
pub const COUNTRY_MAX: usize = 80;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    Empty,
    TooLong { max: usize },
}

impl std::fmt::Display for TextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextError::Empty => f.write_str("is empty"),
            TextError::TooLong { max } => write!(f, "is longer than {max} characters"),
        }
    }
}

/// Trim, fold inner whitespace (newlines included) to single spaces, and
/// require 1..=max characters.
pub fn clean_line(raw: &str, max: usize) -> Result<String, TextError> {
    let folded = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.is_empty() {
        Err(TextError::Empty)
    } else if folded.chars().count() > max {
        Err(TextError::TooLong { max })
    } else {
        Ok(folded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_folds() {
        assert_eq!(
            clean_line("  Herent \n– Nimlaha'kok ", 50).unwrap(),
            "Herent – Nimlaha'kok"
        );
    }

    #[test]
    fn counts_characters_not_bytes() {
        assert!(clean_line(&"é".repeat(10), 10).is_ok());
        assert_eq!(
            clean_line(&"é".repeat(11), 10),
            Err(TextError::TooLong { max: 10 })
        );
        assert_eq!(clean_line(" \t", 10), Err(TextError::Empty));
    }
}
