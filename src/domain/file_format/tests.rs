//! Restore as a whole; each part has its own tests beside it.

use super::limits::{shape, PARSER_DEPTH};
use super::*;
use crate::domain::partnership::tests::lommel_ongwediva;
use serde_json::Value;

fn sample() -> Workspace {
    Workspace {
        partnerships: vec![lommel_ongwediva()],
    }
}

#[test]
fn envelope_round_trip() {
    let w = sample();
    let json = to_json(&w.partnerships, 7, Some("2026-11-22T12:00:00Z"));
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["format"], "sdg-circle");
    assert_eq!(v["version"], CURRENT_VERSION);
    assert_eq!(v["exported_at"], "2026-11-22T12:00:00Z");
    assert_eq!(v["app_version"], APP_VERSION);
    let restored = restore(&json).unwrap();
    assert_eq!(
        restored,
        Restored {
            workspace: w,
            revision: 7,
            from_version: CURRENT_VERSION,
            dropped: vec![]
        }
    );
}

#[test]
fn rejects_what_is_not_ours() {
    assert_eq!(restore(""), Err(RestoreError::Empty));
    assert!(matches!(
        restore("{\"format\": \"sdg-c"),
        Err(RestoreError::NotJson { .. })
    ));
    assert_eq!(
        restore("[1,2]"),
        Err(RestoreError::NotSdgCircle { looks_like: None })
    );
    assert_eq!(
        restore(r#"{"type":"excalidraw","version":2}"#),
        Err(RestoreError::NotSdgCircle {
            looks_like: Some(Lookalike::OtherApp {
                says: Some("excalidraw".into())
            })
        })
    );
    assert_eq!(
        restore(r#"{"format":"sdg-circle"}"#),
        Err(RestoreError::BadVersion {
            found: Found::Missing
        })
    );
    assert_eq!(
        restore(r#"{"format":"sdg-circle","version":"1"}"#),
        Err(RestoreError::BadVersion {
            found: Found::Text("1".into())
        })
    );
    assert_eq!(
        restore(r#"{"format":"sdg-circle","version":-1}"#),
        Err(RestoreError::BadVersion {
            found: Found::Number("-1".into())
        })
    );
}

#[test]
fn refuses_a_newer_version() {
    let next = CURRENT_VERSION + 1;
    let text = format!(r#"{{"format":"sdg-circle","version":{next},"partnerships":[]}}"#);
    assert_eq!(
        restore(&text),
        Err(RestoreError::FutureVersion { found: next })
    );
}

#[test]
fn refuses_oversized_text_before_parsing() {
    let text = " ".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(
        restore(&text),
        Err(RestoreError::TooLarge {
            bytes: MAX_FILE_BYTES + 1
        })
    );
}

#[test]
fn salvages_valid_partnerships_and_says_what_was_dropped() {
    let mut v: Value = serde_json::from_str(&to_json(&sample().partnerships, 0, None)).unwrap();
    let good = v["partnerships"][0].clone();
    let mut bad = good.clone();
    bad["id"] = "other".into();
    bad["partners"] = Value::Array(vec![]);
    let mut long = good.clone();
    long["id"] = "long".into();
    long["name"] = "x".repeat(MAX_STRING_CHARS + 1).into();
    v["partnerships"] = Value::Array(vec![good.clone(), bad, good, long, Value::Null]);
    let restored = restore(&v.to_string()).unwrap();
    assert_eq!(restored.workspace, sample());
    let positions: Vec<usize> = restored.dropped.iter().map(|d| d.position).collect();
    assert_eq!(positions, [2, 3, 4, 5]);
    assert_eq!(
        restored.dropped[0].name.as_deref(),
        Some("Lommel – Ongwediva")
    );
    assert_eq!(
        restored.dropped[1].problem.kind,
        ProblemKind::IdTwice {
            id: "p-lommel".into()
        }
    );
    assert_eq!(
        restored.dropped[2].problem.kind,
        ProblemKind::TextLimit {
            max: MAX_STRING_CHARS
        }
    );
    assert_eq!(
        restored.dropped[3].problem.kind,
        ProblemKind::NotAPartnership {
            found: Found::Nothing
        }
    );
}

/// The checks as they were made on a parsed tree: the reference the
/// one-pass scan must agree with.
fn tree_shape(value: &Value, depth: usize) -> Option<ProblemKind> {
    if depth > MAX_DEPTH {
        return Some(ProblemKind::DepthLimit { max: MAX_DEPTH });
    }
    match value {
        Value::String(s) if s.chars().count() > MAX_STRING_CHARS => Some(ProblemKind::TextLimit {
            max: MAX_STRING_CHARS,
        }),
        Value::Array(items) if items.len() > MAX_LIST_LEN => {
            Some(ProblemKind::ListLimit { max: MAX_LIST_LEN })
        }
        Value::Array(items) => items.iter().find_map(|v| tree_shape(v, depth + 1)),
        Value::Object(map) => map.values().find_map(|v| tree_shape(v, depth + 1)),
        _ => None,
    }
}

fn nested(levels: usize, inner: &str) -> String {
    format!("{}{inner}{}", "[".repeat(levels), "]".repeat(levels))
}

#[test]
fn the_scan_agrees_with_the_tree_on_every_limit() {
    let text = |chars: &str, n: usize| format!("\"{}\"", chars.repeat(n));
    let mut cases = vec![
        // Depth: the partnership itself is level 0.
        nested(MAX_DEPTH, "1"),
        nested(MAX_DEPTH + 1, "1"),
        nested(MAX_DEPTH, "[]"),
        nested(MAX_DEPTH, "{}"),
        format!("{{\"a\":{}}}", nested(MAX_DEPTH - 1, "{\"b\":[]}")),
        format!("{{\"a\":{}}}", nested(MAX_DEPTH - 1, "{\"b\":[1]}")),
        // Lists.
        format!("[{}]", ["0"; MAX_LIST_LEN].join(",")),
        format!("[{}]", ["0"; MAX_LIST_LEN + 1].join(", ")),
        format!("{{\"k\":[{}]}}", ["{}"; MAX_LIST_LEN + 1].join(",")),
        // Text, counted in characters once unescaped; keys have no limit.
        text("a", MAX_STRING_CHARS),
        text("a", MAX_STRING_CHARS + 1),
        text("é", MAX_STRING_CHARS),
        text("é", MAX_STRING_CHARS + 1),
        text("\\u00e9", MAX_STRING_CHARS),
        text("\\u00e9", MAX_STRING_CHARS + 1),
        text("\\ud83c\\udf0d", MAX_STRING_CHARS),
        text("\\ud83c\\udf0d", MAX_STRING_CHARS + 1),
        text("\\\"", MAX_STRING_CHARS + 1),
        text("\\n", MAX_STRING_CHARS),
        format!("{{{}:1}}", text("k", MAX_STRING_CHARS + 1)),
        format!(
            "{{\"a\":{{\"b\":[{}, true, null, -1.5e3]}}}}",
            text("x", MAX_STRING_CHARS + 1)
        ),
        " { \"a\" : [ 1 , \"two\" , { } ] } ".to_owned(),
    ];
    cases.push(format!("{{\"name\":\"x\",\"n\":{}}}", cases[6]));
    for case in &cases {
        let tree: Value = serde_json::from_str(case).unwrap();
        assert_eq!(
            shape(case).unwrap(),
            tree_shape(&tree, 0),
            "{}",
            case.get(..80).unwrap_or(case)
        );
    }
}

#[test]
fn nesting_a_json_parser_refuses_refuses_the_file_as_before() {
    for levels in [PARSER_DEPTH - 2, PARSER_DEPTH - 1, PARSER_DEPTH, 5_000] {
        let text = format!(
            r#"{{"format":"sdg-circle","version":1,"partnerships":[{}]}}"#,
            nested(levels, "")
        );
        let parser_refuses = serde_json::from_str::<Value>(&text).is_err();
        let restored = restore(&text);
        assert_eq!(
            restored.as_ref().err(),
            parser_refuses.then_some(&RestoreError::TooDeep { max: JSON_DEPTH }),
            "{levels} levels"
        );
        if !parser_refuses {
            assert_eq!(
                restored.unwrap().dropped[0].problem.kind,
                ProblemKind::DepthLimit { max: MAX_DEPTH }
            );
        }
    }
}

#[test]
fn syntax_errors_anywhere_come_before_not_ours() {
    assert!(matches!(
        restore("[1, 2,"),
        Err(RestoreError::NotJson { .. })
    ));
    assert!(matches!(
        restore(r#"{"format":"other","x":[1,}"#),
        Err(RestoreError::NotJson { .. })
    ));
    assert!(matches!(
        restore(r#"{"format":"sdg-circle","version":1e400,"partnerships":[]}"#),
        Err(RestoreError::NotJson { .. })
    ));
    assert_eq!(
        restore(r#"["sdg-circle", 1, 0, []]"#),
        Err(RestoreError::NotSdgCircle { looks_like: None })
    );
}

#[test]
fn envelope_fields_are_read_as_a_json_object_reads_them() {
    // A key given twice counts the last time; escapes are unescaped.
    let text = r#"{"format":"x","format":"sdg\u002dcircle","version":1,"revision":4,
        "partnerships":{"not":"a list"},"partnerships":[]}"#;
    let restored = restore(text).unwrap();
    assert_eq!(restored.revision, 4);
    assert_eq!(
        restore(r#"{"format":"sdg-circle","version":1,"partnerships":null}"#),
        Err(RestoreError::NoPartnerships {
            found: Found::Nothing
        })
    );
    let odd_revision = r#"{"format":"sdg-circle","version":1,"revision":[1],"partnerships":[]}"#;
    assert_eq!(restore(odd_revision).unwrap().revision, 0);
}

#[test]
fn a_dropped_partnership_is_named_when_its_name_is_text() {
    let text =
        |item: &str| format!(r#"{{"format":"sdg-circle","version":1,"partnerships":[{item}]}}"#);
    let dropped = |item: &str| restore(&text(item)).unwrap().dropped.remove(0);
    let named = dropped(r#"{"id":"p-1","name":"Gent – Matagalpa","partners":[]}"#);
    assert_eq!(named.name.as_deref(), Some("Gent – Matagalpa"));
    assert_eq!(named.problem.kind, ProblemKind::PartnerCount { found: 0 });
    assert_eq!(dropped(r#"{"name":7}"#).name, None);
    assert_eq!(dropped("[1]").name, None);
    let long = dropped(&format!(r#"{{"name":"{}"}}"#, "n".repeat(500)));
    assert_eq!(
        long.name.map(|n| n.chars().count()),
        Some(Found::TEXT_SHOWN + 1)
    );
    assert_eq!(dropped(r#"{"name":"  "}"#).name, None);
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let text = "\u{feff}{\"format\":\"sdg-circle\",\"version\":1,\"partnerships\":[]}";
    assert_eq!(restore(text).unwrap().workspace, Workspace::default());
}

#[test]
fn drops_unknown_fields() {
    let text = r#"{"format":"sdg-circle","version":1,"extra":{"a":1},"partnerships":[]}"#;
    assert_eq!(restore(text).unwrap().workspace, Workspace::default());
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let text = format!(r#"{{"format":"sdg-circle","version":1,"partnerships":{deep}}}"#);
    assert_eq!(
        restore(&text),
        Err(RestoreError::TooDeep { max: JSON_DEPTH })
    );
}

#[test]
fn exports_carry_results_that_import_ignores() {
    let text = include_str!("../../../tests/fixtures/v1-full.json");
    let restored = restore(text).unwrap();
    assert!(restored.dropped.is_empty(), "{:?}", restored.dropped);
    let exported = to_export_json(&restored.workspace.partnerships, 1, "2026-11-22T12:00:00Z");
    let v: Value = serde_json::from_str(&exported).unwrap();
    let results = &v["partnerships"][0]["results"];
    assert_eq!(
        results["boards"][0]["gaps"],
        serde_json::json!([5, 6, 7, 12, 14])
    );
    let matches = results["rounds"][0]["matches"].as_array().unwrap();
    assert!(matches.contains(
        &serde_json::json!({"goal": 6, "kind": "peer_learning", "from": "a", "to": "b"})
    ));
    assert!(matches.contains(&serde_json::json!({"goal": 13, "kind": "joint_learning"})));
    // Forged results are not trusted: they are recomputed, not read.
    let mut forged = v.clone();
    forged["partnerships"][0]["results"]["boards"][0]["gaps"] = serde_json::json!([1]);
    let again = restore(&forged.to_string()).unwrap();
    assert_eq!(again.workspace, restored.workspace);
}

#[test]
fn version_1_fixture_still_restores() {
    let text = include_str!("../../../tests/fixtures/v1-workspace.json");
    let restored = restore(text).unwrap();
    assert_eq!(restored.from_version, 1);
    assert!(restored.dropped.is_empty());
    assert_eq!(restored.workspace.partnerships[0].b.name, "Ongwediva");
}
