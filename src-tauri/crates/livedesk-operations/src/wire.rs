//! Turning a typed input into wire text: each top-level field serialised on its own (so it
//! can go to the path, the query or the body), in the struct's order, nested objects in
//! their structs' order too; percent-encoding; Huawei's ASCII-only JSON.

use std::io;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::ser::{self, Impossible, Serialize, SerializeStruct, Serializer};

/// RFC 3986 unreserved characters stay, everything else is `%XX`: unambiguous for every
/// vendor's signer (no `+` for space).
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

pub(crate) fn encode(text: &str) -> String {
    utf8_percent_encode(text, COMPONENT).to_string()
}

/// The fields of a struct, serialised as compact JSON one by one, in order; fields skipped
/// by serde (`None`) are left out.
pub(crate) fn split_fields<T: Serialize>(
    value: &T,
    ascii_only: bool,
) -> Result<Vec<(&'static str, String)>, serde_json::Error> {
    value.serialize(Splitter { ascii_only })
}

/// Compact JSON; with `ascii_only`, every non-ASCII character as a `\uXXXX` escape (as
/// Huawei's official SDK writes bodies).
pub(crate) fn to_json<T: Serialize + ?Sized>(
    value: &T,
    ascii_only: bool,
) -> Result<String, serde_json::Error> {
    let mut out = Vec::with_capacity(128);
    if ascii_only {
        let mut serializer = serde_json::Serializer::with_formatter(&mut out, AsciiOnly);
        value.serialize(&mut serializer)?;
    } else {
        let mut serializer = serde_json::Serializer::new(&mut out);
        value.serialize(&mut serializer)?;
    }
    Ok(String::from_utf8(out).expect("serde_json writes UTF-8"))
}

struct AsciiOnly;

impl serde_json::ser::Formatter for AsciiOnly {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if c.is_ascii() {
                continue;
            }
            writer.write_all(&fragment.as_bytes()[start..at])?;
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(writer, "\\u{unit:04x}")?;
            }
            start = at + c.len_utf8();
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }
}

fn not_a_struct() -> serde_json::Error {
    ser::Error::custom("an operation's input must be a struct")
}

struct Splitter {
    ascii_only: bool,
}

struct Fields {
    ascii_only: bool,
    fields: Vec<(&'static str, String)>,
}

type Out = Vec<(&'static str, String)>;

impl SerializeStruct for Fields {
    type Ok = Out;
    type Error = serde_json::Error;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Self::Error> {
        self.fields.push((key, to_json(value, self.ascii_only)?));
        Ok(())
    }

    fn end(self) -> Result<Out, Self::Error> {
        Ok(self.fields)
    }
}

macro_rules! refuse {
    ($($method:ident($($arg:ty),*);)*) => {
        $(fn $method(self, $(_: $arg),*) -> Result<Out, serde_json::Error> { Err(not_a_struct()) })*
    };
}

impl Serializer for Splitter {
    type Ok = Out;
    type Error = serde_json::Error;
    type SerializeSeq = Impossible<Out, serde_json::Error>;
    type SerializeTuple = Impossible<Out, serde_json::Error>;
    type SerializeTupleStruct = Impossible<Out, serde_json::Error>;
    type SerializeTupleVariant = Impossible<Out, serde_json::Error>;
    type SerializeMap = Impossible<Out, serde_json::Error>;
    type SerializeStruct = Fields;
    type SerializeStructVariant = Impossible<Out, serde_json::Error>;

    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Fields, serde_json::Error> {
        Ok(Fields {
            ascii_only: self.ascii_only,
            fields: Vec::with_capacity(len),
        })
    }

    refuse! {
        serialize_bool(bool); serialize_i8(i8); serialize_i16(i16); serialize_i32(i32);
        serialize_i64(i64); serialize_u8(u8); serialize_u16(u16); serialize_u32(u32);
        serialize_u64(u64); serialize_f32(f32); serialize_f64(f64); serialize_char(char);
        serialize_str(&str); serialize_bytes(&[u8]); serialize_none(); serialize_unit();
        serialize_unit_struct(&'static str);
        serialize_unit_variant(&'static str, u32, &'static str);
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<Out, serde_json::Error> {
        value.serialize(self)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Out, serde_json::Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Out, serde_json::Error> {
        Err(not_a_struct())
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, serde_json::Error> {
        Err(not_a_struct())
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, serde_json::Error> {
        Err(not_a_struct())
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, serde_json::Error> {
        Err(not_a_struct())
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, serde_json::Error> {
        Err(not_a_struct())
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, serde_json::Error> {
        Err(not_a_struct())
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, serde_json::Error> {
        Err(not_a_struct())
    }
}

/// A whole number without `.0` (`5`, not `5.0`), for vendors' float parameters.
pub(crate) fn compact_number<S: Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(n) if n.fract() == 0.0 && n.abs() < 1e15 => s.serialize_i64(*n as i64),
        Some(n) => s.serialize_f64(*n),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Inner {
        zeta: u8,
        alpha: &'static str,
    }

    #[derive(serde::Serialize)]
    struct Input {
        name: &'static str,
        #[serde(skip_serializing_if = "Option::is_none")]
        absent: Option<u8>,
        inner: Inner,
        list: Vec<u8>,
    }

    #[test]
    fn fields_come_one_by_one_in_struct_order() {
        let input = Input {
            name: "Café ☕ 🎬",
            absent: None,
            inner: Inner {
                zeta: 1,
                alpha: "a",
            },
            list: vec![1, 2],
        };
        let fields = split_fields(&input, false).unwrap();
        assert_eq!(
            fields,
            vec![
                ("name", "\"Café ☕ 🎬\"".to_owned()),
                ("inner", r#"{"zeta":1,"alpha":"a"}"#.to_owned()),
                ("list", "[1,2]".to_owned()),
            ]
        );
        let ascii = split_fields(&input, true).unwrap();
        assert_eq!(ascii[0].1, r#""Caf\u00e9 \u2615 \ud83c\udfac""#);
        assert!(split_fields(&5u8, false).is_err());
    }

    #[test]
    fn components_are_rfc3986_encoded() {
        assert_eq!(encode("a b+c/d?é~._-"), "a%20b%2Bc%2Fd%3F%C3%A9~._-");
    }
}
