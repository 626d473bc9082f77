//! Fixture pages under `tests/data/foundry` (written for these tests, invented types): one
//! per class of layout the wider Graph docs use and the lifecycle workflows pages do not.
//! Each test names the class and checks what a user of the model relies on: every row read,
//! with its right type and name, or a diagnostic with its position.

use std::path::Path;

use lcw_docs::model::{ApiVersion, Primitive, QualifiedName, TypeDef, TypeRef, VersionModel};
use lcw_docs::page::{DocPage, PageKind};
use lcw_docs::{Docs, LoadOptions, codes, load};

const FOUNDRY: &str = "microsoft.graph.foundry";
const GRAPH: &str = "microsoft.graph";
const KILN_PAGE: &str = "api-reference/beta/resources/foundry-kiln.md";

fn load_foundry() -> Docs {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/foundry");
    load(&root, &LoadOptions::default())
}

fn beta(docs: &Docs) -> &VersionModel {
    &docs.model.versions[&ApiVersion::Beta]
}

fn ty<'a>(docs: &'a Docs, ns: &str, name: &str) -> &'a TypeDef {
    let qualified = QualifiedName::new(ns, name);
    beta(docs)
        .types
        .get(&qualified)
        .unwrap_or_else(|| panic!("{qualified} is in the model"))
}

fn property_type(def: &TypeDef, wire: &str) -> TypeRef {
    def.properties
        .iter()
        .find(|p| p.wire_name == wire)
        .unwrap_or_else(|| panic!("{}.{wire} is in the model", def.name))
        .ty
        .clone()
}

fn named(ns: &str, name: &str) -> TypeRef {
    TypeRef::Named(QualifiedName::new(ns, name))
}

fn page<'a>(docs: &'a Docs, path: &str) -> &'a DocPage {
    docs.pages
        .iter()
        .find(|p| p.path == Path::new(path))
        .expect("page read")
}

fn codes_on<'a>(docs: &'a Docs, path: &str) -> Vec<(&'a str, u32)> {
    docs.diagnostics
        .iter()
        .filter(|d| d.file == Path::new(path))
        .map(|d| (d.code, d.span.line))
        .collect()
}

#[test]
fn inline_enum_tables_and_derived_type_tables_leave_the_property_table_whole() {
    let docs = load_foundry();
    assert_eq!(page(&docs, KILN_PAGE).kind, PageKind::Resource);
    let kiln = ty(&docs, FOUNDRY, "kiln");
    let own: Vec<&str> = kiln
        .properties
        .iter()
        .filter(|p| p.source.file == Path::new(KILN_PAGE))
        .map(|p| p.wire_name.as_str())
        .collect();
    assert_eq!(
        own,
        [
            "id",
            "label",
            "Label",
            "nickname",
            "chamberSize",
            "maxHeat",
            "heatLimit",
            "state",
            "mold",
            "lastMold",
            "spareMolds",
            "default",
            "additionalProperties",
            "operator"
        ]
    );
    let state = &beta(&docs).enums[&QualifiedName::new(FOUNDRY, "kilnState")];
    let members: Vec<&str> = state.members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(members, ["cold", "unknown", "unknownFutureValue"]);
    assert_eq!(property_type(kiln, "state"), named(FOUNDRY, "kilnState"));
}

#[test]
fn a_properties_section_that_yields_nothing_says_so() {
    let docs = load_foundry();
    let crucible = "api-reference/beta/resources/foundry-crucible.md";
    assert!(ty(&docs, FOUNDRY, "crucible").properties.is_empty());
    assert!(
        codes_on(&docs, crucible).contains(&(codes::NO_PROPERTIES_READ, 11)),
        "{:?}",
        codes_on(&docs, crucible)
    );
}

