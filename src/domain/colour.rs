//! sRGB colours and the WCAG 2.2 contrast ratio, so the catalogue can prove
//! that text on every SDG colour is readable on a projector.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub const WHITE: Rgb = Rgb(0xFF, 0xFF, 0xFF);
/// Near-black used for text on light SDG colours (pure black is harsh on a projector
/// but must still pass AA on every light goal colour; see the catalogue tests).
pub const INK: Rgb = Rgb(0x00, 0x00, 0x00);

impl Rgb {
    pub const fn hex(code: u32) -> Rgb {
        Rgb((code >> 16) as u8, (code >> 8) as u8, code as u8)
    }

    /// `#RRGGBB`, upper case, as CSS and SVG take it.
    pub fn css(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        fn channel(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// WCAG contrast ratio between two colours, from 1.0 to 21.0.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// WCAG AA threshold for normal-size text.
pub const AA_NORMAL: f64 = 4.5;

/// White where white passes AA, else ink: the UN artwork uses white, so keep it
/// wherever it is readable.
pub fn readable_text_on(background: Rgb) -> Rgb {
    if contrast(WHITE, background) >= AA_NORMAL {
        WHITE
    } else {
        INK
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_extremes() {
        assert!((contrast(WHITE, INK) - 21.0).abs() < 1e-9);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn hex_and_css_round_trip() {
        assert_eq!(Rgb::hex(0xE5243B).css(), "#E5243B");
        assert_eq!(Rgb::hex(0x0A97D9), Rgb(0x0A, 0x97, 0xD9));
    }
}
