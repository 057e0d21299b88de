//! Host tests of the import path against hostile and broken input: every file
//! in tests/bad-files/ gives its expected error, and random mutations of a
//! valid file never panic and never change existing data.
#![cfg(not(target_arch = "wasm32"))]

use sdg_circle::domain::file_format::{restore, to_json, RestoreError, MAX_FILE_BYTES};
use sdg_circle::domain::import;
use sdg_circle::domain::workspace::Workspace;
use std::collections::BTreeMap;
use std::path::Path;

fn kind(result: &Result<sdg_circle::domain::file_format::Restored, RestoreError>) -> &'static str {
    match result {
        Ok(r) if r.dropped.is_empty() => "ok",
        Ok(_) => "dropped",
        Err(RestoreError::Empty) => "empty",
        Err(RestoreError::TooLarge { .. }) => "too_large",
        Err(RestoreError::NotJson { .. }) => "not_json",
        Err(RestoreError::NotSdgCircle) => "not_ours",
        Err(RestoreError::FutureVersion { .. }) => "future",
        Err(RestoreError::BadVersion) => "bad_version",
        Err(RestoreError::Invalid { .. }) => "invalid",
    }
}

fn existing() -> Workspace {
    let text = include_str!("fixtures/v1-workspace.json");
    restore(text).unwrap().workspace
}

#[test]
fn every_bad_file_gives_its_error_and_leaves_data_untouched() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-files");
    let expected: BTreeMap<String, String> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    assert!(
        expected.len() >= 50,
        "the corpus has {} files",
        expected.len()
    );
    let before = existing();
    for (name, want) in &expected {
        let text = if name.starts_with("(generated)") {
            format!(
                "{{\"format\":\"sdg-circle\",\"pad\":\"{}\"}}",
                "a".repeat(MAX_FILE_BYTES)
            )
        } else {
            String::from_utf8_lossy(&std::fs::read(dir.join(name)).unwrap()).into_owned()
        };
        let got = restore(&text);
        assert_eq!(kind(&got), want, "{name}: {got:?}");
        if let Ok(restored) = &got {
            // What survives is valid: it writes and reads back the same.
            let again = restore(&to_json(&restored.workspace.partnerships, 0, None)).unwrap();
            assert_eq!(again.workspace, restored.workspace, "{name}");
        }
        let mine = before.clone();
        let _ = import::plan(&mine, &text);
        assert_eq!(mine, before, "{name} changed existing data");
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