#[test]
fn type_cells_with_reference_links_and_notes_are_read() {
    let docs = load_foundry();
    let kiln = ty(&docs, FOUNDRY, "kiln");
    let string = TypeRef::Primitive(Primitive::String);
    for wire in ["label", "Label", "nickname"] {
        assert_eq!(property_type(kiln, wire), string, "{wire}");
    }
    assert_eq!(
        property_type(kiln, "chamberSize"),
        TypeRef::Primitive(Primitive::Int32)
    );
    let mold = named(FOUNDRY, "mold");
    assert_eq!(property_type(kiln, "mold"), mold);
    assert_eq!(property_type(kiln, "lastMold"), mold);
    assert_eq!(
        property_type(kiln, "spareMolds"),
        TypeRef::Collection(Box::new(mold))
    );
    assert_eq!(property_type(kiln, "operator"), named(GRAPH, "identitySet"));
    let rows = &page(&docs, KILN_PAGE).properties;
    let mold_row = rows.iter().find(|r| r.name.value == "mold").expect("row");
    assert_eq!(mold_row.ty.link_target.as_deref(), Some("foundry-mold.md"));
    assert!(
        !codes_on(&docs, KILN_PAGE)
            .iter()
            .any(|(c, _)| *c == codes::BAD_TYPE_CELL),
        "{:?}",
        codes_on(&docs, KILN_PAGE)
    );
}

#[test]
fn name_cells_lose_their_notes_and_instance_annotations_are_no_properties() {
    let docs = load_foundry();
    let kiln_page = page(&docs, KILN_PAGE);
    let max_heat = kiln_page
        .properties
        .iter()
        .find(|r| r.name.value == "maxHeat")
        .expect("maxHeat row under its wire name");
    assert_eq!(max_heat.name_notes, ["deprecated"]);
    let kiln = ty(&docs, FOUNDRY, "kiln");
    let deprecated: Vec<&str> = kiln
        .properties
        .iter()
        .filter(|p| p.deprecated)
        .map(|p| p.wire_name.as_str())
        .collect();
    assert_eq!(deprecated, ["maxHeat"], "only the row marked so");
    let dump = lcw_docs::dump::stage2(beta(&docs), Path::new(KILN_PAGE));
    assert!(dump.contains("maxHeat: Int32 [deprecated]"), "{dump}");
    assert!(dump.contains("heatLimit: Int32 []"), "{dump}");
    let annotations: Vec<&str> = kiln_page
        .instance_annotations
        .iter()
        .map(|r| r.name.value.as_str())
        .collect();
    assert_eq!(annotations, ["@odata.type"]);
    assert!(
        kiln.properties
            .iter()
            .all(|p| !p.wire_name.starts_with('@'))
    );
}

#[test]
fn a_type_split_over_pages_is_merged_and_conflicts_are_reported() {
    let docs = load_foundry();
    let part = "api-reference/beta/resources/intune-upkeep-kiln.md";
    let kiln = ty(&docs, FOUNDRY, "kiln");
    assert_eq!(kiln.source.file, Path::new(KILN_PAGE), "the own page leads");
    assert_eq!(
        property_type(kiln, "lastServiceDateTime"),
        TypeRef::Primitive(Primitive::DateTimeOffset)
    );
    let log = kiln
        .properties
        .iter()
        .find(|p| p.wire_name == "serviceLog")
        .expect("relationship of the partial page");
    assert!(log.is_relationship);
    assert_eq!(
        property_type(kiln, "heatLimit"),
        TypeRef::Primitive(Primitive::Int32),
        "the own page's type is kept"
    );
    assert_eq!(
        kiln.properties
            .iter()
            .filter(|p| p.wire_name == "id")
            .count(),
        1
    );
    let found = codes_on(&docs, part);
    assert!(
        found.contains(&(codes::SPLIT_TYPE_CONFLICT, 12)),
        "{found:?}"
    );
    assert!(
        !docs
            .diagnostics
            .iter()
            .any(|d| d.code == codes::DUPLICATE_DEFINITION),
        "{:#?}",
        docs.diagnostics
    );
}

