//! Host tests of the import path against hostile and broken input: every file
//! in tests/bad-files/ gives its expected error, and random mutations of a
//! valid file never panic and never change existing data.
#![cfg(not(target_arch = "wasm32"))]

use sdg_circle::domain::file_format::{
    restore, to_json, ProblemKind, RestoreError, Restored, MAX_FILE_BYTES,
};
use sdg_circle::domain::import;
use sdg_circle::domain::workspace::Workspace;
use sdg_circle::i18n::Locale;
use sdg_circle::ui::problem_text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// What a file gives, as the corpus records it: the typed error (without the
/// parser's words) and what a person reads, in each UI language.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Outcome {
    typed: String,
    en: String,
    nl: String,
    fr: String,
    es: String,
}

fn message(result: &Result<Restored, RestoreError>, locale: Locale) -> String {
    match result {
        Ok(r) => r
            .dropped
            .iter()
            .map(|d| problem_text::dropped(d, locale))
            .collect::<Vec<_>>()
            .join("\n"),
        Err(e) => problem_text::restore_error(e, locale),
    }
}

fn outcome(result: &Result<Restored, RestoreError>) -> Outcome {
    let typed = match result {
        Ok(r) if r.dropped.is_empty() => "ok".to_owned(),
        Ok(r) => r
            .dropped
            .iter()
            .map(|d| format!("#{} {:?} {:?}", d.position, d.problem.place, d.problem.kind))
            .collect::<Vec<_>>()
            .join("\n"),
        Err(RestoreError::NotJson { looks_like, .. }) => format!("NotJson {looks_like:?}"),
        Err(e) => format!("{e:?}"),
    };
    Outcome {
        typed,
        en: message(result, Locale::en),
        nl: message(result, Locale::nl),
        fr: message(result, Locale::fr),
        es: message(result, Locale::es),
    }
}

/// Words of Rust, serde or a parser, which a person must never read outside
/// the technical details: whole words, and phrases.
const TECHNICAL_WORDS: [&str; 7] = [
    "enum", "variant", "expected", "column", "serde", "struct", "untagged",
];
const TECHNICAL_PHRASES: [&str; 5] = [
    "field `",
    "invalid type",
    "invalid value",
    " at line ",
    "Err(",
];

fn assert_plain(text: &str, context: &str) {
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        assert!(
            !TECHNICAL_WORDS.contains(&word),
            "{context}: “{word}” in {text}"
        );
    }
    for phrase in TECHNICAL_PHRASES {
        assert!(!text.contains(phrase), "{context}: “{phrase}” in {text}");
    }
}

#[test]
fn the_check_itself_sees_technical_words() {
    let caught = |text: &str| std::panic::catch_unwind(|| assert_plain(text, "")).is_err();
    assert!(caught(
        "data did not match any variant of untagged enum ScoreWire"
    ));
    assert!(caught("missing field `kind` at line 126 column 5"));
    assert!(!caught("De doelen zijn genummerd van 1 tot 17."));
}

fn existing() -> Workspace {
    let text = include_str!("fixtures/v1-workspace.json");
    restore(text).unwrap().workspace
}

