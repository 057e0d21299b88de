//! The limits no valid partnership comes near (overlong text, huge lists,
//! deep nesting), checked on each partnership's JSON text in one pass without
//! building anything, before it is parsed.

use super::problem::ProblemKind;
use super::{RestoreError, MAX_DEPTH, MAX_LIST_LEN, MAX_STRING_CHARS};

/// How deep serde_json's parser nests before it gives up.
pub const JSON_DEPTH: usize = 128;
/// The same for a partnership, which sits two levels down (the envelope, its list).
pub(super) const PARSER_DEPTH: usize = JSON_DEPTH - 2;

/// The first limit a partnership's text breaks: `Ok(Some(why))` leaves this
/// partnership out; `Err` refuses the whole file
/// (nesting a JSON parser would not follow). The text is valid JSON: serde_json
/// read it to find where it ends.
pub(super) fn shape(text: &str) -> Result<Option<ProblemKind>, RestoreError> {
    let bytes = text.as_bytes();
    let mut problem: Option<ProblemKind> = None;
    let mut note = |why: ProblemKind| {
        problem.get_or_insert(why);
    };
    // One entry per open container: the entries so far of a list, `None` for an object.
    let mut open: Vec<Option<usize>> = Vec::new();
    // Inside an object, whether the next string is a key (keys have no limit).
    let mut key_next = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b' ' | b'\t' | b'\n' | b'\r' | b':' => {
                i += 1;
                continue;
            }
            b',' => {
                key_next = matches!(open.last(), Some(None));
                i += 1;
                continue;
            }
            b']' | b'}' => {
                open.pop();
                key_next = false;
                i += 1;
                continue;
            }
            b'"' if key_next => {
                i = string_end(bytes, i).1;
                key_next = false;
                continue;
            }
            _ => {}
        }
        // A value, `open.len()` levels into the partnership.
        if open.len() > MAX_DEPTH {
            note(ProblemKind::DepthLimit { max: MAX_DEPTH });
        }
        if let Some(Some(entries)) = open.last_mut() {
            *entries += 1;
            if *entries == MAX_LIST_LEN + 1 {
                note(ProblemKind::ListLimit { max: MAX_LIST_LEN });
            }
        }
        match b {
            b'"' => {
                let (chars, end) = string_end(bytes, i);
                if chars > MAX_STRING_CHARS {
                    note(ProblemKind::TextLimit {
                        max: MAX_STRING_CHARS,
                    });
                }
                i = end;
            }
            b'[' | b'{' => {
                if open.len() + 1 >= PARSER_DEPTH {
                    return Err(RestoreError::TooDeep { max: JSON_DEPTH });
                }
                open.push((b == b'[').then_some(0));
                key_next = b == b'{';
                i += 1;
            }
            // A number, `true`, `false` or `null`: up to the next delimiter.
            _ => {
                while bytes.get(i).is_some_and(|c| {
                    !matches!(c, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r')
                }) {
                    i += 1;
                }
            }
        }
    }
    Ok(problem)
}

/// Whether a text that a JSON parser refused nests deeper than it follows: then
/// that, not a syntax error, is what to tell the person.
pub(super) fn nests_too_deep(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => {
                i = string_end(bytes, i).1;
                continue;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > JSON_DEPTH {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    false
}

/// For the string that opens at `start`: its length in characters once
/// unescaped, and the index just past its closing quote.
fn string_end(bytes: &[u8], start: usize) -> (usize, usize) {
    let mut i = start + 1;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => break,
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
    let body = bytes.get(start + 1..i).unwrap_or_default();
    // Never more characters than bytes: most strings need no counting.
    let chars = if body.len() <= MAX_STRING_CHARS {
        body.len()
    } else {
        unescaped_chars(body)
    };
    (chars, i + 1)
}

fn unescaped_chars(body: &[u8]) -> usize {
    let mut chars = 0;
    let mut i = 0;
    while let Some(&b) = body.get(i) {
        match b {
            b'\\' if body.get(i + 1) == Some(&b'u') => {
                // A surrogate pair is two escapes for one character.
                let high_surrogate = body
                    .get(i + 2..i + 6)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u16::from_str_radix(h, 16).ok())
                    .is_some_and(|u| (0xD800..0xDC00).contains(&u));
                chars += usize::from(!high_surrogate);
                i += 6;
            }
            b'\\' => {
                chars += 1;
                i += 2;
            }
            // UTF-8 continuation bytes are not characters of their own.
            _ => {
                chars += usize::from(b & 0xC0 != 0x80);
                i += 1;
            }
        }
    }
    chars
}