#[test]
fn base_types_in_prose_and_names_from_the_annotation() {
    let docs = load_foundry();
    let base = |ns, name| ty(&docs, ns, name).base.clone();
    // "inherits from [x]" mid-sentence, and agreeing with the annotation's baseType.
    assert_eq!(
        base(FOUNDRY, "kiln"),
        Some(QualifiedName::new(GRAPH, "furnaceBase"))
    );
    // "Derived from [x]".
    assert_eq!(
        base(FOUNDRY, "mold"),
        Some(QualifiedName::new(GRAPH, "entity"))
    );
    // The title says "Furnace base"; the annotation names the type.
    assert!(ty(&docs, GRAPH, "furnaceBase").is_abstract);
    // No annotation: the JSON representation's `@odata.type` names it, not the title's "Furnace".
    assert_eq!(ty(&docs, FOUNDRY, "lining").properties.len(), 1);
    assert!(
        !beta(&docs)
            .types
            .contains_key(&QualifiedName::new(FOUNDRY, "Furnace"))
    );
    assert!(
        !docs
            .diagnostics
            .iter()
            .any(|d| d.code == codes::BASE_TYPE_DISAGREES),
        "{:#?}",
        docs.diagnostics
    );
}

#[test]
fn methods_tables_with_group_labels_code_span_pipes_and_line_breaks() {
    let docs = load_foundry();
    let kiln_page = page(&docs, KILN_PAGE);
    let methods: Vec<&str> = kiln_page
        .methods
        .iter()
        .map(|m| m.method.text.as_str())
        .collect();
    assert_eq!(methods, ["List kilns", "Get kiln"]);
    assert_eq!(
        kiln_page.methods[1].description,
        "Read one kiln, addressed as `{id | name}`.\n\nAny kiln."
    );
    assert!(
        !codes_on(&docs, KILN_PAGE)
            .iter()
            .any(|(c, _)| *c == codes::TABLE_CELL_COUNT)
    );
}

#[test]
fn any_named_root_starts_a_path_and_lowercase_collections_are_collections() {
    let docs = load_foundry();
    let operations = &beta(&docs).operations;
    let list = operations
        .iter()
        .find(|op| op.id.ends_with("kiln-list"))
        .expect("list operation");
    assert_eq!(list.path, "/foundries/{foundryId}/kilns");
    let example = list.examples.first().expect("example");
    assert_eq!(
        example.response_type,
        Some(QualifiedName::new(FOUNDRY, "kiln"))
    );
    assert!(example.response_is_collection);
    let unknown_root: Vec<&Path> = docs
        .diagnostics
        .iter()
        .filter(|d| d.code == codes::PATH_UNKNOWN_ROOT)
        .map(|d| d.file.as_path())
        .collect();
    assert_eq!(
        unknown_root,
        [Path::new("api-reference/beta/api/foundry-kiln-get.md")],
        "only the path starting at a key"
    );
}

#[test]
fn same_names_in_two_namespaces_stay_apart() {
    let docs = load_foundry();
    ty(&docs, FOUNDRY, "endpoint");
    ty(&docs, GRAPH, "endpoint");
    let furnace = ty(&docs, GRAPH, "furnaceBase");
    // A bare name on a microsoft.graph page, resolved by the page the link points at.
    assert_eq!(property_type(furnace, "inlet"), named(FOUNDRY, "endpoint"));
    assert_eq!(property_type(furnace, "outlet"), named(GRAPH, "endpoint"));
    // A bare name on a foundry page that links to the microsoft.graph page.
    assert_eq!(
        property_type(ty(&docs, FOUNDRY, "mold"), "outlet"),
        named(GRAPH, "endpoint")
    );
}

#[test]
fn a_bare_name_no_page_defines_belongs_to_the_page_namespace_unless_linked_elsewhere() {
    let docs = load_foundry();
    let mold = ty(&docs, FOUNDRY, "mold");
    let mold_page = "api-reference/beta/resources/foundry-mold.md";
    // Unlinked: the page's own namespace, reported as unknown there.
    assert_eq!(
        property_type(mold, "finish"),
        named(FOUNDRY, "surfaceFinish")
    );
    assert!(codes_on(&docs, mold_page).contains(&(codes::UNKNOWN_TYPE, 13)));
    // Linked to a page named without the namespace: a `microsoft.graph` stand-in.
    assert_eq!(property_type(mold, "cover"), named(GRAPH, "lid"));
    assert!(codes_on(&docs, mold_page).contains(&(codes::STAND_IN_TYPE, 14)));
}
