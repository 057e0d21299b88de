//! Every screen in nl, en, fr, es: each locale file has exactly the keys of the
//! English one, no empty strings, and the same `{{ placeholders }}` per key.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

const LOCALES: [&str; 4] = ["en", "nl", "fr", "es"];

fn flatten(prefix: &str, v: &Value, out: &mut BTreeMap<String, String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        Value::String(s) => {
            out.insert(prefix.to_owned(), s.clone());
        }
        other => panic!("{prefix}: not a string: {other}"),
    }
}

fn load(locale: &str) -> BTreeMap<String, String> {
    let path = format!("{}/locales/{locale}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = BTreeMap::new();
    flatten("", &serde_json::from_str(&text).unwrap(), &mut out);
    out
}

/// Both kinds: leptos_i18n's `{{ name }}`, and the `{name}` of sentences the
/// app fills itself (`ui::fill`), written `"{name}"` here to tell them apart.
fn placeholders(s: &str) -> BTreeSet<String> {
    let double: BTreeSet<String> = s
        .split("{{")
        .skip(1)
        .filter_map(|rest| rest.split("}}").next())
        .map(|p| p.trim().to_owned())
        .collect();
    let single = s
        .replace("{{", "")
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .map(|name| format!("{{{name}}}"))
        .collect::<BTreeSet<_>>();
    double.into_iter().chain(single).collect()
}

#[test]
fn every_locale_has_every_string() {
    let reference = load("en");
    assert!(reference.len() > 50);
    let mut problems = Vec::new();
    for locale in LOCALES {
        let strings = load(locale);
        for key in reference.keys().filter(|k| !strings.contains_key(*k)) {
            problems.push(format!("{locale}: missing {key}"));
        }
        for key in strings.keys().filter(|k| !reference.contains_key(*k)) {
            problems.push(format!("{locale}: {key} is not in en.json"));
        }
        for (key, text) in &strings {
            if text.trim().is_empty() {
                problems.push(format!("{locale}: {key} is empty"));
            }
            if let Some(en) = reference.get(key) {
                if placeholders(en) != placeholders(text) {
                    problems.push(format!("{locale}: {key} has other placeholders than en"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_itself_sees_placeholders() {
    assert_eq!(
        placeholders("A {{ name }} and {{max}}"),
        ["max".to_owned(), "name".to_owned()].into()
    );
    assert_eq!(
        placeholders("{field} is longer than {max}: {{ n }}"),
        ["n".to_owned(), "{field}".to_owned(), "{max}".to_owned()].into()
    );
}