/// Every file gives its recorded typed error and messages. After a deliberate
/// change of wording, `BLESS_BAD_FILES=1 cargo test --test bad_files` writes
/// them again: read the diff of `expected.json` before committing it.
#[test]
fn every_bad_file_gives_its_error_and_leaves_data_untouched() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-files");
    let expected_path = dir.join("expected.json");
    let expected: BTreeMap<String, Outcome> =
        serde_json::from_str(&std::fs::read_to_string(&expected_path).unwrap()).unwrap();
    assert!(
        expected.len() >= 50,
        "the corpus has {} files",
        expected.len()
    );
    let bless = std::env::var_os("BLESS_BAD_FILES").is_some();
    let mut got_all = BTreeMap::new();
    let before = existing();
    for name in expected.keys() {
        let text = if name.starts_with("(generated)") {
            format!(
                "{{\"format\":\"sdg-circle\",\"pad\":\"{}\"}}",
                "a".repeat(MAX_FILE_BYTES)
            )
        } else {
            String::from_utf8_lossy(&std::fs::read(dir.join(name)).unwrap()).into_owned()
        };
        let result = restore(&text);
        let got = outcome(&result);
        for text in [&got.en, &got.nl, &got.fr, &got.es] {
            assert_plain(text, name);
        }
        if !bless {
            assert_eq!(&got, &expected[name], "{name}");
        }
        got_all.insert(name.clone(), got);
        if let Ok(restored) = &result {
            assert!(restored
                .dropped
                .iter()
                .all(|d| d.problem.kind != ProblemKind::Unexplained));
            // What survives is valid: it writes and reads back the same.
            let again = restore(&to_json(&restored.workspace.partnerships, 0, None)).unwrap();
            assert_eq!(again.workspace, restored.workspace, "{name}");
        }
        let mine = before.clone();
        let _ = import::plan(&mine, &text);
        assert_eq!(mine, before, "{name} changed existing data");
    }
    if bless {
        let text = serde_json::to_string_pretty(&got_all).unwrap() + "\n";
        std::fs::write(&expected_path, text).unwrap();
    }
}

/// xorshift64*: deterministic, so a failure can be replayed from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const NASTY: [&str; 12] = [
    "null",
    "-1",
    "0",
    "18",
    "1e309",
    "\"\"",
    "[]",
    "{}",
    "true",
    "\"<script>alert(1)</script>\"",
    "99999999999999999999",
    "\"\\u0000\"",
];

fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..=rng.below(3) {
        let at = rng.below(bytes.len());
        match rng.below(5) {
            0 => bytes.truncate(at),
            1 => {
                bytes.remove(at.min(bytes.len().saturating_sub(1)));
            }
            2 => bytes.insert(at, b"{}[]\",:0a-\\"[rng.below(11)]),
            3 => {
                // Replace the next JSON value after a colon with something nasty.
                if let Some(colon) = bytes[at..].iter().position(|&b| b == b':') {
                    let start = at + colon + 1;
                    let end = bytes[start..]
                        .iter()
                        .position(|&b| b == b',' || b == b'}' || b == b']')
                        .map_or(bytes.len(), |e| start + e);
                    bytes.splice(start..end, NASTY[rng.below(NASTY.len())].bytes());
                }
            }
            _ => {
                let len = bytes.len();
                bytes[at.min(len.saturating_sub(1))] ^= 1 << rng.below(8);
            }
        }
        if bytes.is_empty() {
            break;
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn mutated_files_never_panic_and_never_change_existing_data() {
    let valid = include_str!("fixtures/v1-workspace.json");
    let before = existing();
    let mut rng = Rng(0x5D6_C1C1E);
    let mut accepted = 0;
    for _ in 0..20_000 {
        let text = mutate(&mut rng, valid);
        let mine = before.clone();
        let result = restore(&text);
        // Every refusal is explained in the app's words, in every language.
        if let Ok(restored) = &result {
            for d in &restored.dropped {
                assert_ne!(d.problem.kind, ProblemKind::Unexplained, "{text}\n{d:?}");
            }
        }
        for locale in [Locale::en, Locale::fr] {
            assert_plain(&message(&result, locale), &text);
        }
        if let Ok(plan) = import::plan(&mine, &text) {
            accepted += 1;
            let next = import::apply(&mine, &plan, &|_| vec![]);
            if let Ok(next) = next {
                assert!(next.ids_are_unique());
                assert!(next.partnerships.len() >= mine.partnerships.len());
            }
        }
        assert_eq!(mine, before);
    }
    // The mutations must not be so wild that nothing is ever accepted.
    assert!(
        accepted > 100,
        "only {accepted} mutated files were accepted"
    );
}
