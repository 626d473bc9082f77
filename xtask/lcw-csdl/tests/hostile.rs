//! Malformed and hostile documents: a diagnostic at line:column, never a panic.

use std::path::Path;

use lcw_docs::diag::Diagnostics;

/// Reads `xml` and returns its diagnostics as printed.
fn diagnose(xml: &str) -> Vec<String> {
    let mut diags = Diagnostics::default();
    let schema = lcw_csdl::read(xml, Path::new("h.xml"), &mut diags);
    let found: Vec<String> = diags
        .into_sorted()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        schema.model.types.is_empty(),
        "nothing is read from a broken document"
    );
    found
}

fn only(xml: &str, code: &str) -> String {
    let found = diagnose(xml);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].contains(&format!("error[{code}]")), "{found:#?}");
    found[0].clone()
}

const HEAD: &str = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
<edmx:DataServices>
<Schema Namespace="n" xmlns="http://docs.oasis-open.org/odata/ns/edm">
<EntityType Name="t">"#;

#[test]
fn a_truncated_document_is_reported_at_its_end() {
    let d = only(HEAD, "LCW4001");
    assert!(
        d.starts_with("h.xml:4:22:"),
        "one past the last character: {d}"
    );
}

#[test]
fn an_empty_document_is_not_xml() {
    only("", "LCW4001");
    only("   \n", "LCW4001");
}

#[test]
fn a_wrong_root_is_not_csdl() {
    let d = only("<?xml version=\"1.0\"?>\n<html><body/></html>", "LCW4002");
    assert!(d.starts_with("h.xml:2:1:") && d.contains("<html>"), "{d}");
    only(r#"<Edmx Version="4.0"><DataServices/></Edmx>"#, "LCW4002");
    only(
        r#"<edmx:Edmx Version="3.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"/>"#,
        "LCW4002",
    );
    only(
        r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"/>"#,
        "LCW4002",
    );
}

#[test]
fn a_doctype_is_refused_where_it_starts() {
    let xml = "<?xml version=\"1.0\"?>\n  <!DOCTYPE x [ <!ENTITY a \"b\"> ]>\n<x>&a;</x>";
    let d = only(xml, "LCW4001");
    assert!(d.starts_with("h.xml:2:3:"), "{d}");
}

#[test]
fn billion_laughs_is_refused_without_expanding() {
    let mut xml =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    for i in 1..10 {
        let prev = if i == 1 {
            "lol".to_string()
        } else {
            format!("lol{}", i - 1)
        };
        xml.push_str(&format!(
            "<!ENTITY lol{i} \"{}\">\n",
            format!("&{prev};").repeat(10)
        ));
    }
    xml.push_str("]>\n<lolz>&lol9;</lolz>");
    let started = std::time::Instant::now();
    let d = only(&xml, "LCW4001");
    assert!(started.elapsed().as_secs() < 1, "no expansion");
    assert!(d.starts_with("h.xml:2:1:"), "{d}");
}

#[test]
fn an_undeclared_entity_is_reported_at_its_position() {
    let xml = format!("{HEAD}\n<Property Name=\"&boom;\" Type=\"Edm.String\"/>");
    let d = only(&xml, "LCW4001");
    assert!(d.starts_with("h.xml:5:"), "{d}");
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let depth = 200_000;
    let xml = format!(
        "{HEAD}{}{}</EntityType></Schema></edmx:DataServices></edmx:Edmx>",
        "<a>".repeat(depth),
        "</a>".repeat(depth)
    );
    let mut diags = Diagnostics::default();
    let schema = lcw_csdl::read(&xml, Path::new("h.xml"), &mut diags);
    assert!(diags.as_slice().is_empty(), "{:?}", diags.as_slice());
    assert_eq!(
        schema.model.types.len(),
        1,
        "the type around the nesting is read"
    );
}

#[test]
fn a_huge_attribute_is_read_or_refused_but_never_crashes() {
    let name = "x".repeat(8 * 1024 * 1024);
    let xml = format!(
        "{HEAD}<Property Name=\"{name}\" Type=\"Edm.String\"/></EntityType></Schema></edmx:DataServices></edmx:Edmx>"
    );
    let mut diags = Diagnostics::default();
    let schema = lcw_csdl::read(&xml, Path::new("h.xml"), &mut diags);
    let t = schema.model.types.values().next().expect("read");
    assert_eq!(t.properties[0].wire_name.len(), name.len());
    let oversized = " ".repeat(lcw_csdl::MAX_BYTES + 1);
    let d = only(&oversized, "LCW4001");
    assert!(d.contains("over the limit"), "{d}");
}

#[test]
fn a_base_type_cycle_ends() {
    let xml = format!(
        "{HEAD}</EntityType>\n<EntityType Name=\"a\" BaseType=\"n.b\"/><EntityType Name=\"b\" BaseType=\"n.a\"/>\n<EntityContainer Name=\"c\"><Singleton Name=\"s\" Type=\"n.a\"/></EntityContainer></Schema></edmx:DataServices></edmx:Edmx>"
    );
    let mut diags = Diagnostics::default();
    let schema = lcw_csdl::read(&xml, Path::new("h.xml"), &mut diags);
    assert_eq!(schema.model.types.len(), 3);
    assert_eq!(schema.addresses.len(), 1);
}

#[test]
fn garbage_bytes_never_panic() {
    // A fixed pseudo-random walk over XML-ish fragments: whatever comes out, reading returns.
    let parts = [
        "<",
        ">",
        "/",
        "\"",
        "=",
        "&",
        ";",
        "edmx:Edmx",
        " Version=\"4.0\"",
        "Schema",
        "]]>",
        "<!--",
        "\u{0}",
        "é",
        "\n",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..2_000 {
        let mut xml = String::new();
        for _ in 0..40 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            xml.push_str(parts[(seed % parts.len() as u64) as usize]);
        }
        let mut diags = Diagnostics::default();
        let _ = lcw_csdl::read(&xml, Path::new("h.xml"), &mut diags);
        assert!(
            !diags.as_slice().is_empty(),
            "garbage is diagnosed: {xml:?}"
        );
    }
}
