//! Join codes: what a link or a typed code grants. Twelve Crockford base32
//! characters, shown `XXXX-XXXX-XXXX`: the first four name the session (the
//! sync server's documents are `live/<session>/…`), the other eight (40 bits)
//! are the secret of one role. The server keeps only their hashes and stops an
//! address after a few wrong ones (`sync/access.mjs`), which is what makes a code
//! short enough to type from a projected wall safe enough.

use std::fmt;

pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
pub const SESSION_LEN: usize = 4;
pub const SECRET_LEN: usize = 8;

#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct JoinCode(String);

impl JoinCode {
    /// Reads a code as people type it: any case, with or without dashes and
    /// spaces, O for 0 and I or L for 1. The part after `#` of a join link too.
    pub fn parse(typed: &str) -> Option<JoinCode> {
        let typed = typed.rsplit('#').next().unwrap_or(typed);
        if typed.len() > 40 {
            return None;
        }
        let code: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            })
            .collect();
        let valid =
            code.len() == SESSION_LEN + SECRET_LEN && code.bytes().all(|b| ALPHABET.contains(&b));
        valid.then_some(JoinCode(code))
    }

    /// A code for `session` from random characters (`random` must be of the alphabet).
    pub fn new(session: &str, random: &str) -> Option<JoinCode> {
        let session: String = session.chars().take(SESSION_LEN).collect();
        let secret: String = random.chars().take(SECRET_LEN).collect();
        JoinCode::parse(&format!("{session}{secret}"))
            .filter(|c| c.session() == session && session.len() == SESSION_LEN)
    }

    /// The session it names: the sync server's document prefix.
    pub fn session(&self) -> &str {
        &self.0[..SESSION_LEN]
    }

    /// As the server reads it: twelve characters, no dashes.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for JoinCode {
    /// Grouped by four, as it is read aloud and typed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.0;
        write!(f, "{}-{}-{}", &c[..4], &c[4..8], &c[8..])
    }
}

impl TryFrom<String> for JoinCode {
    type Error = &'static str;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        JoinCode::parse(&s).ok_or("not a join code")
    }
}

impl From<JoinCode> for String {
    fn from(c: JoinCode) -> String {
        c.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_as_people_type_them() {
        let c = JoinCode::parse("k7m4-qx2f-9dh3").unwrap();
        assert_eq!(c.as_str(), "K7M4QX2F9DH3");
        assert_eq!(c.to_string(), "K7M4-QX2F-9DH3");
        assert_eq!(c.session(), "K7M4");
        assert_eq!(JoinCode::parse(" K7M4 QX2F 9DH3 ").unwrap(), c);
        // O is 0, I and L are 1.
        assert_eq!(
            JoinCode::parse("OILO-0000-0000").unwrap().as_str(),
            "011000000000"
        );
        // A whole join link: only the fragment counts.
        let link = "http://192.168.1.10:8080/join#K7M4-QX2F-9DH3";
        assert_eq!(JoinCode::parse(link).unwrap(), c);
    }

    #[test]
    fn refuses_what_is_not_a_code() {
        for bad in [
            "",
            "K7M4-QX2F-9DH",
            "K7M4-QX2F-9DH33",
            "K7M4-QX2F-9DHU",
            "<script>",
            "é",
        ] {
            assert!(JoinCode::parse(bad).is_none(), "{bad}");
        }
        assert!(JoinCode::parse(&"A".repeat(41)).is_none());
    }

    #[test]
    fn new_codes_share_their_session() {
        let a = JoinCode::new("K7M4", "QX2F9DH3").unwrap();
        let b = JoinCode::new("K7M4", "ZZZZZZZZ").unwrap();
        assert_eq!(a.session(), b.session());
        assert!(JoinCode::new("K7M", "QX2F9DH3Q").is_none());
        assert!(JoinCode::new("K7M4", "QX2F").is_none());
    }
}
