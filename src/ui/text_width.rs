//! How wide a text is drawn in the app's bold type, estimated from its
//! characters: for layout that cannot wait for the browser to measure (the
//! board's SVG labels) or that sizes text to fit in CSS (the goal tiles).
//!
//! The widths are DejaVu Sans Bold's, as Chromium lays them out: the widest
//! bold font the app's font list (`system-ui, …, sans-serif`) falls back to,
//! on Linux. Other systems' fonts are narrower and fit with room to spare.

/// Advance width of a character in ems, rounded up to the next hundredth or
/// to the widest of a group.
pub fn em(c: char) -> f64 {
    match c {
        ' ' => 0.35,
        'i' | 'j' | 'l' | 'í' | 'ì' | 'î' | 'ï' => 0.35,
        'I' | 'J' | 'Í' | '\'' | '’' => 0.38,
        '.' | ',' | ':' | ';' | '!' => 0.4,
        '-' | '(' | ')' => 0.46,
        'f' => 0.44,
        't' => 0.48,
        'r' => 0.5,
        'c' | 's' | 'z' | 'ç' => 0.6,
        'k' | 'v' | 'x' | 'y' => 0.67,
        'a' | 'e' | 'o' | 'à' | 'á' | 'â' | 'è' | 'é' | 'ê' | 'ë' | 'ó' | 'ô' => 0.69,
        'E' | 'F' | 'L' | 'T' | 'É' | 'È' | 'Ê' | 'Ë' => 0.69,
        'A' | 'B' | 'C' | 'K' | 'P' | 'R' | 'S' | 'V' | 'X' | 'Y' | 'Z' | 'À' | 'Á' | 'Ç' => {
            0.78
        }
        'w' => 0.93,
        'M' => 1.0,
        'm' => 1.05,
        'W' => 1.07,
        c if c.is_ascii_digit() => 0.7,
        c if c.is_uppercase() => 0.86,
        // b d g h n p q u and the rest.
        _ => 0.72,
    }
}

/// Estimated width of `text` drawn at `size`.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().map(em).sum::<f64>() * size
}

/// The width in ems of the widest word of `text`, as drawn in capitals when
/// `capitals` (CSS `text-transform: uppercase`), each character followed by
/// `spacing` ems (CSS `letter-spacing`).
pub fn widest_word(text: &str, capitals: bool, spacing: f64) -> f64 {
    text.split_whitespace()
        .map(|word| {
            let chars: Vec<char> = if capitals {
                word.chars().flat_map(char::to_uppercase).collect()
            } else {
                word.chars().collect()
            };
            chars.iter().map(|&c| em(c) + spacing).sum::<f64>()
        })
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_add_up_per_character() {
        assert!((text_width("il", 10.0) - 7.0).abs() < 1e-9);
        assert!(text_width("mm", 1.0) > text_width("ii", 1.0) * 2.0);
    }

    #[test]
    fn the_widest_word_is_measured_as_drawn() {
        let plain = widest_word("Kwaliteitsonderwijs en zo", false, 0.0);
        let caps = widest_word("Kwaliteitsonderwijs en zo", true, 0.0);
        assert!(caps > plain, "capitals are wider");
        assert!((widest_word("ab abc", false, 0.1) - (0.69 + 0.72 + 0.6 + 0.3)).abs() < 1e-9);
        assert_eq!(widest_word("", true, 0.01), 0.0);
        // Accented capitals come from their small letters.
        assert!((widest_word("é", true, 0.0) - em('É')).abs() < 1e-9);
    }
}
