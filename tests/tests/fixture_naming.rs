//! The naming rules, compiled: the codegen test model holds wire names that clash in Rust (one
//! type name in two namespaces, names differing only in case, `default`, `additionalProperties`,
//! keywords, leading digits, `@` and `.`, a member `unknown`), and its generated crates must
//! compile, keep every name apart and read and write each wire name exactly.

use lcw_fixture_models::beta::call_records::{self, CallType};
use lcw_fixture_models::beta::{self, Onenote, Onenote2, OptionType};
use lcw_fixture_models::{GraphType, Nullable};
use serde_json::json;

#[test]
fn one_type_name_in_two_namespaces_is_two_types() {
    assert_eq!(beta::Endpoint::ODATA_TYPE, "#microsoft.graph.endpoint");
    assert_eq!(
        call_records::Endpoint::ODATA_TYPE,
        "#microsoft.graph.callRecords.endpoint"
    );
    // Each refers to the other by its own path.
    let inner = call_records::Endpoint::builder().name("inner").build();
    let outer = beta::Endpoint::builder().call_endpoint(inner).build();
    assert_eq!(
        serde_json::to_value(&outer).expect("encodes"),
        json!({"callEndpoint": {"name": "inner"}})
    );
    // A name only one namespace has is also at the version root, as before namespaces had
    // modules; a reserved Rust name (`Option`) gets a suffix.
    assert_eq!(OptionType::ODATA_TYPE, call_records::OptionType::ODATA_TYPE);
    assert_eq!(Onenote::ODATA_TYPE, "#microsoft.graph.onenote");
    assert_eq!(Onenote2::ODATA_TYPE, "#microsoft.graph.Onenote");
}

#[test]
fn clashing_property_names_each_keep_their_wire_name() {
    let sent = json!({
        "fooBar": "lower",
        "FooBar": 7,
        "default": true,
        "additionalProperties": "a property, not the map",
        "build": "b",
        "move": "m",
        "3rdPartyId": "p3",
        "@microsoft.graph.downloadUrl": "https://example.com/d",
        "content.downloadUrl": "https://example.com/c",
        "name": "n",
        "setName": "s",
        "callType": "group_Call",
        "notDocumented": 1
    });
    let endpoint: call_records::Endpoint = serde_json::from_value(sent.clone()).expect("decodes");
    assert_eq!(endpoint.foo_bar.as_deref(), Some("lower"));
    assert_eq!(endpoint.foo_bar_2, Nullable::Value(7));
    assert_eq!(endpoint.default_, Nullable::Value(true));
    assert_eq!(
        endpoint.additional_properties_.as_deref(),
        Some("a property, not the map")
    );
    assert_eq!(endpoint.build_.as_deref(), Some("b"));
    assert_eq!(endpoint.move_.as_deref(), Some("m"));
    assert_eq!(endpoint.v_3_rd_party_id.as_deref(), Some("p3"));
    assert_eq!(
        endpoint.microsoft_graph_download_url.as_deref(),
        Some("https://example.com/d")
    );
    assert_eq!(
        endpoint.content_download_url.as_deref(),
        Some("https://example.com/c")
    );
    assert_eq!(endpoint.set_name_2.as_deref(), Some("s"));
    assert_eq!(endpoint.call_type, Nullable::Value(CallType::GroupCall2));
    assert_eq!(
        endpoint.additional_properties.keys().collect::<Vec<_>>(),
        ["notDocumented"]
    );
    assert_eq!(serde_json::to_value(&endpoint).expect("encodes"), sent);
}

#[test]
fn builders_of_clashing_names_compile_and_default_stays_default() {
    let built = call_records::Endpoint::builder()
        .default_(false)
        .build_("x")
        .foo_bar("a")
        .foo_bar_2(2)
        .name("n")
        .set_name_2("s")
        .additional_properties_("p")
        .build();
    assert_eq!(
        serde_json::to_value(&built).expect("encodes"),
        json!({"fooBar": "a", "FooBar": 2, "default": false, "additionalProperties": "p", "build": "x", "name": "n", "setName": "s"})
    );
    // A property named `default` does not hide `Default::default` on the builder.
    let empty = call_records::EndpointBuilder::default().build();
    assert_eq!(empty, call_records::Endpoint::default());
}

#[test]
fn members_named_like_the_catch_all_or_a_keyword_are_distinct() {
    for (wire, member) in [
        ("unknown", CallType::UnknownMember),
        ("groupCall", CallType::GroupCall),
        ("group_Call", CallType::GroupCall2),
        ("self", CallType::SelfMember),
        ("3way", CallType::V3Way),
    ] {
        assert_eq!(CallType::from(wire), member);
        assert_eq!(member.as_str(), wire);
    }
    let unknown = CallType::from("somethingNew");
    assert!(matches!(unknown, CallType::Unknown(_)));
    assert_eq!(unknown.as_str(), "somethingNew");
}
